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
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// explainUsage heads the usage of liveblog explain.
const explainUsage = `usage: liveblog explain [flags] FILE|URL|-

Says whether a page is a live blog, how sure the detector is and why
(liveblog.Detect), then runs every extractor in the order Parse tries them
and says what each made of the page: whether its Match accepted it, how
many entries it found, why it declined. The exit status is 0 whether or
not the page is a live blog, 1 when it could not be read.`

// explanation is explain's JSON output.
type explanation struct {
	Input     string             `json:"input"`
	Detection liveblog.Detection `json:"detection"`
	// Extractors are the registry's, in the order Parse tries them.
	Extractors []liveblog.Trial `json:"extractors"`
	// Chosen is the extractor Parse uses, "" when none finds entries.
	Chosen string `json:"chosen,omitempty"`
}

func runExplain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("liveblog explain", explainUsage, stderr)
	pageURL := fs.String("url", "", "page `URL` when reading a file (helps choose the site adapter)")
	pf := addParserFlags(fs, zoneUsage)
	now := fs.String("now", "", "reference time, `RFC3339` (default: the page's own modified time)")
	format := fs.String("format", "text", "output `format`: text or json")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout when fetching a URL")
	allowPrivate := fs.Bool("allow-private-redirects", false, privateRedirectsUsage)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "liveblog explain: one input at a time")
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "liveblog explain: unknown -format %q (want text or json)\n", *format)
		return exitUsage
	}
	opts, ok := pf.options("liveblog explain", stderr)
	if !ok {
		return exitUsage
	}
	opts.URL = *pageURL
	var err error
	if opts.Now, err = parseNow(*now); err != nil {
		fmt.Fprintf(stderr, "liveblog explain: -now: %s\n", errText(err))
		return exitUsage
	}
	name := fs.Arg(0)
	in, closeIn, err := openInput(name, stdin, &opts, *timeout, *allowPrivate)
	if name == "" || name == "-" {
		name = "stdin"
	}
	if err != nil {
		fmt.Fprintf(stderr, "liveblog explain: %s: %s\n", termSafe(name), errText(err))
		return exitError
	}
	defer closeIn()
	det, trials, err := liveblog.NewParser(opts).Explain(in)
	if err != nil {
		fmt.Fprintf(stderr, "liveblog explain: %s: %s\n", termSafe(name), errText(err))
		if errors.Is(err, liveblog.ErrUnknownExtractor) {
			return exitUsage
		}
		return exitError
	}
	x := explanation{Input: name, Detection: det, Extractors: trials}
	for _, t := range trials {
		if t.Entries > 0 {
			x.Chosen = t.Extractor
			break
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(x)
	} else {
		err = writeExplanation(stdout, &x)
	}
	if err != nil {
		fmt.Fprintf(stderr, "liveblog explain: writing output: %s\n", errText(err))
		return exitError
	}
	return exitOK
}

// openInput opens the page to read: standard input for "" or "-", a URL
// (fetched; it becomes opts.URL unless -url gave one, its Content-Type
// opts.ContentType), or a file.
func openInput(name string, stdin io.Reader, opts *liveblog.Options, timeout time.Duration, allowPrivate bool) (io.Reader, func(), error) {
	switch {
	case name == "" || name == "-":
		return stdin, func() {}, nil
	case strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://"):
		body, ctype, err := fetchPage(name, timeout, allowPrivate)
		if err != nil {
			return nil, nil, err
		}
		if opts.URL == "" {
			opts.URL = name
		}
		opts.ContentType = ctype
		return body, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// writeExplanation prints the explanation for a person. Everything taken
// from the page (class names, addresses) goes through termSafe.
func writeExplanation(w io.Writer, x *explanation) error {
	d := &x.Detection
	var b strings.Builder
	verdict := "not a live blog"
	if d.Live {
		verdict = "a live blog"
	}
	fmt.Fprintf(&b, "%s: %s (confidence %.2f)\n", x.Input, verdict, d.Confidence)
	if d.Extractor != "" {
		fmt.Fprintf(&b, "extractor: %s, %d entries\n", d.Extractor, d.Entries)
	}
	b.WriteString("evidence:\n")
	for _, e := range d.Evidence {
		fmt.Fprintf(&b, "  %s\n", e)
	}
	if len(x.Extractors) > 0 {
		b.WriteString("extractors, in the order Parse tries them:\n")
		width := 0
		for _, t := range x.Extractors {
			width = max(width, len(t.Extractor))
		}
		for _, t := range x.Extractors {
			fmt.Fprintf(&b, "  %-*s  %s\n", width, t.Extractor, trialLine(t, x.Chosen))
		}
	}
	_, err := io.WriteString(w, termSafe(b.String()))
	return err
}

// trialLine says what one extractor made of the page.
func trialLine(t liveblog.Trial, chosen string) string {
	var s string
	switch {
	case !t.Matched:
		s = "does not match"
	case t.Error != "":
		s = "fails: " + strings.TrimPrefix(t.Error, libPrefix)
	case t.Entries == 0:
		s = "matches, finds no entries"
	case t.Extractor == chosen:
		s = fmt.Sprintf("%d entries: Parse uses this one", t.Entries)
	default:
		s = fmt.Sprintf("%d entries, not used: %s comes first", t.Entries, chosen)
	}
	if t.Detector != "" {
		s += " (" + t.Detector + ")"
	}
	return s
}

// fetchPage fetches one page through the shared client: its body and
// Content-Type. explain reads the page given, never its older pages.
func fetchPage(rawURL string, timeout time.Duration, allowPrivate bool) (io.Reader, string, error) {
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
