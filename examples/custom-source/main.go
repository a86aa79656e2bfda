// Command custom-source writes and registers a site adapter of its own,
// then parses a page of that site.
//
//	go run ./examples/custom-source
package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
)

// The page of an imaginary site, news.example: each entry is an
// <article class="update"> with a <time datetime> and an <h3> title.
const page = `<html lang="en"><head><title>Live: Harbour Festival</title>
<link rel="canonical" href="https://news.example/live/festival"></head><body>
<article class="update" id="u2"><time datetime="2024-07-06T18:30:00+02:00">18:30</time>
  <h3>Fireworks moved to 22:00</h3><p>The organisers blamed the wind.</p>
  <div class="share">Share</div></article>
<article class="update" id="u1"><time datetime="2024-07-06T16:00:00+02:00">16:00</time>
  <h3>Gates open</h3><p>Thousands queued along the <a href="/map">quay</a>.</p></article>
</body></html>`

// Selectors are compiled once, at package level: a typo panics at start-up
// instead of silently matching nothing. The adapter imports nothing but
// the library (liveblog and its kit) and the standard library.
var (
	updateSel = kit.MustCompile("article.update")
	timeSel   = kit.MustCompile("time[datetime]")
	titleSel  = kit.MustCompile("h3")
)

// festival is the adapter: a type with Name, Match and Extract. It keeps no
// state, so one value serves every parse, concurrently.
type festival struct{}

func (festival) Name() string { return "news-example" }

// Match is cheap: the host when the URL is known.
func (festival) Match(d *liveblog.Document) bool { return d.Host() == "news.example" }

// Extract returns the entries as found; the library's finishing step turns
// the body nodes into text and safe HTML, drops the share widget, resolves
// links and gives each entry a stable ID.
func (festival) Extract(d *liveblog.Document) (*liveblog.Result, error) {
	res := &liveblog.Result{}
	for _, n := range d.QueryAll(updateSel) {
		draft := liveblog.Draft{ID: kit.Attr(n, "id"), Body: []*kit.Node{n}}
		if t := timeSel.Query(n); t != nil {
			draft.Time, _ = kit.MachineTime(kit.Attr(t, "datetime"))
			draft.RawTime = kit.Text(t)
			draft.Exclude = append(draft.Exclude, t)
		}
		if h := titleSel.Query(n); h != nil {
			draft.Title = kit.Text(h)
			draft.Exclude = append(draft.Exclude, h)
		}
		res.Entries = append(res.Entries, draft)
	}
	if len(res.Entries) == 0 {
		return nil, liveblog.ErrNotLiveBlog
	}
	return res, nil
}

func main() {
	// Register with the default registry, used by liveblog.Parse. (A
	// program that wants isolation makes its own with liveblog.NewRegistry
	// and passes it in Options.Registry.)
	if err := liveblog.Register(festival{}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	blog, err := liveblog.Parse(strings.NewReader(page))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s — %s, via %s\n", blog.Title, blog.URL, blog.Extractor)
	for _, e := range blog.Entries {
		fmt.Printf("%s %s: %s %v\n", e.Time.UTC().Format(time.RFC3339), e.Title, e.Text, e.Links)
	}
}
