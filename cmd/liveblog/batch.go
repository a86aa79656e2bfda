package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/batch"
	"github.com/liveblog-go/liveblog/fetch"
)

const batchUsage = `usage: liveblog batch [flags] DIR|FILE|FILE.warc[.gz]|-|-urls FILE ...

Parses every page of the inputs, in order, and writes one JSON line per
live blog found: the Blog's fields plus "input" (the file, URL or WARC
record it came from), "captured" (the WARC-Date or fetch time) and
"confidence" (how sure the detector is that the page is a live blog, 0.5
to 1; -min-confidence leaves out the live blogs below a level). Unless
-only-live is given, a page that failed gives a line with "input",
"error" and "error_kind" instead. Pages that are not live blogs are
counted, not written.

Inputs: a directory (read recursively: *.html, *.htm, *.txt and their .gz
variants) or one such file; a WARC file (*.warc, *.warc.gz); "-" for a
WARC on standard input; -urls FILE for a file of URLs, one a line. In a
directory only regular files are read, and symbolic links are followed
only to files inside it. An input that does not exist, or a file of
another kind, is reported before anything is read.

A summary goes to standard error at the end, and a progress line while it
runs when standard error is a terminal. Exit status is 0 when every page
was read, 1 when some failed or the run was interrupted (the others are
still written), 2 on bad usage.

flags:
`

// stderrIsTerminal reports whether progress can be drawn on w; tests
// replace it.
var stderrIsTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// batchLine is one line of batch output.
type batchLine struct {
	Input      string    `json:"input"`
	Captured   time.Time `json:"captured,omitzero"`
	Confidence float64   `json:"confidence,omitempty"`
	*liveblog.Blog
	Error     string `json:"error,omitempty"`
	ErrorKind string `json:"error_kind,omitempty"`
}

// batchInput is one input named on the command line.
type batchInput struct {
	name string
	urls bool // a file of URLs
}

// batchGCPercent is the collector target the batch command runs with; see
// runBatch.
const batchGCPercent = 400

