package marks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// firstIn parses a fragment and returns the element with id "x".
func firstIn(t *testing.T, fragment string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<body>" + fragment + "</body>"))
	require.NoError(t, err)
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && dom.Attr(n, "id") == "x" {
			return n
		}
	}
	require.FailNow(t, "no element with id x")
	return nil
}

func TestPrintedLabel(t *testing.T) {
	norm := &timeparse.Normalizer{}
	tests := []struct {
		name, html, raw string
		ok, hasDay      bool
	}{
		{"clock", `<span id="x" class="date">14:05</span>`, "14:05", true, false},
		{"date, bullet and clock", `<div id="x">31.03.2024 • 09:42 Uhr</div>`, "31.03.2024 • 09:42 Uhr", true, true},
		{"date pipe clock", `<div id="x">24.02.2024 | 14:05</div>`, "24.02.2024 | 14:05", true, true},
		{"twelve-hour US", `<span id="x">3:38 a.m. ET, October 27, 2023</span>`, "3:38 a.m. ET, October 27, 2023", true, true},
		{"screen-reader twin", `<span id="x"><span class="visually-hidden">posted at 14:18</span><span aria-hidden="true">14:18</span></span>`, "14:18", true, false},
		{"french clock", `<span id="x">14h05</span>`, "14h05", true, false},
		{"a sentence", `<p id="x">Trains resume at 14:05 today</p>`, "", false, false},
		{"date only", `<span id="x">31.03.2024</span>`, "", false, false},
		{"block inside", `<div id="x"><p>14:05</p></div>`, "", false, false},
		// A cell is a label; collectMarks keeps it only on pages that say they are live.
		{"table cell", `<table><tr><td id="x">14:05</td></tr></table>`, "14:05", true, false},
		{"byline and stamp", `<div id="x">By Ann Lee, 30 October 2024, 14:05</div>`, "30 October 2024, 14:05", true, true},
		{"name pipe clock", `<div id="x">Tom Reed | 12:31</div>`, "12:31", true, false},
		{"posted at", `<div id="x">Posted at 13:20</div>`, "Posted at 13:20", true, false},
		{"sentence then clock", `<div id="x">Trains resume later today, 14:05</div>`, "14:05", true, false},
		{"date in a sentence", `<div id="x">The talks, which began on 3 May 2024, ended</div>`, "", false, false},
		{"too long", `<span id="x">` + strings.Repeat("14:05 ", 30) + `</span>`, "", false, false},
		{"hour and Uhr", `<span id="x">10 Uhr</span>`, "10 Uhr", true, false},
		{"relative", `<span id="x">vor 5 Minuten</span>`, "vor 5 Minuten", true, true},
		{"a count", `<span id="x">5 comments</span>`, "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, day, _, ok := printedLabel(firstIn(t, tt.html), norm)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.raw, raw)
			assert.Equal(t, tt.hasDay, !day.IsZero())
		})
	}
}

func TestLabelTextScreenReader(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"bbc twin", `<time id="x"><span class="gs-u-vh qa-visually-hidden-meta">posted at 14:18</span><span class="qa-post-auto-meta" aria-hidden="true">14:18</span></time>`, "14:18"},
		{"sr-only prefix", `<time id="x"><span class="sr-only">Published</span> 9:38 pm</time>`, "9:38 pm"},
		{"only a hidden copy", `<time id="x"><span class="screen-reader-text">14:18</span></time>`, "14:18"},
		{"plain", `<time id="x">14:18</time>`, "14:18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelText(firstIn(t, tt.html)))
		})
	}
}

func TestNamesEditTime(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`<time data-testid="lastpublished-timestamp" datetime="2024-03-14T20:31:44+0000">35 Min Ago</time>`, true},
		{`<time class="post__updated" datetime="2024-03-14T20:31:44Z">20:31</time>`, true},
		{`<time itemprop="dateModified" datetime="2024-03-14T20:31:44Z">20:31</time>`, true},
		{`<time data-testid="published-timestamp" datetime="2024-03-14T20:31:44Z">20:31</time>`, false},
		{`<time class="entry-date" datetime="2024-03-14T20:31:44Z">20:31</time>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n := firstTime(t, tt.in)
			assert.Equal(t, tt.want, namesEditTime(n))
		})
	}
}

func TestMarkOfLocalDateTime(t *testing.T) {
	tests := []struct {
		in    string
		raw   string
		clock int
		ok    bool
	}{
		{`<time datetime="2024-05-04 14:05">3 uur geleden</time>`, "2024-05-04 14:05", 14*60 + 5, true},
		{`<time datetime="2024-05-04T09:30:00">vor 7 Stunden</time>`, "2024-05-04T09:30:00", 9*60 + 30, true},
		{`<time datetime="2024-05-04">4 mei</time>`, "", -1, false},
		{`<time datetime="yesterday">gestern</time>`, "", -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n := firstTime(t, tt.in)
			m, ok := Of(n, nil)
			assert.Equal(t, tt.ok, ok)
			if !tt.ok {
				return
			}
			assert.Equal(t, tt.raw, m.Raw)
			assert.Equal(t, tt.clock, m.Clock)
			assert.True(t, m.Time.IsZero(), "a local time is no instant")
		})
	}
}

func TestPlainClockPara(t *testing.T) {
	tests := []struct {
		in         string
		clock, cut string
		ok         bool
	}{
		{`<p>17.45 Uhr: Die Feuerwehr zählt mehr als 200 Einsätze.</p>`, "17.45 Uhr", "17.45 Uhr: ", true},
		{`<p>15.05 Uhr – Der Wetterdienst verlängert die Warnung.</p>`, "15.05 Uhr", "15.05 Uhr – ", true},
		{`<p>14:05 - Polls close in the east.</p>`, "14:05", "14:05 - ", true},
		{`<p>+++ 9.12 Zweiter Zug entgleist +++</p>`, "9.12", "+++ 9.12 ", true},
		{`<p><span>14:05 - </span>Polls close.</p>`, "14:05", "14:05 -", true},
		{`<p>16.20 Räddningstjänsten larmades till hamnen.</p>`, "16.20", "16.20 ", true},
		{`<p><b>14:05</b> Polls close.</p>`, "", "", false}, // a bold lead is markOf's
		{`<p>2.30 million people were affected.</p>`, "", "", false},
		{`<p>1:30 of extra time was added.</p>`, "", "", false},
		{`<p>The vote at 14:05 was delayed.</p>`, "", "", false},
		{`<p>14:05</p>`, "", "", false}, // a bare label: nothing follows
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			require.NoError(t, err)
			var n *html.Node
			for d := range doc.Descendants() {
				if d.Type == html.ElementNode && d.Data == "p" {
					n = d
					break
				}
			}
			require.NotNil(t, n)
			m, ok := plainClockPara(n)
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				assert.Equal(t, tt.clock, m.Raw)
				assert.Equal(t, tt.cut, m.Cut)
				assert.True(t, m.Heading && m.Plain)
			}
		})
	}
}

// firstTime parses src and returns its first <time> element.
func firstTime(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	for d := range doc.Descendants() {
		if d.Type == html.ElementNode && d.Data == "time" {
			return d
		}
	}
	t.Fatalf("no <time> in %q", src)
	return nil
}
