package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/feed"
	"github.com/liveblog-go/liveblog/fetch"
	"github.com/liveblog-go/liveblog/follow"
)

const followUsage = `usage: liveblog follow [flags] URL

Prints each entry added, edited or removed until interrupted. A page
whose entries are in a vendor's embedded ticker, or only in its AMP
version, is followed there; -pages reads older pages too at each poll.
With -feed, also keeps a feed of the blog in FILE for feed readers to
poll: rewritten (atomically: readers never see half a file) after each
poll that changed something, an edited entry dated by when the edit was
seen.`

// runFollow follows a live blog until interrupted.
func runFollow(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return followCmd(ctx, args, stdout, stderr)
}

// followCmd is runFollow with the context passed in, for tests.
func followCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("liveblog follow", followUsage, stderr)
	every := fs.Duration("every", follow.DefaultInterval, "poll `interval`")
	format := fs.String("format", "text", "output `format`: jsonl (one change a line) or text")
	state := fs.String("state", "", "keep what was printed in `FILE`, so that a restart does not repeat it")
	onlyNew := fs.Bool("new", false, "print only changes after the first fetch")
	timeout := fs.Duration("timeout", follow.DefaultTimeout, "timeout of each request")
	feedFile := fs.String("feed", "", "keep a feed of the blog in `FILE`")
	feedFormat := fs.String("feed-format", "atom", "`format` of the -feed file: atom, rss or jsonfeed")
	allowPrivate := fs.Bool("allow-private-redirects", false, privateRedirectsUsage)
	pages := fs.Int("pages", 1, "read `N` pages of the blog each poll: the page and its older pages")
	delay := fs.Duration("delay", fetch.DefaultDelay, "wait between two requests of one poll")
	noFollow := fs.Bool("no-follow-embeds", false, "for a page with no entries, fetch neither the vendor ticker it embeds nor its AMP alternate")
	pf := addParserFlags(fs, zoneUsage)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	if *pages < 1 {
		fmt.Fprintln(stderr, "liveblog follow: -pages must be at least 1")
		return exitUsage
	}
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(stderr, "liveblog follow: unknown -format %q (want jsonl or text)\n", *format)
		return exitUsage
	}
	switch feed.Format(*feedFormat) {
	case feed.Atom, feed.RSS, feed.JSON:
	default:
		fmt.Fprintf(stderr, "liveblog follow: unknown -feed-format %q (want atom, rss or jsonfeed)\n", *feedFormat)
		return exitUsage
	}
	var f *follow.Follower
	opts := follow.Options{
		Interval:              *every,
		Timeout:               *timeout,
		SkipExisting:          *onlyNew,
		AllowPrivateRedirects: *allowPrivate,
		Pages:                 *pages,
		Delay:                 noneIfZero(*delay),
		NoEmbeds:              *noFollow,
		NoAMP:                 *noFollow,
		OnError: func(err error, wait time.Duration) {
			fmt.Fprintf(stderr, "liveblog follow: %s (next try in %s)\n", followErrText(err), wait.Round(time.Second))
		},
	}
	if *feedFile != "" {
		written := false
		opts.OnPoll = func(changes []liveblog.Change) {
			if written && len(changes) == 0 {
				return
			}
			if err := writeFeedFile(*feedFile, f.Blog(), feed.Format(*feedFormat)); err != nil {
				fmt.Fprintf(stderr, "liveblog follow: -feed: %s\n", errText(err))
				return // tried again after the next poll
			}
			written = true
		}
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
		fmt.Fprintf(stderr, "liveblog follow: %s\n", followErrText(err))
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
	fmt.Fprintf(stderr, "liveblog follow: %s\n", followErrText(err))
	return exitError
}

// followErrText is errText without the follow package's own "follow: ",
// which the command's prefix already says.
func followErrText(err error) string {
	return strings.TrimPrefix(errText(err), "follow: ")
}

// writeFeedFile writes blog as a feed to path atomically: a temporary
// file beside it, synced, then renamed over it.
func writeFeedFile(path string, blog *liveblog.Blog, format feed.Format) (err error) {
	if blog == nil {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = feed.Write(tmp, blog, format); err != nil {
		return err
	}
	// A feed is for readers and the web server that hands it to them.
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
