package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/export"
	"github.com/liveblog-go/liveblog/feed"
	"github.com/liveblog-go/liveblog/fetch"
	"github.com/liveblog-go/liveblog/internal/fetchget"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// parseUsage heads the usage of the page parser, the default command.
const parseUsage = "usage: liveblog [flags] [FILE|URL|-]\n\nParses a live-blog page (a file, a URL, or standard input) and prints its entries."

// netHooks stand loopback servers in for public ones in tests.
var netHooks httpclient.Hooks

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("liveblog", parseUsage, stderr)
	fs.Usage = func() {
		writeOverview(fs.Output())
		fmt.Fprintf(fs.Output(), "\n%s\n\nflags:\n", parseUsage)
		fs.PrintDefaults()
	}
	pageURL := fs.String("url", "", "page `URL` when reading a file (resolves links, helps choose the site adapter)")
	pf := addParserFlags(fs, zoneUsage)
	now := fs.String("now", "", "reference time, `RFC3339` (default: the page's own modified time)")
	format := fs.String("format", "json", "output `format`: json, jsonl, text, markdown, html (a reader page), atom, rss or jsonfeed")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout of each request when fetching a URL")
	allowPrivate := fs.Bool("allow-private-redirects", false, privateRedirectsUsage)
	pages := fs.Int("pages", fetch.DefaultPages, "read at most `N` pages of a URL's blog: the page and its older pages (1: the page alone)")
	delay := fs.Duration("delay", fetch.DefaultDelay, "wait between two requests of a URL's blog")
	noFollow := fs.Bool("no-follow-embeds", false, "for a URL whose page has no entries, fetch neither the vendor ticker it embeds nor its AMP alternate")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "liveblog: one input at a time")
		fs.Usage()
		return exitUsage
	}
	switch *format {
	case "json", "jsonl", "text", "markdown", "html", "atom", "rss", "jsonfeed":
	default:
		fmt.Fprintf(stderr, "liveblog: unknown -format %q (want json, jsonl, text, markdown, html, atom, rss or jsonfeed)\n", *format)
		return exitUsage
	}
	opts, ok := pf.options("liveblog", stderr)
	if !ok {
		return exitUsage
	}
	opts.URL = *pageURL
	var err error
	if opts.Now, err = parseNow(*now); err != nil {
		fmt.Fprintf(stderr, "liveblog: -now: %s\n", errText(err))
		return exitUsage
	}

	name := fs.Arg(0)
	if strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://") {
		if *pages < 1 {
			fmt.Fprintln(stderr, "liveblog: -pages must be at least 1")
			return exitUsage
		}
		if opts.Extractor != "" {
			if _, ok := liveblog.Lookup(opts.Extractor); !ok {
				fmt.Fprintf(stderr, "liveblog: %v %q\n", liveblog.ErrUnknownExtractor, opts.Extractor)
				return exitUsage
			}
		}
		f := fetch.New(fetch.Options{
			Pages:    *pages,
			Delay:    noneIfZero(*delay),
			NoEmbeds: *noFollow,
			NoAMP:    *noFollow,
			Parser:   opts,
			Get:      fetchget.Get(httpclient.New(httpclient.Options{Timeout: *timeout, AllowPrivateRedirects: *allowPrivate, Hooks: netHooks}), nil),
		})
		return fetchAndWrite(f, name, *format, opts.Location, stdout, stderr)
	}
	var in io.Reader
	switch {
	case name == "" || name == "-":
		name, in = "stdin", stdin
	default:
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "liveblog: %s: %s\n", termSafe(name), errText(err))
			return exitError
		}
		defer f.Close()
		in = f
	}

	blog, err := liveblog.NewParser(opts).Parse(in)
	if err != nil {
		fmt.Fprintf(stderr, "liveblog: %s: %s\n", termSafe(name), errText(err))
		if errors.Is(err, liveblog.ErrUnknownExtractor) {
			return exitUsage
		}
		return exitError
	}
	if err := write(stdout, blog, *format, opts.Location); err != nil {
		fmt.Fprintf(stderr, "liveblog: writing output: %s\n", errText(err))
		return exitError
	}
	return exitOK
}

// noneIfZero is a -delay flag as fetch reads it: 0 on the command line
// means no wait, which fetch spells as a negative delay (its 0 is its
// default).
func noneIfZero(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}

// fetchAndWrite reads the blog at a URL (its older pages, its vendor
// ticker or AMP alternate) and prints it. A blog that lacks pages after
// the first is printed, and what failed is reported (status 1).
func fetchAndWrite(f *fetch.Fetcher, name, format string, loc *time.Location, stdout, stderr io.Writer) int {
	// An interrupt ends the walk: what was read is printed.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := f.Fetch(ctx, name)
	if res == nil {
		var pe *fetch.PageError
		if errors.As(err, &pe) && pe.Kind == fetch.KindPage {
			err = pe.Err // the prefix names the page
		}
		fmt.Fprintf(stderr, "liveblog: %s: %s\n", termSafe(name), errText(err))
		if errors.Is(err, liveblog.ErrUnknownExtractor) {
			return exitUsage
		}
		return exitError
	}
	if werr := write(stdout, res.Blog, format, loc); werr != nil {
		fmt.Fprintf(stderr, "liveblog: writing output: %s\n", errText(werr))
		return exitError
	}
	if err != nil {
		fmt.Fprintf(stderr, "liveblog: %s: %s\n", termSafe(name), strings.TrimPrefix(errText(err), "fetch: "))
		return exitError
	}
	return exitOK
}

// write prints a blog in one of the output formats; loc is the zone of
// the readable times of markdown and html (nil: UTC).
func write(w io.Writer, blog *liveblog.Blog, format string, loc *time.Location) error {
	switch format {
	case "markdown":
		return export.Markdown(w, blog, export.Location(loc))
	case "html":
		return export.HTML(w, blog, export.Location(loc))
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