func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("liveblog batch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	workers := fs.Int("workers", runtime.NumCPU(), "pages parsed at once")
	format := fs.String("format", "jsonl", "output `format`: jsonl")
	onlyLive := fs.Bool("only-live", false, "write live blogs only, no lines for pages that failed")
	minConfidence := fs.Float64("min-confidence", 0, "write only the live blogs whose `confidence` is at least this (0 to 1)")
	ordered := fs.Bool("ordered", true, "write results in input order (false: as they are done)")
	pf := addParserFlags(fs, "publisher's time `ZONE` (IANA name) for times printed without one")
	timeout := fs.Duration("timeout", batch.DefaultTimeout, "timeout of each URL fetch")
	perHost := fs.Int("per-host", batch.DefaultPerHost, "most fetches open at once to one host")
	fetchers := fs.Int("fetchers", batch.DefaultConcurrency, "most fetches open at once")
	pages := fs.Int("pages", 1, "read `N` pages of each listed URL's blog: the page and its older pages, each a line of its own")
	delay := fs.Duration("delay", fetch.DefaultDelay, "wait between two requests for one listed URL")
	noFollow := fs.Bool("no-follow-embeds", false, "keep a listed page with no entries as it is: fetch neither the vendor ticker it embeds nor its AMP alternate")
	var inputs []batchInput
	fs.Func("urls", "read URLs, one a line, from `FILE` (repeatable)", func(s string) error {
		inputs = append(inputs, batchInput{name: s, urls: true})
		return nil
	})
	fs.Usage = func() {
		fmt.Fprint(stderr, batchUsage)
		fs.PrintDefaults()
	}
	allowPrivate := fs.Bool("allow-private-redirects", false, privateRedirectsUsage)
	// Flags and inputs may be mixed ("dir -urls list.txt crawl.warc"):
	// parse up to each input, take it, go on.
	for {
		if code, ok := parseFlags(fs, args); !ok {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		inputs = append(inputs, batchInput{name: fs.Arg(0)})
		args = fs.Args()[1:]
	}
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "liveblog batch: no input")
		fs.Usage()
		return exitUsage
	}
	if *format != "jsonl" {
		fmt.Fprintf(stderr, "liveblog batch: unknown -format %q (want jsonl)\n", *format)
		return exitUsage
	}
	if *workers < 1 {
		fmt.Fprintln(stderr, "liveblog batch: -workers must be at least 1")
		return exitUsage
	}
	if *minConfidence < 0 || *minConfidence > 1 {
		fmt.Fprintln(stderr, "liveblog batch: -min-confidence must be from 0 to 1")
		return exitUsage
	}
	opts, ok := pf.options("liveblog batch", stderr)
	if !ok {
		return exitUsage
	}
	if opts.Extractor != "" {
		if _, ok := liveblog.Lookup(opts.Extractor); !ok {
			fmt.Fprintf(stderr, "liveblog batch: %v %q\n", liveblog.ErrUnknownExtractor, opts.Extractor)
			return exitUsage
		}
	}

	if code := checkInputs(inputs, stderr); code != exitOK {
		return code
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fetcher := &batch.Fetcher{Timeout: *timeout, PerHost: *perHost, Concurrency: *fetchers, AllowPrivateRedirects: *allowPrivate,
		Pages: *pages, FollowEmbeds: !*noFollow, Delay: noneIfZero(*delay), Parser: opts}
	if os.Getenv("GOGC") == "" {
		// Parsing allocates fast against a small live heap: with the
		// default GOGC the collector runs so often that a second core
		// adds nothing (measured: 0.8× on two cores). A larger target
		// keeps the heap bounded (about 4× the working set, still
		// independent of the number of pages) and lets workers scale
		// (about 1.7× on two cores; see batch/README.md). GOGC in the
		// environment wins.
		debug.SetGCPercent(batchGCPercent)
	}
	job := batch.New(batchPages(ctx, inputs, stdin, fetcher), batch.Options{
		Parser:  liveblog.NewParser(opts),
		Workers: *workers,
		Ordered: *ordered,
	})

	var progress *batchProgress
	if stderrIsTerminal(stderr) {
		progress = startProgress(job, stderr)
	}
	below, writeErr := writeBatchLines(ctx, job, stdout, *minConfidence, *onlyLive)
	progress.stop()

	s := job.Stats()
	fmt.Fprintln(stderr, summary(s))
	if below > 0 {
		fmt.Fprintf(stderr, "liveblog batch: %d live blogs below -min-confidence %g not written\n", below, *minConfidence)
	}
	switch {
	case writeErr != nil:
		fmt.Fprintf(stderr, "liveblog batch: writing output: %v\n", writeErr)
		return exitError
	case job.Err() != nil:
		fmt.Fprintf(stderr, "liveblog batch: stopped: %v\n", job.Err())
		return exitError
	case s.Errors > 0:
		return exitError
	}
	return exitOK
}

// writeBatchLines writes a JSON line for each result of job, as they
// come: a live blog whose confidence is at least minConfidence, or a
// page that failed unless onlyLive. It returns how many live blogs were
// left out below minConfidence, and the first error writing out.
func writeBatchLines(ctx context.Context, job *batch.Job, stdout io.Writer, minConfidence float64, onlyLive bool) (below int, err error) {
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for r := range job.Results(ctx) {
		line := batchLine{Input: r.Source, Captured: r.Date, Blog: r.Blog}
		if r.Blog != nil {
			if line.Confidence = r.Blog.Confidence(); line.Confidence < minConfidence {
				below++
				continue
			}
		}
		if r.Err != nil {
			if onlyLive {
				continue
			}
			line.Error, line.ErrorKind = r.Err.Error(), r.Kind
		}
		if err = enc.Encode(line); err != nil {
			return below, err
		}
	}
	return below, out.Flush()
}

