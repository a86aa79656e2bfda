package fetch

import (
	"bytes"
	"errors"
	"net/url"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/paging"
)

// alternate reads the vendor feeds, then the AMP alternate, of a page
// without entries, and returns the first that has entries.
func (w *walk) alternate(page *read) (*read, error) {
	type try struct {
		url  string
		kind Kind
		opts liveblog.Options
	}
	var tries []try
	addFeeds := func(feeds []liveblog.Feed) {
		if w.f.opts.NoEmbeds {
			return
		}
		for _, fd := range feeds {
			tries = append(tries, try{fd.URL, KindEmbed, feedOptions(w.f.opts.Parser, fd.Vendor)})
		}
	}
	var ee *liveblog.EmbedError
	amp := ""
	switch {
	case errors.As(page.err, &ee):
		addFeeds(ee.Feeds)
		if ee.Blog != nil {
			amp = ee.Blog.AMP
		}
	case errors.Is(page.err, liveblog.ErrNotLiveBlog):
		amp = ampOf(page)
	}
	if amp != "" && !w.f.opts.NoAMP {
		ampOpts := w.f.opts.Parser
		ampOpts.Extractor = ""
		tries = append(tries, try{amp, KindAMP, ampOpts})
	}
	w.record(page, 0, page.err)
	var failed []*PageError
	for i, n := 0, 0; i < len(tries) && n < maxAlternates; i++ {
		t := tries[i]
		if w.seen[pageKey(t.url)] {
			continue
		}
		n++
		r, err := w.read(t.url, t.kind, 1, !page.resp.Private, t.opts)
		if err != nil {
			pe := err.(*PageError)
			if w.ctx.Err() != nil {
				return nil, pe
			}
			w.skip(t.url, t.kind, 1, pe.Err)
			failed = append(failed, pe)
			continue
		}
		if r.blog != nil {
			return r, nil
		}
		w.record(r, 0, r.err)
		failed = append(failed, &PageError{URL: r.url, Kind: t.kind, Number: 1, Err: r.err})
		// An AMP page may itself hold the embed.
		if errors.As(r.err, &ee) {
			addFeeds(ee.Feeds)
		}
	}
	err := page.err
	if len(failed) > 0 {
		err = &noEntriesError{page: page.err, tries: failed}
	}
	return nil, &PageError{URL: page.url, Kind: page.kind, Number: 1, Err: err}
}

// ampOf finds the AMP alternate of a page Parse found no live blog in
// (Parse reports none then).
func ampOf(r *read) string {
	root, err := html.Parse(bytes.NewReader(r.resp.Body))
	if err != nil {
		return ""
	}
	u, err := url.Parse(r.url)
	if err != nil {
		return ""
	}
	return paging.Find(root, u).AMP
}
