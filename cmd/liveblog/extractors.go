package main

import (
	"fmt"
	"io"

	"github.com/liveblog-go/liveblog"
)

const extractorsUsage = "usage: liveblog extractors\n\nLists the extractors, in the order they are tried; -extractor NAME forces one."

func runExtractors(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help"):
		fmt.Fprintln(stderr, extractorsUsage)
		return exitOK
	case len(args) > 0:
		fmt.Fprintln(stderr, extractorsUsage)
		return exitUsage
	}
	for _, e := range liveblog.Extractors() {
		fmt.Fprintln(stdout, termSafe(e.Name()))
	}
	return exitOK
}
