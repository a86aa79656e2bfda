package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/export"
	"github.com/liveblog-go/liveblog/feed"
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
	timeout := fs.Duration("timeout", 30*time.Second, "timeout when fetching a URL")
	allowPrivate := fs.Bool("allow-private-redirects", false, privateRedirectsUsage)
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
	var in io.Reader
	switch {
	case name == "" || name == "-":
		name, in = "stdin", stdin
	case strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://"):
		body, ctype, err := fetch(name, *timeout, *allowPrivate)
		if err != nil {
			fmt.Fprintf(stderr, "liveblog: %s: %s\n", termSafe(name), errText(err))
			return exitError
		}
		if opts.URL == "" {
			opts.URL = name
		}
		opts.ContentType = ctype
		in = body
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

// fetch gets a page through the library's client (timeout, size limit,
// redirect policy) and returns its body and Content-Type.
func fetch(rawURL string, timeout time.Duration, allowPrivate bool) (io.Reader, string, error) {
	c := httpclient.New(httpclient.Options{Timeout: timeout, AllowPrivateRedirects: allowPrivate, Hooks: netHooks})
	resp, err := c.Get(context.Background(), httpclient.Request{URL: rawURL})
	if err != nil {
		return nil, "", err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("HTTP %s", resp.Status)
	}
	return bytes.NewReader(resp.Body), resp.Header.Get("Content-Type"), nil
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
