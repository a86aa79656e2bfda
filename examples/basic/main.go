// Command basic parses a live-blog file and prints its timeline.
//
//	go run ./examples/basic testdata/text/harbour-storm-live.txt
package main

import (
	"fmt"
	"os"

	"github.com/liveblog-go/liveblog"
	_ "github.com/liveblog-go/liveblog/sources/all" // register every site adapter
)

func main() {
	path := "testdata/text/harbour-storm-live.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()

	blog, err := liveblog.Parse(f)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
		os.Exit(1)
	}
	fmt.Printf("%s (%d entries)\n\n", blog.Title, len(blog.Entries))
	for _, e := range blog.Entries {
		headline := e.Title
		if headline == "" {
			headline = firstWords(e.Text, 12)
		}
		fmt.Printf("%s  %s\n", e.Time.UTC().Format("2006-01-02 15:04"), headline)
	}
}

// firstWords returns up to n words of s.
func firstWords(s string, n int) string {
	words := 0
	for i, r := range s {
		if r == ' ' || r == '\n' {
			words++
			if words == n {
				return s[:i] + " …"
			}
		}
	}
	return s
}
