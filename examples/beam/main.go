// Command beam runs liveblog over web archives on Apache Beam: the same
// program runs on one machine (the direct runner) or spread over many
// (Dataflow, Flink, Spark), the runner deciding which worker parses
// which archive.
//
// Parse is pure and safe for concurrent use, so nothing changes inside
// the workers: a DoFn reads one WARC file with batch.WARC and parses its
// pages with one shared *liveblog.Parser.
//
//	go run . -input 'crawl/*.warc.gz' -output liveblogs.jsonl
//	go run . -input 'gs://bucket/crawl/*.warc.gz' -output gs://bucket/out/liveblogs \
//	    -runner dataflow -project P -region R -staging_location gs://bucket/staging
//
// It is its own module so that Beam's dependencies stay out of the
// library's go.mod.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/batch"
	_ "github.com/liveblog-go/liveblog/sources/all"
)

var (
	input  = flag.String("input", "*.warc.gz", "glob of WARC files, in any file system the runner reads")
	output = flag.String("output", "liveblogs.jsonl", "output file (prefix, on a distributed runner)")
	zone   = flag.String("tz", "", "publishers' time zone (IANA name) for times printed without one")
)

var (
	pagesRead = beam.NewCounter("liveblog", "pages")
	liveBlogs = beam.NewCounter("liveblog", "live_blogs")
	notLive   = beam.NewCounter("liveblog", "not_live")
	failed    = beam.NewCounter("liveblog", "errors")
)

// parseWARC is the DoFn: one WARC file in, one JSON line per live blog
// out. Its exported fields are its configuration, sent to the workers.
type parseWARC struct {
	Zone string `json:"zone"`

	parser *liveblog.Parser // built once per worker, shared by its bundles
}

// Setup builds the parser on the worker.
func (f *parseWARC) Setup() error {
	opts := liveblog.Options{}
	if f.Zone != "" {
		loc, err := time.LoadLocation(f.Zone)
		if err != nil {
			return err
		}
		opts.Location = loc
	}
	f.parser = liveblog.NewParser(opts)
	return nil
}

// ProcessElement parses every page of one archive.
func (f *parseWARC) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string)) error {
	r, err := file.Open(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	for page, err := range batch.WARC(r, file.Metadata.Path) {
		pagesRead.Inc(ctx, 1)
		if err != nil {
			// A broken record is counted, not retried: the archive will
			// not heal.
			failed.Inc(ctx, 1)
			log.Warnf(ctx, "%s: %v", page.Source, err)
			continue
		}
		opts := f.parser.Options()
		opts.URL, opts.ContentType = page.URL, page.ContentType
		blog, err := liveblog.NewParser(opts).Parse(bytes.NewReader(page.Body))
		switch {
		case errors.Is(err, liveblog.ErrNotLiveBlog):
			notLive.Inc(ctx, 1)
			continue
		case err != nil:
			failed.Inc(ctx, 1)
			log.Warnf(ctx, "%s: %v", page.Source, err)
			continue
		}
		line, err := json.Marshal(struct {
			Input    string    `json:"input"`
			Captured time.Time `json:"captured,omitzero"`
			*liveblog.Blog
		}{page.Source, page.Date, blog})
		if err != nil {
			return err
		}
		liveBlogs.Inc(ctx, 1)
		emit(string(line))
	}
	return nil
}

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string), error](&parseWARC{})
	register.Emitter1[string]()
}

func main() {
	flag.Parse()
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, *input))
	lines := beam.ParDo(s, &parseWARC{Zone: *zone}, files)
	textio.Write(s, *output, lines)
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Exitf(context.Background(), "pipeline failed: %v", err)
	}
}
