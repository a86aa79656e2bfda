package main

import (
	"fmt"
	"io"
)

// writeOverview prints what the command does and its subcommands.
func writeOverview(w io.Writer) {
	fmt.Fprint(w, "liveblog turns a live-blog page into typed, timestamped entries.\n\nusage:\n")
	line := func(usage, summary string) {
		fmt.Fprintf(w, "  liveblog %s\n        %s\n", usage, summary)
	}
	line("[flags] [FILE|URL|-]", "parse a page and print its entries")
	for _, c := range commands {
		line(c.usage, c.summary)
	}
	fmt.Fprint(w, "\nRun \"liveblog help COMMAND\" or \"liveblog COMMAND -h\" for a command's flags.\n"+
		"Exit status: 0 on success, 1 when a page or time could not be read, 2 on bad usage.\n")
}

// runHelp prints, on stdout, the overview and the page parser's flags,
// or one command's usage.
func runHelp(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		return runParse([]string{"-h"}, nil, stdout, stdout)
	case len(args) > 1:
		fmt.Fprintln(stderr, "usage: liveblog help [COMMAND]")
		return exitUsage
	case args[0] == "help":
		fmt.Fprintln(stdout, "usage: liveblog help [COMMAND]\n\nDescribes the commands, or one of them.")
		return exitOK
	}
	c, ok := lookup(args[0])
	if !ok {
		fmt.Fprintf(stderr, "liveblog help: unknown command %q\n\n", termSafe(args[0]))
		writeOverview(stderr)
		return exitUsage
	}
	return c.run([]string{"-h"}, nil, stdout, stdout)
}
