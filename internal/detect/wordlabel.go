package detect

import (
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// wordRelativeLabel: a time label that counts back in words alone, no
// digit ("an hour ago", "לפני שעה"), read on pages that call themselves
// live only (marks.wordRelativeLabel, timeparse.Normalizer.WordRelative).
func (p *page) wordRelativeLabel(f *frame, e *elem, depth int32) (mark, bool) {
	m := mark{clock: -1}
	switch e.atom {
	case atom.Span, atom.Div, atom.P, atom.Small, atom.Em, atom.I, atom.B, atom.Strong, atom.Li:
	default:
		return m, false
	}
	if f.want&wLabel == 0 || f.shape || f.size == 0 || f.size > timeparse.MaxWordLabel {
		return m, false
	}
	day, ok := p.norm.WordRelative(p.labelText(f, depth))
	if !ok {
		return m, false
	}
	m.src, m.day, m.rel = srcText, day, true
	return m, true
}
