package detect

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/embeds"
	"github.com/liveblog-go/liveblog/internal/textread"
	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// Input is what the detector knows of a page besides its bytes: the
// parser's options, as the root package passes them.
type Input struct {
	// URL is the page's address given by the caller, nil when unknown
	// (the page's canonical link is used then, as Document does).
	URL *url.URL
	// Norm reads the page's printed times: the publisher's zone and the
	// reference time.
	Norm timeparse.Normalizer
	// Now and Captured are Options.Now and Options.Captured, which the
	// text reader dates a copied page by.
	Now, Captured time.Time
}

// Report is the detector's reading of one page.
type Report struct {
	// Generic holds each generic extractor's verdict, in the order of a
	// new Registry (text alone for plain-text input).
	Generic []Verdict
	// SaysLive reports that the page's title or first headline calls it
	// live, or it declares a LiveBlogPosting: what lets plain paragraphs
	// that open with a clock be entries.
	SaysLive bool
	// Signals are what the page says of itself, as evidence: "title says
	// live", "url says live", "og:type=website", "embed:tickaroo …".
	Signals []string
	// TooDeep reports a page nested deeper than html.Parse accepts (512
	// open elements): Parse fails on it, and nothing else of the report
	// holds.
	TooDeep bool
	// Head is what the page's <head> says.
	Head Head
	// URL is the page's address: Input.URL, else its canonical link or
	// og:url.
	URL *url.URL
	// Feeds are the vendor embeds on the page.
	Feeds []embeds.Feed
	// urlLive: the page's address calls it live; titleLive: its title or
	// headline does.
	urlLive, titleLive bool
	// count works out the JSON-LD verdict's entries when first needed.
	count func() int
	// ld is the page's JSON-LD, checked as needed (see Declared).
	ld       *ldFacts
	declSeen int8 // 0: Declared not asked yet, 1: yes, -1: no
	// page is the outline, for Sketch.
	page *page
}

// Declared reports that the page's JSON-LD declares a LiveBlogPosting
// (a valid block names it), checking the blocks the first time.
func (r *Report) Declared() bool {
	if r.declSeen == 0 {
		r.declSeen = -1
		if r.ld != nil && r.ld.liveBlog() {
			r.declSeen = 1
		}
	}
	return r.declSeen > 0
}

// resolve works out a verdict left unknown.
func (r *Report) resolve(v *Verdict) {
	if v.Entries == unknown && r.count != nil {
		jsonldVerdict(v, r.count())
	}
}

// HTML reads an HTML page, given decoded, in one pass over its text.
func HTML(s string, in *Input) *Report {
	p := newPage(in.Norm, true, len(s)/300+64)
	p.src = s
	sk := newSink(p)
	var sc scanner
	sk.sc = &sc
	sc.scan(s, sk)
	if p.tooDeep {
		return &Report{TooDeep: true}
	}
	sk.finish()
	return p.report(in)
}

// Tree reads an HTML page already parsed.
func Tree(root *html.Node, in *Input) *Report {
	p := newPage(in.Norm, false, 256)
	walkTree(p, root)
	for len(p.stack) > 0 {
		p.close()
	}
	return p.report(in)
}

// Text reads a page's text as copied out of a browser: the text
// reader's entries are the evidence.
func Text(s string, in *Input) *Report {
	r := &Report{URL: in.URL}
	pg, ok := textread.Read(&textread.Input{Text: s, Norm: in.Norm, Now: in.Now, Captured: in.Captured, URL: in.URL})
	v := Verdict{Name: TextReader, Match: true}
	switch {
	case !ok || len(pg.Entries) == 0:
		v.Why = "text: no run of timestamped entries"
	default:
		v.Entries = len(pg.Entries)
		timed := 0
		for _, e := range pg.Entries {
			if !e.Time.IsZero() {
				timed++
			}
		}
		v.Why = fmt.Sprintf("text: %d entries, %d dated", len(pg.Entries), timed)
	}
	if ok && SaysLive(pg.Title) {
		r.SaysLive, r.titleLive = true, true
		r.Signals = append(r.Signals, "title says live")
	}
	r.urlSays()
	r.Generic = []Verdict{v}
	return r
}

// report works out the verdicts once the page has streamed past.
func (p *page) report(in *Input) *Report {
	r := &Report{Head: p.head, URL: in.URL, page: p, TooDeep: p.tooDeep}
	if r.URL == nil {
		r.URL = p.baseURL()
	}
	ld := p.readLD()
	title := p.head.Meta("og:title")
	if title == "" {
		title = p.head.Title
	}
	switch {
	case SaysLive(title):
		r.titleLive = true
		r.Signals = append(r.Signals, "title says live")
	case SaysLive(p.h1Text):
		r.titleLive = true
		r.Signals = append(r.Signals, "headline says live")
	}
	// A page whose title says it is live needs no look at its JSON-LD
	// to be read as one; the JSON-LD is checked only when needed.
	r.ld = ld
	r.SaysLive = r.titleLive || r.Declared()
	if p.declaresListing() {
		r.Signals = append(r.Signals, "og:type="+strings.ToLower(strings.TrimSpace(p.head.Meta("og:type"))))
	}
	r.urlSays()
	p.verdicts(r, ld)
	r.Feeds = p.feeds(r.URL)
	for _, f := range r.Feeds {
		r.Signals = append(r.Signals, "embed:"+f.Vendor+" "+f.URL)
	}
	return r
}

