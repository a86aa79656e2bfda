package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/liveblog-go/liveblog"
)

// The human-readable outputs: "-format text" of a blog and of follow's
// changes. Everything in them but the layout comes from the page, so the
// finished text goes through termSafe before it is written.

// writeText prints a readable timeline.
func writeText(w io.Writer, blog *liveblog.Blog) error {
	var b strings.Builder
	if blog.Title != "" {
		fmt.Fprintf(&b, "%s\n", blog.Title)
	}
	if blog.URL != "" {
		fmt.Fprintf(&b, "%s\n", blog.URL)
	}
	fmt.Fprintf(&b, "%d entries (extractor: %s)\n", len(blog.Entries), blog.Extractor)
	for _, e := range blog.Entries {
		b.WriteString("\n")
		fmt.Fprintf(&b, "== %s", entryWhen(&e))
		writeFlags(&b, &e)
		b.WriteString("\n")
		if e.Title != "" {
			fmt.Fprintf(&b, "%s\n", e.Title)
		}
		if len(e.Authors) > 0 {
			fmt.Fprintf(&b, "by %s\n", strings.Join(e.Authors, ", "))
		}
		if e.Text != "" {
			fmt.Fprintf(&b, "%s\n", e.Text)
		}
		for _, em := range e.Embeds {
			fmt.Fprintf(&b, "[%s] %s\n", em.Kind, em.URL)
		}
	}
	_, err := io.WriteString(w, termSafe(b.String()))
	return err
}

// writeChangeText prints one change as a block of text.
func writeChangeText(w io.Writer, c liveblog.Change) error {
	e := c.Entry
	var b strings.Builder
	fmt.Fprintf(&b, "== %s %s", c.Kind, entryWhen(&e))
	writeFlags(&b, &e)
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
	_, err := io.WriteString(w, termSafe(b.String()))
	return err
}

// entryWhen is an entry's time as the text outputs print it.
func entryWhen(e *liveblog.Entry) string {
	if !e.Time.IsZero() {
		return e.Time.UTC().Format("2006-01-02 15:04 UTC")
	}
	if e.RawTime != "" {
		return e.RawTime
	}
	return "(no time)"
}

// writeFlags appends " [pinned, key event]" for the flags an entry has.
func writeFlags(b *strings.Builder, e *liveblog.Entry) {
	var flags []string
	if e.Pinned {
		flags = append(flags, "pinned")
	}
	if e.KeyEvent {
		flags = append(flags, "key event")
	}
	if len(flags) > 0 {
		fmt.Fprintf(b, " [%s]", strings.Join(flags, ", "))
	}
}