// checkInputs looks at every input named before anything is read: a
// path that does not exist is reported (status 1), and so is a file the
// batch would not read, a .pdf say (status 2), rather than skipped.
func checkInputs(inputs []batchInput, stderr io.Writer) int {
	code := exitOK
	for _, in := range inputs {
		if in.name == "-" && !in.urls {
			continue
		}
		info, err := os.Stat(in.name)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "liveblog batch: %s: %s\n", termSafe(in.name), errText(err))
			code = max(code, exitError)
		case in.urls || info.IsDir() || isWARC(in.name):
		case !batch.PageName(in.name):
			fmt.Fprintf(stderr, "liveblog batch: %s: not an input batch reads (a directory, *.html, *.htm, *.txt, their .gz forms, *.warc, *.warc.gz, or -urls FILE)\n", termSafe(in.name))
			code = exitUsage
		case !info.Mode().IsRegular():
			fmt.Fprintf(stderr, "liveblog batch: %s: not a regular file\n", termSafe(in.name))
			code = exitUsage
		}
	}
	return code
}

// isWARC reports a WARC file by its name.
func isWARC(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz")
}

// batchPages chains the inputs into one stream of pages, in order.
func batchPages(ctx context.Context, inputs []batchInput, stdin io.Reader, fetcher *batch.Fetcher) iter.Seq2[batch.Page, error] {
	return func(yield func(batch.Page, error) bool) {
		for _, in := range inputs {
			var pages iter.Seq2[batch.Page, error]
			switch {
			case in.urls:
				pages = urlFilePages(ctx, in.name, fetcher)
			case in.name == "-":
				pages = batch.WARC(stdin, "stdin")
			case isWARC(in.name):
				pages = batch.WARCFile(in.name)
			default:
				pages = batch.Dir(in.name)
			}
			for p, err := range pages {
				if !yield(p, err) {
					return
				}
			}
		}
	}
}

// urlFilePages fetches the URLs listed in a file.
func urlFilePages(ctx context.Context, name string, fetcher *batch.Fetcher) iter.Seq2[batch.Page, error] {
	return func(yield func(batch.Page, error) bool) {
		f, err := os.Open(name)
		if err != nil {
			yield(batch.Page{Source: name}, err)
			return
		}
		defer f.Close()
		for p, err := range fetcher.FetchList(ctx, f, name) {
			if !yield(p, err) {
				return
			}
		}
	}
}

// summary is the closing line on standard error.
func summary(s batch.Stats) string {
	var b strings.Builder
	fmt.Fprintf(&b, "liveblog batch: %d pages, %d live blogs, %d entries, %d not live, %d errors",
		s.Pages, s.Live, s.Entries, s.NotLive, s.Errors)
	if len(s.Kinds) > 0 {
		kinds := make([]string, 0, len(s.Kinds))
		for k, n := range s.Kinds {
			kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
		}
		slices.Sort(kinds)
		fmt.Fprintf(&b, " (%s)", strings.Join(kinds, ", "))
	}
	fmt.Fprintf(&b, " in %s, %.1f pages/s", s.Elapsed.Round(time.Millisecond), s.PagesPerSecond())
	return b.String()
}

// batchProgress draws a progress line from the job's stats.
type batchProgress struct {
	bar  *progressbar.ProgressBar
	quit chan struct{}
	done chan struct{}
}

func startProgress(job *batch.Job, w io.Writer) *batchProgress {
	p := &batchProgress{
		bar: progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("reading"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("pages"),
			progressbar.OptionSpinnerType(14),
			// Its own redraw goroutine reads the bar's state unlocked
			// (a data race in v3.19.1); our ticker redraws instead.
			progressbar.OptionSetSpinnerChangeInterval(0),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		),
		quit: make(chan struct{}),
		done: make(chan struct{}),
	}
	go func() {
		defer close(p.done)
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-tick.C:
				s := job.Stats()
				p.bar.Describe(fmt.Sprintf("%d live blogs, %d errors", s.Live, s.Errors))
				p.bar.Set64(int64(s.Pages))
			}
		}
	}()
	return p
}

// stop removes the progress line; it does nothing on a nil p.
func (p *batchProgress) stop() {
	if p == nil {
		return
	}
	close(p.quit)
	<-p.done
	_ = p.bar.Finish() // clears the line; a failed redraw does not matter
}