// urlSays notes an address that calls the page live.
func (r *Report) urlSays() {
	if URLSaysLive(r.URL) {
		r.urlLive = true
		r.Signals = append(r.Signals, "url says live")
	}
}

// baseURL is the page's canonical link, else og:url, when it is an
// absolute web address (Document.URL without Options.URL).
func (p *page) baseURL() *url.URL {
	for _, ref := range []string{p.head.Canonical, p.head.Meta("og:url")} {
		if ref == "" {
			continue
		}
		if u, err := url.Parse(strings.TrimSpace(ref)); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u
		}
	}
	return nil
}

// Verdict returns the verdict of the generic extractor name, and whether
// the report has one.
func (r *Report) Verdict(name string) (Verdict, bool) {
	for i := range r.Generic {
		if v := &r.Generic[i]; v.Name == name {
			r.resolve(v)
			return *v, true
		}
	}
	return Verdict{}, false
}

// Adapter folds a site adapter whose Match accepts the page into the
// decision; on says what its Match saw: "head" (the address, title and
// <meta>), "markup" (the elements, rebuilt from their start tags) or
// "tree" (the parsed page).
// The adapter runs first, so it names the extractor of a live page. On a
// page the generic reading finds nothing on, the verdict follows what the
// page says of itself (its title, headline or address calls it live, or
// it declares a LiveBlogPosting), since the adapter's own reading needs
// the tree; the entries are then not counted.
func (r *Report) Adapter(d Decision, name, on string) Decision {
	note := "adapter:" + name + " matches on " + on
	switch {
	case d.Live:
		d.Extractor = name
		d.Confidence = Confidence(r.facts(name, d.Entries))
	case r.titleLive || r.urlLive || r.Declared():
		d.Live, d.Extractor, d.Entries = true, name, 0
		d.Confidence = 0.55 // the least a live verdict has: nothing was read
		note += "; the page calls itself live, and the adapter's reading needs the tree (entries not counted)"
	default:
		note += "; the generic reading finds no entries"
	}
	d.Evidence = append([]string{note}, d.Evidence...)
	return d
}

// Decision is the detector's answer for a page.
type Decision struct {
	Live       bool
	Confidence float64
	Extractor  string
	Entries    int
	Evidence   []string
}

// Decide answers for a registry that tries the generic extractors of
// order, in that order: the first whose verdict finds entries runs.
func (r *Report) Decide(order []string) Decision {
	var d Decision
	var chosen *Verdict
	for _, name := range order {
		for i := range r.Generic {
			v := &r.Generic[i]
			if v.Name != name {
				continue
			}
			r.resolve(v)
			if v.Entries > 0 {
				chosen = v
				break
			}
		}
		if chosen != nil {
			break
		}
	}
	if chosen != nil {
		d.Live, d.Extractor, d.Entries = true, chosen.Name, chosen.Entries
		d.Evidence = append(d.Evidence, chosen.Why)
	}
	d.Evidence = append(d.Evidence, r.Signals...)
	if r.declSeen > 0 {
		d.Evidence = append(d.Evidence, "jsonld:LiveBlogPosting declared")
	}
	if chosen == nil && r.ld != nil && r.ld.listing() {
		d.Evidence = append(d.Evidence, "jsonld:CollectionPage")
	}
	declines := len(d.Evidence)
	for _, name := range order {
		for _, v := range r.Generic {
			if v.Name != name || chosen != nil && v.Name == chosen.Name {
				continue
			}
			switch {
			case v.Entries == unknown:
				// A runner-up whose count would cost a decoding.
				d.Evidence = append(d.Evidence, "jsonld:liveBlogUpdate present")
			case v.Entries > 0, v.Match, strings.HasPrefix(v.Why, "rejected"):
				d.Evidence = append(d.Evidence, v.Why)
			}
		}
	}
	if chosen == nil && len(d.Evidence) == declines {
		// Nothing matched: say why the fallback found nothing.
		for _, v := range r.Generic {
			if v.Name == Structural || v.Name == TextReader {
				d.Evidence = append(d.Evidence, v.Why)
			}
		}
	}
	if chosen != nil {
		d.Confidence = Confidence(r.facts(chosen.Name, chosen.Entries))
	} else {
		d.Confidence = r.notLive()
	}
	return d
}
