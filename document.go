package liveblog

import (
	"encoding/json"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/liveblog-go/liveblog/internal/docindex"
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/jsonld"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/pagedate"
	"github.com/liveblog-go/liveblog/internal/paging"
	"github.com/liveblog-go/liveblog/internal/render"
	"github.com/liveblog-go/liveblog/internal/timeparse"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Document is one page as every extractor sees it: the parsed tree (or the
// text, for plain-text input) and the page-level facts that extractors ask
// about, each computed once and only when asked.
//
// A Document belongs to one parse; extractors must not keep it.
type Document struct {
	root *html.Node
	text string
	url  *url.URL
	opts *Options
	norm *Normalizer
	eng  timeparse.Normalizer // norm as the time engine sees it

	metaOnce sync.Once
	meta     map[string]string
	lang     string
	title    string
	base     *url.URL

	ixOnce sync.Once
	ix     *docindex.Index

	ldOnce sync.Once
	ld     *jsonld.Blocks

	liveOnce sync.Once
	live     bool // see pageSaysLive

	factsOnce sync.Once
	facts     *pagedate.Page

	linksOnce sync.Once
	links     paging.Links
	embeds    []Feed
}

func newDocument(root *html.Node, text string, opts *Options) *Document {
	d := &Document{root: root, text: text, opts: opts}
	if opts.URL != "" {
		d.url, _ = url.Parse(opts.URL)
	}
	d.norm = &Normalizer{Location: opts.Location, Now: opts.Now}
	// The page's language settles stamps that read two ways ("14h"):
	// the one it declares, or for copied text the one its words show.
	if root != nil {
		d.norm.Language = d.Lang()
	} else {
		d.norm.Language = lexicon.GuessLanguage(text)
	}
	d.eng = d.norm.engine()
	return d
}

// Root returns the parsed HTML tree, or nil for plain-text input.
func (d *Document) Root() *html.Node { return d.root }

// IsHTML reports whether the input was HTML.
func (d *Document) IsHTML() bool { return d.root != nil }

// Text returns the input text for plain-text input, "" for HTML.
func (d *Document) Text() string { return d.text }

// URL returns the page URL: the one given in Options, else the page's
// canonical link or og:url. It is nil when neither is known.
func (d *Document) URL() *url.URL {
	if d.url != nil {
		return d.url
	}
	d.loadMeta()
	return d.base
}

// Host returns the page URL's host name without a leading "www.", or "".
func (d *Document) Host() string {
	u := d.URL()
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// Resolve returns ref resolved against the page URL. It returns ref
// unchanged when either cannot be parsed, and "" for an empty ref.
func (d *Document) Resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	base := d.URL()
	if base == nil || render.PlainAbsoluteURL(ref) {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return base.ResolveReference(r).String()
}

// Location returns the publisher's zone given in Options, or nil.
func (d *Document) Location() *time.Location { return d.opts.Location }

// Now returns the reference time given in Options, or the zero Time.
func (d *Document) Now() time.Time { return d.opts.Now }

// Normalizer returns a timestamp normaliser set to the page's zone and
// reference time.
func (d *Document) Normalizer() *Normalizer { return d.norm }

// timeEngine returns the time engine set as Normalizer is.
func (d *Document) timeEngine() *timeparse.Normalizer { return &d.eng }

// Lang returns the page language from <html lang>, or "".
func (d *Document) Lang() string {
	d.loadMeta()
	return d.lang
}

// Title returns the page title: og:title, else <title>, else "".
func (d *Document) Title() string {
	d.loadMeta()
	if t := d.meta["og:title"]; t != "" {
		return t
	}
	return d.title
}

// Meta returns the content of the first <meta> whose name, property or
// itemprop equals key (case-insensitive), or "".
func (d *Document) Meta(key string) string {
	d.loadMeta()
	return d.meta[strings.ToLower(key)]
}

// QueryAll returns the nodes under the root that match sel, in document
// order. It returns nil for plain-text input.
func (d *Document) QueryAll(sel cascadia.Matcher) []*html.Node {
	if d.root == nil {
		return nil
	}
	return cascadia.QueryAll(d.root, sel)
}

// Query returns the first node under the root that matches sel, or nil.
func (d *Document) Query(sel cascadia.Matcher) *html.Node {
	if d.root == nil {
		return nil
	}
	return cascadia.Query(d.root, sel)
}

// JSONLD returns the page's JSON-LD blocks (<script type="application/ld+json">)
// that hold valid JSON, undecoded, in document order. A block that is
// not valid JSON is skipped. The blocks are found once, on first call.
func (d *Document) JSONLD() []json.RawMessage { return d.jsonLD().RawMessages() }

// jsonLD returns the page's JSON-LD blocks, raw, found on first call:
// every reader of the page's JSON-LD asks them, so each block is checked
// and decoded at most once.
func (d *Document) jsonLD() *jsonld.Blocks {
	d.ldOnce.Do(func() { d.ld = jsonld.NewBlocks(d.index().JSONLD) })
	return d.ld
}

// index returns the index of the page's tree (internal/docindex), built
// in one walk on first call: the generic extractors, the page's dates
// and links read it instead of walking the tree again. A plain-text
// page's index is empty.
func (d *Document) index() *docindex.Index {
	d.ixOnce.Do(func() { d.ix = docindex.Build(d.root, d.URL()) })
	return d.ix
}

// firstH1 returns the page's first <h1>, or nil.
func (d *Document) firstH1() *html.Node {
	if h := d.index().H1; len(h) > 0 {
		return h[0]
	}
	return nil
}

// rootAt is the position of the tree's root in the index, as
// marks.Collect takes it: -1 for a document, 0 for a tree that is one
// element (ParseNode).
func (d *Document) rootAt() int {
	if d.root != nil && d.root.Type == html.ElementNode {
		return 0
	}
	return -1
}

// loadMeta walks <head> (and <html>) once for the facts every extractor
// may ask about.
func (d *Document) loadMeta() {
	d.metaOnce.Do(func() {
		d.meta = map[string]string{}
		if d.root == nil {
			return
		}
		var head *html.Node
		for n := range d.root.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			if n.DataAtom == atom.Html {
				d.lang = strings.TrimSpace(dom.Attr(n, "lang"))
				continue
			}
			if n.DataAtom == atom.Head {
				head = n
			}
			break
		}
		if head == nil {
			return
		}
		for n := range head.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			switch n.DataAtom {
			case atom.Title:
				if d.title == "" && n.FirstChild != nil {
					d.title = dom.Clean(n.FirstChild.Data)
				}
			case atom.Meta:
				key := dom.Attr(n, "property")
				if key == "" {
					key = dom.Attr(n, "name")
				}
				if key == "" {
					key = dom.Attr(n, "itemprop")
				}
				key = strings.ToLower(key)
				if key != "" && d.meta[key] == "" {
					d.meta[key] = dom.Clean(dom.Attr(n, "content"))
				}
			case atom.Link:
				if d.base == nil && strings.EqualFold(dom.Attr(n, "rel"), "canonical") {
					if u, err := url.Parse(strings.TrimSpace(dom.Attr(n, "href"))); err == nil && isWebURL(u) {
						d.base = u
					}
				}
			}
		}
		if d.base == nil {
			if u, err := url.Parse(d.meta["og:url"]); err == nil && isWebURL(u) {
				d.base = u
			}
		}
	})
}

// isWebURL reports whether u is an absolute http or https URL: the only
// page addresses links may be resolved against or reported as the page's
// (a canonical "javascript:" link must not become Blog.URL).
func isWebURL(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Attr returns the value of n's attribute key (lower-case), or "".
// It is a convenience for extractors.
func Attr(n *html.Node, key string) string { return dom.Attr(n, key) }

// pageLinks returns the page's adjoining pages and AMP alternate, and the
// vendor embeds it holds, found in the index's walk.
func (d *Document) pageLinks() (paging.Links, []Feed) {
	d.linksOnce.Do(func() {
		ix := d.index()
		d.links = ix.Links
		for _, f := range ix.Feeds {
			d.embeds = append(d.embeds, Feed(f))
		}
	})
	return d.links, d.embeds
}

// feeds returns the vendor embeds of the page.
func (d *Document) feeds() []Feed {
	_, f := d.pageLinks()
	return f
}

// pageFacts returns what internal/pagedate reads of the page, gathered
// once.
func (d *Document) pageFacts() *pagedate.Page {
	d.factsOnce.Do(func() {
		p := &pagedate.Page{Meta: d.Meta, JSONLD: d.jsonLD(), HTML: d.root != nil, URL: d.URL(), Host: d.Host(), Lang: d.Lang()}
		if d.root != nil {
			ix := d.index()
			p.H1 = d.firstH1()
			p.Stamps = ix.Stamps[:min(len(ix.Stamps), pagedate.MaxZoneEvidence)]
		}
		d.facts = p
	})
	return d.facts
}
