package liveblog

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unsafe"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/detect"
	"github.com/liveblog-go/liveblog/internal/input"
)

// Detection is what Detect tells of a page without extracting it.
type Detection struct {
	// Live reports that Parse would return entries.
	Live bool `json:"live"`
	// Confidence is how sure the detector is that the page is a live
	// blog, in [0, 1]: at least 0.5 when Live, below 0.5 otherwise (the
	// README's "Detection" shows the bands the fixtures fall in).
	Confidence float64 `json:"confidence"`
	// Extractor names the extractor Parse would use ("" when none).
	Extractor string `json:"extractor,omitempty"`
	// Entries is how many entries that extractor would find, as far as
	// the detector sees them (Parse may merge a repeated one).
	Entries int `json:"entries"`
	// Evidence lists the reasons, short and machine-readable, the
	// deciding one first: "jsonld:LiveBlogPosting updates=79", "stream:
	// 30 entries under div.live-event-entries, times run one way", "title
	// says live", "adapter:guardian matches on head".
	Evidence []string `json:"evidence"`
}

// Detect tells whether r holds a live blog, with the default options,
// without extracting its entries. An HTML page is read once, without
// building its tree, for well under half the cost of Parse; copied text
// goes to the text reader, most of Parse's cost. Its verdict agrees with
// Parse's on every page the project tests on; where a site adapter
// matches, the adapter's own reading is not run (the Evidence says so).
func Detect(r io.Reader) (Detection, error) { return defaultParser.Detect(r) }

// DetectNode is Detect on an already parsed HTML tree.
func DetectNode(root *html.Node) (Detection, error) { return defaultParser.DetectNode(root) }

// Detect tells whether r holds a live blog, with the parser's options.
// Its errors are Parse's for input it cannot read (too large, unknown
// charset, nested deeper than html.Parse accepts, an unknown
// Options.Extractor); a page that is not a live blog is a Detection with
// Live false, not an error.
func (p *Parser) Detect(r io.Reader) (Detection, error) {
	buf, err := p.read(r)
	if err != nil {
		return Detection{}, err
	}
	defer input.Release(buf)
	d, _, _, err := p.detectBytes(*buf)
	return d, err
}

// detectBytes is Detect on the input's bytes; it also returns the
// detector's report (nil for text and binary data) and the decoded page.
func (p *Parser) detectBytes(raw []byte) (Detection, *detect.Report, string, error) {
	data, isHTML, err := p.decode(raw)
	switch {
	case errors.Is(err, ErrNotLiveBlog):
		return Detection{Evidence: []string{"binary data"}}, nil, "", nil
	case err != nil:
		return Detection{}, nil, "", err
	}
	// The page is read in place (unsafe.String): the buffer goes back to
	// the pool when Detect returns, and nothing Detect returns refers to
	// it (every reason is a string of its own; TestDetectionOutlivesInput
	// holds it). A copy was a tenth of Detect's time on a large page.
	in, s := p.detectInput(), unsafe.String(unsafe.SliceData(data), len(data))
	if !isHTML {
		d, err := p.detectText(s, in)
		return d, nil, s, err
	}
	rep := detect.HTML(s, in)
	if rep.TooDeep {
		return Detection{}, nil, s, errors.New("liveblog: parsing HTML: html: open stack of elements exceeds 512 nodes")
	}
	d, err := p.decide(rep, nil)
	return d, rep, s, err
}

// Trial is what one extractor made of a page (see Explain): whether its
// Match accepted it (a forced extractor is not asked), how many entries
// Parse would return with it, its own failure other than finding none,
// and for a generic extractor the detector's reading (its evidence, or
// why it declines).
type Trial struct {
	Extractor string `json:"extractor"`
	Matched   bool   `json:"matched"`
	Entries   int    `json:"entries"`
	Error     string `json:"error,omitempty"`
	Detector  string `json:"detector,omitempty"`
}

// Explain is Detect, then a run of every extractor Parse would try, in
// order, on the same page: what each one's Match said and how many
// entries each found, so that a person can see why the page was read as
// it was and why the runners-up declined. It costs a Parse per extractor
// that matches; Detect is for routing, Explain for asking why.
func (p *Parser) Explain(r io.Reader) (Detection, []Trial, error) {
	buf, err := p.read(r)
	if err != nil {
		return Detection{}, nil, err
	}
	defer input.Release(buf)
	det, rep, s, err := p.detectBytes(*buf)
	if err != nil || s == "" {
		return det, nil, err
	}
	doc := newDocument(nil, s, &p.opts)
	if rep != nil {
		root, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return det, nil, fmt.Errorf("liveblog: parsing HTML: %w", err)
		}
		doc = newDocument(root, "", &p.opts)
	} else {
		rep = detect.Text(s, p.detectInput())
	}
	list, err := p.candidates()
	var trials []Trial
	for _, e := range list {
		t := Trial{Extractor: e.Name(), Matched: p.opts.Extractor != "" || e.Match(doc)}
		if v, ok := rep.Verdict(e.Name()); ok && isBuiltin(e) {
			t.Detector = v.Why
		}
		if t.Matched {
			blog, err := p.extract(doc, e)
			switch {
			case err == nil:
				t.Entries = len(blog.Entries)
			case !errors.Is(err, ErrNotLiveBlog):
				t.Error = err.Error()
			}
		}
		trials = append(trials, t)
	}
	return det, trials, err
}

