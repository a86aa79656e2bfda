// Command liveblog turns a live-blog page into typed, timestamped entries.
//
// Usage:
//
//	liveblog [flags] [FILE|URL|-]        parse a page and print its entries
//	liveblog time [flags] TEXT...        normalise timestamps
//	liveblog sources                     list the extractors, in the order tried
//	liveblog follow [flags] URL          print a live blog's changes as they happen
//
// Run "liveblog -h" or "liveblog time -h" for the flags. Exit status is 0
// on success, 1 when a page or time could not be read, 2 on bad usage.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
	_ "time/tzdata" // a command may embed the zone database; the library does not

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/feed"
	_ "github.com/liveblog-go/liveblog/sources/all"
)

// userAgent names the library in the requests the command makes.
const userAgent = "liveblog-go/0.1 (+https://github.com/liveblog-go/liveblog)"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, with its streams passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "time":
			return runTime(args[1:], stdout, stderr)
		case "sources":
			return runSources(args[1:], stdout, stderr)
		case "batch":
			return runBatch(args[1:], stdin, stdout, stderr)
		case "follow":
			return runFollow(args[1:], stdout, stderr)
		}
	}
	return runParse(args, stdin, stdout, stderr)
}

// exit statuses
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("liveblog", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pageURL := fs.String("url", "", "page `URL` when reading a file (resolves links, helps choose the site adapter)")
	source := fs.String("source", "", "force the extractor `NAME` (see: liveblog sources)")
	tz := fs.String("tz", "", "publisher's time `ZONE` (IANA name, e.g. Europe/London)")
	now := fs.String("now", "", "reference time, `RFC3339` (default: the page's own modified time)")
	format := fs.String("format", "json", "output `format`: json, jsonl, text, atom, rss or jsonfeed")
	charset := fs.String("charset", "", "charset of unlabelled non-UTF-8 pages (default windows-1252)")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout when fetching a URL")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: liveblog [flags] [FILE|URL|-]\n       liveblog time [flags] TEXT...\n       liveblog sources\n       liveblog follow [flags] URL\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "liveblog: one input at a time")
		fs.Usage()
		return exitUsage
	}
	switch *format {
	case "json", "jsonl", "text", "atom", "rss", "jsonfeed":
	default:
		fmt.Fprintf(stderr, "liveblog: unknown -format %q (want json, jsonl, text, atom, rss or jsonfeed)\n", *format)
		return exitUsage
	}
	opts := liveblog.Options{URL: *pageURL, Source: *source, FallbackCharset: *charset}
	var err error
	if opts.Location, err = loadZone(*tz); err != nil {
		fmt.Fprintf(stderr, "liveblog: -tz: %v\n", err)
		return exitUsage
	}
	if opts.Now, err = parseNow(*now); err != nil {
		fmt.Fprintf(stderr, "liveblog: -now: %v\n", err)
		return exitUsage
	}

	name := fs.Arg(0)
	var in io.Reader
	switch {
	case name == "" || name == "-":
		name, in = "stdin", stdin
	case strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://"):
		body, ctype, err := fetch(name, *timeout)
		if err != nil {
			fmt.Fprintf(stderr, "liveblog: %s: %v\n", name, err)
			return exitError
		}
		defer body.Close()
		if opts.URL == "" {
			opts.URL = name
		}
		opts.ContentType = ctype
		in = body
	default:
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "liveblog: %v\n", err)
			return exitError
		}
		defer f.Close()
		in = f
	}

	blog, err := liveblog.NewParser(opts).Parse(in)
	if err != nil {
		fmt.Fprintf(stderr, "liveblog: %s: %v\n", name, err)
		if errors.Is(err, liveblog.ErrUnknownSource) {
			return exitUsage
		}
		return exitError
	}
	if err := write(stdout, blog, *format); err != nil {
		fmt.Fprintf(stderr, "liveblog: writing output: %v\n", err)
		return exitError
	}
	return exitOK
}

