// Command liveblog turns a live-blog page into typed, timestamped entries.
//
// Usage:
//
//	liveblog [flags] [FILE|URL|-]        parse a page and print its entries
//	liveblog time [flags] TEXT...        normalise timestamps
//	liveblog extractors                  list the extractors, in the order tried
//	liveblog follow [flags] URL          print a live blog's changes as they happen
//	liveblog batch [flags] INPUT...      parse many pages: directories, WARC files, URL lists
//	liveblog explain [flags] FILE|URL    say whether a page is a live blog, and why
//	liveblog help [COMMAND]              describe the commands, or one of them
//
// Run "liveblog help COMMAND" or "liveblog COMMAND -h" for the flags.
// Exit status is 0 on success, 1 when a page or time could not be read, 2
// on bad usage.
//
// Each subcommand lives in a file of its own: parse.go, time.go,
// extractors.go, follow.go, batch.go, explain.go and help.go.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
	_ "time/tzdata" // a command may embed the zone database; the library does not

	"github.com/liveblog-go/liveblog"
	_ "github.com/liveblog-go/liveblog/sources/all"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exit statuses
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// command is one subcommand.
type command struct {
	name    string
	usage   string // the synopsis, after "liveblog "
	summary string // one line for the overview
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands are the subcommands, in the order the overview lists them.
// The page parser is the default: "liveblog FILE" runs it.
var commands []command

func init() {
	commands = []command{
		{"time", "time [flags] TEXT...", "normalise timestamps", func(args []string, _ io.Reader, stdout, stderr io.Writer) int {
			return runTime(args, stdout, stderr)
		}},
		{"extractors", "extractors", "list the extractors, in the order tried", func(args []string, _ io.Reader, stdout, stderr io.Writer) int {
			return runExtractors(args, stdout, stderr)
		}},
		{"follow", "follow [flags] URL", "print a live blog's changes as they happen", func(args []string, _ io.Reader, stdout, stderr io.Writer) int {
			return runFollow(args, stdout, stderr)
		}},
		{"batch", "batch [flags] DIR|FILE|FILE.warc[.gz]|-|-urls FILE ...", "parse many pages: directories, WARC files, URL lists", runBatch},
		{"explain", "explain [flags] FILE|URL|-", "say whether a page is a live blog, how sure and why, and what each extractor made of it", runExplain},
		{"help", "help [COMMAND]", "describe the commands, or one of them", runHelp},
	}
}

// lookup returns the subcommand called name.
func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// run is the whole command, with its streams passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if c, ok := lookup(args[0]); ok {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	return runParse(args, stdin, stdout, stderr)
}

// newFlagSet returns the flag set of the command name, reporting to
// stderr, whose usage prints head, then the flags.
func newFlagSet(name, head string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "%s\n\nflags:\n", head)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; ok is false when the command should stop with
// status code: 0 after -h (the usage was printed), 2 on a bad flag.
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return exitOK, false
	case err != nil:
		return exitUsage, false
	}
	return exitOK, true
}

// parserFlags are the flags every command that parses pages takes.
type parserFlags struct{ extractor, tz, charset *string }

// addParserFlags defines -extractor, -tz (described by tzUsage) and -charset.
func addParserFlags(fs *flag.FlagSet, tzUsage string) parserFlags {
	return parserFlags{
		extractor: fs.String("extractor", "", "force the extractor `NAME` (see: liveblog extractors)"),
		tz:        fs.String("tz", "", tzUsage),
		charset:   fs.String("charset", "", "charset of unlabelled non-UTF-8 pages (default windows-1252)"),
	}
}

// options returns the parser options the flags ask for. A bad -tz is
// reported to stderr under the command's name cmd, and ok is false.
func (f parserFlags) options(cmd string, stderr io.Writer) (opts liveblog.Options, ok bool) {
	opts = liveblog.Options{Extractor: *f.extractor, FallbackCharset: *f.charset}
	var err error
	if opts.Location, err = loadZone(*f.tz); err != nil {
		fmt.Fprintf(stderr, "%s: -tz: %s\n", cmd, errText(err))
		return opts, false
	}
	return opts, true
}

// privateRedirectsUsage describes -allow-private-redirects.
const privateRedirectsUsage = "follow redirects from a public address to a loopback, private or link-local one (refused by default; a URL given directly is fetched either way)"

// zoneUsage describes -tz.
const zoneUsage = "publisher's time `ZONE` (IANA name, e.g. Europe/London)"

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

// libPrefix starts the library's error messages; the command's own prefix
// replaces it.
const libPrefix = "liveblog: "

// errText is err's message for a line the command prints after a prefix
// of its own ("liveblog: FILE: "): without the library's leading
// "liveblog: ", and without the operation and path of a file error, which
// the prefix already names. It is safe to print on a terminal.
func errText(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	return termSafe(strings.TrimPrefix(err.Error(), libPrefix))
}
