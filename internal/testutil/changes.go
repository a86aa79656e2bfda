package testutil

import (
	"strings"

	"github.com/liveblog-go/liveblog"
)

// TextBlog writes a plain-text live blog that the built-in text
// extractor reads: a title and standfirst, then entries given as pairs of
// stamp line ("10:05 GMT 06.09.2021") and body, in page order.
func TextBlog(entries ...string) string {
	var b strings.Builder
	b.WriteString("Harbour festival live coverage\n\nBoats, bands and the weather, as it happens.\n\n")
	for i := 0; i+1 < len(entries); i += 2 {
		b.WriteString(entries[i] + "\n\n" + entries[i+1] + "\n\n")
	}
	return b.String()
}

// Summarise reduces changes to "KIND TEXT" lines ("added Gates open."),
// what most assertions look at; nil for none.
func Summarise(cs []liveblog.Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Kind.String()+" "+c.Entry.Text)
	}
	return out
}
