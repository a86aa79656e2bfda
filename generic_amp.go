package liveblog

// ampExtractor reads AMP live lists: <amp-live-list> holds its entries as
// the children of its [items] element, each with an id and a
// data-sort-time. The time shown to the reader is the <amp-timeago
// datetime> inside an entry; data-sort-time (and data-update-time) only
// order the list and can be far from the displayed time, so they are used
// only for entries without an amp-timeago or <time>. Children without
// data-sort-time (ad slots, "load more" buttons) are not entries.
type ampExtractor struct{}

func (ampExtractor) Name() string { return "amp" }

func (ampExtractor) Match(d *Document) bool { return d.index().AMPList }

func (ampExtractor) Extract(d *Document) (*Result, error) {
	entries := containerEntries(d, d.index().AMPItems)
	return buildResult(d, entries)
}
