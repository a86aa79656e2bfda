package main

import (
	"fmt"
	"io"
	"time"

	"github.com/liveblog-go/liveblog"
)

const timeUsage = `usage: liveblog time [flags] TEXT...

Reads each TEXT as a timestamp and prints it in RFC 3339, one a line on
standard output. A TEXT that is not a timestamp is reported on standard
error, and the exit status is 1.`

func runTime(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("liveblog time", timeUsage, stderr)
	now := fs.String("now", "", "reference time, `RFC3339` (default: now)")
	tz := fs.String("tz", "", "publisher's time `ZONE` (IANA name)")
	order := fs.String("order", "", "numeric date `order`: dmy or mdy (default: mdy in US zones, else dmy)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	var n liveblog.Normalizer
	var err error
	if n.Location, err = loadZone(*tz); err != nil {
		fmt.Fprintf(stderr, "liveblog time: -tz: %s\n", errText(err))
		return exitUsage
	}
	if n.Now, err = parseNow(*now); err != nil {
		fmt.Fprintf(stderr, "liveblog time: -now: %s\n", errText(err))
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
			fmt.Fprintf(stderr, "liveblog time: %s\n", errText(err))
			status = exitError
			continue
		}
		fmt.Fprintln(stdout, t.Format(time.RFC3339))
	}
	return status
}