// fetch gets a page with a timeout; the size limit is the parser's.
func fetch(rawURL string, timeout time.Duration) (io.ReadCloser, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		cancel()
		return nil, "", err
	}
	req.Header.Set("User-Agent", userAgent)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		return nil, "", err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		cancel()
		return nil, "", fmt.Errorf("HTTP %s", resp.Status)
	}
	return cancelCloser{resp.Body, cancel}, resp.Header.Get("Content-Type"), nil
}

type cancelCloser struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelCloser) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}

// write prints a blog in one of the output formats.
func write(w io.Writer, blog *liveblog.Blog, format string) error {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, e := range blog.Entries {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	case "text":
		return writeText(w, blog)
	case "atom", "rss", "jsonfeed":
		return feed.Write(w, blog, feed.Format(format))
	default:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(blog)
	}
}

// writeText prints a readable timeline.
func writeText(w io.Writer, blog *liveblog.Blog) error {
	var b strings.Builder
	if blog.Title != "" {
		fmt.Fprintf(&b, "%s\n", blog.Title)
	}
	if blog.URL != "" {
		fmt.Fprintf(&b, "%s\n", blog.URL)
	}
	fmt.Fprintf(&b, "%d entries (source: %s)\n", len(blog.Entries), blog.Source)
	for _, e := range blog.Entries {
		b.WriteString("\n")
		when := e.RawTime
		if !e.Time.IsZero() {
			when = e.Time.UTC().Format("2006-01-02 15:04 UTC")
		}
		if when == "" {
			when = "(no time)"
		}
		var flags []string
		if e.Pinned {
			flags = append(flags, "pinned")
		}
		if e.KeyEvent {
			flags = append(flags, "key event")
		}
		fmt.Fprintf(&b, "== %s", when)
		if len(flags) > 0 {
			fmt.Fprintf(&b, " [%s]", strings.Join(flags, ", "))
		}
		b.WriteString("\n")
		if e.Title != "" {
			fmt.Fprintf(&b, "%s\n", e.Title)
		}
		if len(e.Authors) > 0 {
			fmt.Fprintf(&b, "by %s\n", strings.Join(e.Authors, ", "))
		}
		if e.Text != "" {
			fmt.Fprintf(&b, "%s\n", e.Text)
		}
		for _, em := range e.Embeds {
			fmt.Fprintf(&b, "[%s] %s\n", em.Kind, em.URL)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func runTime(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("liveblog time", flag.ContinueOnError)
	fs.SetOutput(stderr)
	now := fs.String("now", "", "reference time, `RFC3339` (default: now)")
	tz := fs.String("tz", "", "publisher's time `ZONE` (IANA name)")
	order := fs.String("order", "", "numeric date `order`: dmy or mdy (default: mdy in US zones, else dmy)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: liveblog time [flags] TEXT...\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	var n liveblog.Normalizer
	var err error
	if n.Location, err = loadZone(*tz); err != nil {
		fmt.Fprintf(stderr, "liveblog time: -tz: %v\n", err)
		return exitUsage
	}
	if n.Now, err = parseNow(*now); err != nil {
		fmt.Fprintf(stderr, "liveblog time: -now: %v\n", err)
		return exitUsage
	}
	switch *order {
	case "":
	case "dmy":
		n.Order = liveblog.DayFirst
	case "mdy":
		n.Order = liveblog.MonthFirst
	default:
		fmt.Fprintf(stderr, "liveblog time: unknown -order %q (want dmy or mdy)\n", *order)
		return exitUsage
	}
	status := exitOK
	for _, text := range fs.Args() {
		t, err := n.Normalize(text)
		if err != nil {
			fmt.Fprintf(stdout, "error: %v\n", err)
			status = exitError
			continue
		}
		fmt.Fprintln(stdout, t.Format(time.RFC3339))
	}
	return status
}

func runSources(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "usage: liveblog sources")
		return exitUsage
	}
	for _, e := range liveblog.Extractors() {
		fmt.Fprintln(stdout, e.Name())
	}
	return exitOK
}

// loadZone loads an IANA zone; "" means none.
func loadZone(name string) (*time.Location, error) {
	if name == "" {
		return nil, nil
	}
	return time.LoadLocation(name)
}

// parseNow reads an RFC 3339 reference time; "" means none.
func parseNow(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339, s)
}