// DetectNode tells whether an already parsed HTML tree holds a live blog.
func (p *Parser) DetectNode(root *html.Node) (Detection, error) {
	if root == nil {
		return Detection{Evidence: []string{"nil tree"}}, nil
	}
	return p.decide(detect.Tree(root, p.detectInput()), newDocument(root, "", &p.opts))
}

func (p *Parser) detectInput() *detect.Input {
	in := &detect.Input{Norm: (&Normalizer{Location: p.opts.Location, Now: p.opts.Now}).engine(), Now: p.opts.Now, Captured: p.opts.Captured}
	if p.opts.URL != "" {
		in.URL, _ = url.Parse(p.opts.URL)
	}
	return in
}

// detectText reads copied text: a site adapter that matches it runs (its
// Match and Extract need no tree), else the text reader.
func (p *Parser) detectText(text string, in *detect.Input) (Detection, error) {
	d := newDocument(nil, text, &p.opts)
	list, err := p.candidates()
	if err != nil {
		return Detection{}, err
	}
	var declined []string
	for _, e := range sites(list) {
		if !(p.opts.Extractor != "" || e.Match(d)) {
			continue
		}
		if n := draftCount(e, d); n > 0 {
			return Detection{Live: true, Confidence: 0.9, Extractor: e.Name(), Entries: n,
				Evidence: []string{fmt.Sprintf("adapter:%s read %d entries", e.Name(), n)}}, nil
		}
		declined = append(declined, "adapter:"+e.Name()+" matches, finds no entries")
	}
	dec := detect.Text(text, in).Decide(genericOrder(list))
	dec.Evidence = append(dec.Evidence, declined...)
	return Detection(dec), nil
}

// draftCount runs one extractor's Extract, without the finishing step,
// and counts its drafts; a panic counts as none.
func draftCount(e Extractor, d *Document) (n int) {
	defer func() {
		if recover() != nil {
			n = 0
		}
	}()
	if res, err := e.Extract(d); err == nil && res != nil {
		return len(res.Entries)
	}
	return 0
}

// decide turns the detector's report into a Detection for the parser's
// registry: the first site adapter whose Match accepts the page (on d
// when the tree is at hand, else on a sketch of the page's head, then of
// its elements), else the first generic extractor whose verdict finds
// entries.
func (p *Parser) decide(rep *detect.Report, d *Document) (Detection, error) {
	list, err := p.candidates()
	if err != nil {
		return Detection{}, err
	}
	order := genericOrder(list)
	if len(order) == 0 {
		order = genericOrder(genericExtractors) // a forced site adapter
	}
	dec := rep.Decide(order)
	adapters := sites(list)
	if len(adapters) == 0 {
		return Detection(dec), nil
	}
	on := "tree"
	docs := []*Document{d}
	if d == nil {
		docs = []*Document{newDocument(rep.Sketch(false), "", &p.opts), nil}
		on = "head"
	}
	for _, doc := range docs {
		if doc == nil {
			doc, on = newDocument(rep.Sketch(true), "", &p.opts), "markup"
		}
		for _, e := range adapters {
			if p.opts.Extractor != "" || e.Match(doc) {
				return Detection(rep.Adapter(dec, e.Name(), on)), nil
			}
		}
	}
	return Detection(dec), nil
}

// candidates returns the extractors Parse would try: the forced one, or
// the registry's.
func (p *Parser) candidates() ([]Extractor, error) {
	if p.opts.Extractor == "" {
		return p.opts.Registry.Extractors(), nil
	}
	e, ok := p.opts.Registry.Lookup(p.opts.Extractor)
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrUnknownExtractor, p.opts.Extractor)
	}
	return []Extractor{e}, nil
}

// sites returns the extractors of list that come before the generic
// ones: the site adapters. Extractors appended after the generic ones are
// not judged.
func sites(list []Extractor) []Extractor {
	for i, e := range list {
		if isBuiltin(e) {
			return list[:i]
		}
	}
	return list
}

// genericOrder lists the built-in generic extractors among list, in order.
func genericOrder(list []Extractor) []string {
	var out []string
	for _, e := range list {
		if isBuiltin(e) {
			out = append(out, e.Name())
		}
	}
	return out
}

// isBuiltin reports a built-in generic extractor.
func isBuiltin(e Extractor) bool {
	switch e.(type) {
	case ampExtractor, microdataExtractor, wordpressExtractor, structuralExtractor, jsonldExtractor, textExtractor:
		return true
	}
	return false
}

// Confidence is how sure the detector is that the page Parse read as b
// is a live blog: Detect's score, worked out from what b tells (its
// extractor, its entries, whether its headline or address calls it
// live), so that reading it off a parsed Blog costs nothing. It is
// within 0.1 of Detect's on the project's fixtures (a headline may leave
// out the live word of the page's <title>). It is 0 for a Blog without
// entries.
func (b *Blog) Confidence() float64 {
	if b == nil || len(b.Entries) == 0 {
		return 0
	}
	u, _ := url.Parse(b.URL)
	return detect.Confidence(detect.Facts{Extractor: b.Extractor, Entries: len(b.Entries),
		TitleLive: detect.SaysLive(b.Title), URLLive: detect.URLSaysLive(u)})
}
