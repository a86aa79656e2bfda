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
	"syscall"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/follow"
)

// runFollow follows a live blog until interrupted.
func runFollow(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return followCmd(ctx, args, stdout, stderr)
}

// followCmd is runFollow with the context passed in, for tests.
func followCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("liveblog follow", "usage: liveblog follow [flags] URL\n\nPrints each entry added, edited or removed until interrupted.", stderr)
	every := fs.Duration("every", follow.DefaultInterval, "poll `interval`")
	format := fs.String("format", "text", "output `format`: jsonl (one change a line) or text")
	state := fs.String("state", "", "keep what was printed in `FILE`, so that a restart does not repeat it")
	onlyNew := fs.Bool("new", false, "print only changes after the first fetch")
	timeout := fs.Duration("timeout", follow.DefaultTimeout, "timeout of each request")
	pf := addParserFlags(fs, zoneUsage)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(stderr, "liveblog follow: unknown -format %q (want jsonl or text)\n", *format)
		return exitUsage
	}
	opts := follow.Options{
		Interval:     *every,
		Timeout:      *timeout,
		UserAgent:    userAgent,
		SkipExisting: *onlyNew,
		OnError: func(err error, wait time.Duration) {
			fmt.Fprintf(stderr, "%v (next try in %s)\n", err, wait.Round(time.Second))
		},
	}
	var ok bool
	if opts.Parser, ok = pf.options("liveblog follow", stderr); !ok {
		return exitUsage
	}
	if *state != "" {
		opts.Store = follow.FileStore{Path: *state}
	}
	f, err := follow.New(fs.Arg(0), opts)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	emit := writeChangeText
	if *format == "jsonl" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		emit = func(_ io.Writer, c liveblog.Change) error { return enc.Encode(c) }
	}
	err = f.Run(ctx, func(c liveblog.Change) error { return emit(stdout, c) })
	if errors.Is(err, context.Canceled) {
		return exitOK
	}
	fmt.Fprintf(stderr, "liveblog follow: %v\n", err)
	return exitError
}

// writeChangeText prints one change as a block of text.
func writeChangeText(w io.Writer, c liveblog.Change) error {
	e := c.Entry
	var b strings.Builder
	when := e.RawTime
	if !e.Time.IsZero() {
		when = e.Time.UTC().Format("2006-01-02 15:04 UTC")
	}
	if when == "" {
		when = "(no time)"
	}
	fmt.Fprintf(&b, "== %s %s", c.Kind, when)
	var flags []string
	if e.Pinned {
		flags = append(flags, "pinned")
	}
	if e.KeyEvent {
		flags = append(flags, "key event")
	}
	if len(flags) > 0 {
		fmt.Fprintf(&b, " [%s]", strings.Join(flags, ", "))
	}
	b.WriteString("\n")
	if e.URL != "" {
		fmt.Fprintf(&b, "%s\n", e.URL)
	}
	if e.Title != "" {
		fmt.Fprintf(&b, "%s\n", e.Title)
	}
	if c.Kind != liveblog.EntryRemoved {
		if len(e.Authors) > 0 {
			fmt.Fprintf(&b, "by %s\n", strings.Join(e.Authors, ", "))
		}
		if e.Text != "" {
			fmt.Fprintf(&b, "%s\n", e.Text)
		}
	} else if e.Title == "" {
		// A removed entry is named by its first line.
		first, _, _ := strings.Cut(e.Text, "\n")
		fmt.Fprintf(&b, "%s\n", first)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
