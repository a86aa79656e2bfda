package detect

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// wordRelativeLabel: a time label that counts back in words alone, no
// digit ("an hour ago", "לפני שעה"), read on pages that call themselves
// live only (marks.wordRelativeLabel).
func (p *page) wordRelativeLabel(f *frame, e *elem, depth int32) (mark, bool) {
	m := mark{clock: -1}
	switch e.atom {
	case atom.Span, atom.Div, atom.P, atom.Small, atom.Em, atom.I, atom.B, atom.Strong, atom.Li:
	default:
		return m, false
	}
	if f.want&wLabel == 0 || f.shape || f.size == 0 || f.size > maxWordLabel {
		return m, false
	}
	s := p.labelText(f, depth)
	if len(s) > maxWordLabel || strings.ContainsAny(s, "0123456789") {
		return m, false
	}
	st, err := p.norm.Read(s)
	if err != nil || !st.Relative || !st.HasTime {
		return m, false
	}
	m.src, m.day, m.rel = srcText, st.Time, true
	return m, true
}

// maxWordLabel is the longest relative label without a digit read.
const maxWordLabel = 40
