package liveblog

import "github.com/liveblog-go/liveblog/internal/textread"

// textExtractor reads the text of a live blog as a reader copies it out
// of a browser (select-all and copy) or dumps it with a text browser
// (lynx -dump, w3m -dump): any input that is not HTML. The reading is
// internal/textread's (its package doc says how); this extractor only
// hands it the page's text, times and address, and turns the entries it
// finds into drafts.
type textExtractor struct{}

func (textExtractor) Name() string { return "text" }

func (textExtractor) Match(d *Document) bool { return !d.IsHTML() }

func (textExtractor) Extract(d *Document) (*Result, error) {
	page, ok := textread.Read(&textread.Input{
		Text:     d.Text(),
		Norm:     d.Normalizer().engine(),
		Now:      d.Now(),
		Captured: d.opts.Captured,
		URL:      d.URL(),
	})
	if !ok {
		return nil, ErrNotLiveBlog
	}
	res := &Result{Title: page.Title, Summary: page.Summary, DatedBy: DateSource(page.DatedBy), Entries: make([]Draft, 0, len(page.Entries))}
	for _, e := range page.Entries {
		res.Entries = append(res.Entries, Draft{
			Time:     e.Time,
			RawTime:  e.RawTime,
			Clock:    e.Clock,
			Title:    e.Title,
			Text:     e.Text,
			Authors:  e.Authors,
			KeyEvent: e.KeyEvent,
			Pinned:   e.Pinned,
		})
	}
	return res, nil
}
