package detect_test

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
)

// FuzzDetect: on any input Detect returns, in bounds, a verdict whose
// confidence is on its side of 0.5; DetectNode does on the same page's
// tree.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		`<html><head><title>Storm live</title></head><body><div><article><time datetime="2024-06-01T11:30:00Z">11:30</time><p>Some text that is long enough to count as the body of an entry.</p></article></div></body></html>`,
		`<amp-live-list><div items><div id=a data-sort-time=1>x</div></div></amp-live-list>`,
		`<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":"a"}]}</script>`,
		`<div id="liveblog-entry-1" data-timestamp="1717240000"><p>x</p></div><table><td><b>12:30</b> y<tr><td>`,
		"<h2>12.31 Uhr: Titel</h2><p>Text</p><h2>11.05 Uhr: Titel</h2><p>Text</p><svg><path/></svg><p><b>",
		"12:31 Ein Titel\nText des Eintrags.\n\n11:05 Noch einer\nMehr Text.\n",
		"<!--<script>--><p x='</p>'>&amp;&#x27;",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := liveblog.Detect(bytes.NewReader(data))
		if err != nil {
			return // a charset the input names but nobody knows
		}
		check(t, d)
		root, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return
		}
		d, err = liveblog.DetectNode(root)
		if err != nil {
			t.Fatal(err)
		}
		check(t, d)
	})
}

func check(t *testing.T, d liveblog.Detection) {
	t.Helper()
	if d.Confidence < 0 || d.Confidence > 1 {
		t.Fatalf("confidence %v out of [0, 1]", d.Confidence)
	}
	if d.Live != (d.Confidence >= 0.5) {
		t.Fatalf("live %v with confidence %v", d.Live, d.Confidence)
	}
	if d.Live && d.Extractor == "" {
		t.Fatalf("live without an extractor: %q", d.Evidence)
	}
	if d.Entries < 0 {
		t.Fatalf("%d entries", d.Entries)
	}
}
