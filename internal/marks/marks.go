// Package marks tells what a time mark is: an element of a page that
// stamps an entry with its time — a <time> or <amp-timeago>, a datetime
// or epoch attribute, microdata, a heading that opens with a clock
// ("12.31 Uhr: Title"), a short printed label, a match clock — and
// collects a page's marks in page order. It reads elements of a parsed
// tree and times through internal/timeparse; internal/stream and the
// root package's extractors build entries around the marks.
package marks

import (
	"github.com/liveblog-go/liveblog/internal/dom"
	"github.com/liveblog-go/liveblog/internal/lexicon"
	"github.com/liveblog-go/liveblog/internal/timeparse"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Source says where an entry time was found. The order is the order of
// trust within one entry: a datetime attribute on the element the reader
// sees beats a microdata date, which beats a hidden epoch attribute used to
// sort the feed, which beats a clock printed as text.
type Source int

const (
	NoSource  Source = iota // no time found
	Printed                 // a clock printed as text ("12.31 Uhr", "21:00")
	DataAttr                // a data-* attribute holding an epoch or ISO time
	Microdata               // itemprop="datePublished"
	Visible                 // the datetime of a <time> or <amp-timeago>
)

// Mark is one time stamp found in the page.
type Mark struct {
	Node    *html.Node // the element that carries it
	Time    time.Time  // the machine-readable instant; zero when only printed
	Src     Source
	ISO     bool   // Time came from an ISO 8601 string (which may name a wrong zone), not an epoch
	Edited  bool   // the element names itself an edit time ("lastpublished", "updated"): not the posting time
	Raw     string // the clock as printed, when there is one
	Heading bool   // node is a heading (or lead paragraph) whose text starts with a clock
	Plain   bool   // a heading mark on a plain paragraph: its text after the clock is body, not a title
	Rest    string // for a heading mark, the heading text after the clock
	// Cut is, for a plain mark, the text that opens the paragraph before
	// its body: the clock and its separator ("17.45 Uhr: ", "16.20 "),
	// which the body leaves out as a heading leaves out its clock.
	Cut   string
	Clock int // minutes after midnight of the printed clock, -1 when none
	// Day is the instant a printed label gives when it names the day too
	// ("31.03.2024 • 09:42 Uhr"), read before the page's zone is known:
	// good for telling the order and spacing of entries, not as their time.
	Day time.Time
	// Head is what a printed label holds beside its stamp ("By Ann Lee"
	// of "By Ann Lee, 30 October 2024, 14:05", "by Aroha Smith" of
	// "Posted 2:47pm by Aroha Smith"): a byline or flag.
	Head string
	// Match is a match clock as printed ("90'+3", "HT", "14.2"): sports
	// commentary marks its entries with it instead of a time of day. Seq
	// orders match clocks: minutes, or balls for cricket overs.
	Match string
	Seq   float64
	// Bare marks a paragraph that is nothing but a stamp ("6:35 p.m.",
	// "noon"): the heading of the rolling update below it, when the page
	// shows it is one (see Collect).
	Bare bool
	// Relative marks a printed label that counts back from now ("vor 5
	// Minuten", "2 hours ago"): on a page that does not call itself live
	// it is no stamp (comment threads and forums print them too).
	Relative bool
}

// Has reports whether the mark gives a machine-readable instant.
func (m *Mark) Has() bool { return !m.Time.IsZero() }

// Best returns the most trustworthy time mark of the entry: the
// highest Source, the first in page order among equals, a posting time
// before one labelled as an edit time.
func Best(marks []Mark) *Mark {
	var best *Mark
	for i := range marks {
		if best == nil || marks[i].Src > best.Src ||
			marks[i].Src == best.Src && best.Edited && !marks[i].Edited {
			best = &marks[i]
		}
	}
	return best
}

// FirstMatch returns the first match-clock mark among marks, or nil.
func FirstMatch(marks []Mark) *Mark {
	for i := range marks {
		if marks[i].Match != "" {
			return &marks[i]
		}
	}
	return nil
}

// PrintedDay returns the day-and-time of the first printed label among
// marks that names its day, or zero.
func PrintedDay(marks []Mark) time.Time {
	for i := range marks {
		if !marks[i].Day.IsZero() {
			return marks[i].Day
		}
	}
	return time.Time{}
}

// namesEditTime reports whether time element n labels itself an edit time.
func namesEditTime(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "data-testid", "itemprop", "data-qa":
			if containsAny(strings.ToLower(a.Val), lexicon.EditTimeParts) {
				return true
			}
		}
	}
	return false
}

// Of reports whether element n carries a time stamp, and which. norm
// reads printed labels (nil: labels are not read).
func Of(n *html.Node, norm *timeparse.Normalizer) (Mark, bool) {
	m := Mark{Node: n, Clock: -1}
	switch {
	case n.DataAtom == atom.Time || n.Data == "amp-timeago":
		return timeElementMark(m, norm)
	case n.DataAtom == atom.Abbr && lexicon.PublishedClasses.HasPart(dom.Attr(n, "class")):
		// hAtom / microformats: <abbr class="published" title="ISO">
		if t, iso, ok := timeparse.MachineTime(dom.Attr(n, "title")); ok {
			m.Time, m.ISO, m.Src, m.Raw = t, iso, Visible, dom.Text(n)
			m.Clock = timeparse.ClockMinutes(m.Raw)
			return m, true
		}
		return m, false
	case strings.EqualFold(dom.Attr(n, "itemprop"), "datePublished"):
		v := dom.Attr(n, "content")
		if v == "" {
			v = dom.Attr(n, "datetime")
		}
		if t, iso, ok := timeparse.MachineTime(v); ok {
			m.Time, m.ISO, m.Src = t, iso, Microdata
			return m, true
		}
		return m, false
	case dom.IsHeading(n):
		if text := dom.Text(n); len(text) <= 400 {
			if m, ok := leadingClockMark(m, text); ok {
				return m, true
			}
		}
	case n.DataAtom == atom.P && leadsWithBold(n):
		// "<p><b>12.31 Uhr:</b> text</p>" or "<p><b>12.31 Uhr: Title</b> text</p>"
		if m, ok := leadingClockMark(m, dom.Text(dom.FirstElementChild(n))); ok {
			return m, true
		}
	}
	if t, iso, ok := timeAttribute(n); ok {
		m.Time, m.ISO, m.Src = t, iso, DataAttr
		return m, true
	}
	if clock, seq, ok := matchClockOf(n); ok {
		m.Match, m.Seq = clock, seq
		return m, true
	}
	if raw, day, rel, ok := printedLabel(n, norm); ok {
		m.Raw, m.Src, m.Clock, m.Day, m.Relative = raw, Printed, timeparse.ClockMinutes(raw), day, rel
		if rel {
			if tip, tday, ok := tooltipStamp(n, norm); ok {
				// "<span title="14 May 2024, 10:02">1 hour ago</span>":
				// the tooltip prints the time the label counts to. The
				// mark stays Relative: a forum's "5 hours ago" has a
				// tooltip too, and counts only where the page says live.
				m.Raw, m.Day, m.Clock = tip, tday, timeparse.ClockMinutes(tip)
				return m, true
			}
			m.Clock = -1 // "il y a 2 h" is no clock
		}
		if full := labelText(n); len(full) > len(raw) {
			switch {
			case strings.HasSuffix(full, raw):
				m.Head = strings.Trim(full[:len(full)-len(raw)], " ,;|·•-–—")
			case strings.HasPrefix(full, raw):
				m.Head = strings.Trim(full[len(raw):], " ,;|·•-–—") // "… by Aroha Smith"
			}
		}
		return m, true
	}
	return m, false
}

// timeElementMark reads a <time> or <amp-timeago> element.
func timeElementMark(m Mark, norm *timeparse.Normalizer) (Mark, bool) {
	n := m.Node
	m.Raw = labelText(n)
	dt := dom.Attr(n, "datetime")
	if t, iso, ok := timeparse.MachineTime(dt); ok {
		m.Time, m.ISO, m.Src = t, iso, Visible
		m.Edited = namesEditTime(n)
	} else if timeparse.LocalDateTime(dt) {
		// A local date and time (HTML allows it, WordPress themes
		// print it): the publisher's wall clock, read in the page's
		// zone like a printed label, and better than a visible
		// "3 hours ago".
		m.Raw, m.Src = strings.TrimSpace(dt), Printed
		m.Edited = namesEditTime(n)
		if norm != nil {
			if st, err := norm.Read(m.Raw); err == nil && st.HasDate {
				m.Day = st.Time
			}
		}
	} else if c := timeparse.ClockMinutes(m.Raw); c >= 0 {
		m.Src = Printed
	}
	if m.Src == NoSource {
		return m, false
	}
	m.Clock = timeparse.ClockMinutes(m.Raw)
	if n.Data == "amp-timeago" {
		m.Raw = "" // its text is the epoch the script formats
		m.Clock = -1
	}
	return m, true
}

// leadingClockMark makes a heading mark of a text that starts with a
// clock ("12.31 Uhr: Title").
func leadingClockMark(m Mark, text string) (Mark, bool) {
	clock, rest, ok := timeparse.LeadingClock(text)
	if !ok {
		return m, false
	}
	m.Raw, m.Rest, m.Heading, m.Src, m.Clock = clock, rest, true, Printed, timeparse.ClockMinutes(clock)
	return m, true
}

// timeAttribute reads the first data-* attribute of n whose name says it
// holds the entry's own time and whose value is a machine time.
func timeAttribute(n *html.Node) (time.Time, bool, bool) {
	for _, a := range n.Attr {
		if !strings.HasPrefix(a.Key, "data-") || len(a.Val) < 10 {
			continue
		}
		k := a.Key[5:]
		if !containsAny(k, lexicon.EntryTimeAttrParts) || containsAny(k, lexicon.NotEntryTimeAttrParts) {
			continue
		}
		if t, iso, ok := timeparse.MachineTime(a.Val); ok {
			return t, iso, true
		}
	}
	return time.Time{}, false, false
}

// maxLabel is the longest text a printed time label may have
// ("Dienstag, 27. August 2024, 14:05 Uhr" fits).
const maxLabel = 64

// printedLabel reports whether n is a time stamp printed as plain text in
// an element of its own, as pages without <time> mark their entries
// (<span class="date">14:05</span>, <div>31.03.2024 • 09:42 Uhr</div>),
// and returns the label as a reader sees it. n must hold only text (and
// inline elements): a short text with a time of day, nothing but date and
// time words, or a relative stamp ("vor 5 Minuten"), that norm reads
// (Normalizer.Label). day is the instant the label gives when it names
// the day as well or counts back from now (read in norm's zone, so only
// good for ordering), else zero.
func printedLabel(n *html.Node, norm *timeparse.Normalizer) (raw string, day time.Time, relative, ok bool) {
	if norm == nil || n.FirstChild == nil {
		return "", time.Time{}, false, false
	}
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.P, atom.Small, atom.Strong, atom.B, atom.Em, atom.I, atom.A, atom.Li, atom.Dt, atom.Dd, atom.Header, atom.Footer, atom.Td, atom.Th:
	default:
		return "", time.Time{}, false, false
	}
	// Text, and inline elements that hold only text: two levels at most,
	// so that the check costs little on every element of the page.
	size, shape, children := 0, false, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if children++; children > maxLabel {
			return "", time.Time{}, false, false // a label holds a few nodes
		}
		switch c.Type {
		case html.TextNode:
			size += len(strings.TrimSpace(c.Data))
			shape = shape || timeparse.MayHoldStamp(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Abbr, atom.Small, atom.Br, atom.Sup:
			default:
				return "", time.Time{}, false, false
			}
			if _, _, timed := timeAttribute(c); timed {
				return "", time.Time{}, false, false // the child's attribute is the stamp
			}
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				switch g.Type {
				case html.TextNode:
					size += len(strings.TrimSpace(g.Data))
					shape = shape || timeparse.MayHoldStamp(g.Data)
				case html.ElementNode:
					return "", time.Time{}, false, false
				}
			}
		}
		if size > 2*maxLabel {
			return "", time.Time{}, false, false
		}
	}
	if !shape {
		return "", time.Time{}, false, false
	}
	s := labelText(n)
	if len(s) > maxLabel {
		return "", time.Time{}, false, false
	}
	return norm.Label(s)
}

// tooltipStamp reads the title attribute of a relative label ("1 hour
// ago") as the stamp it stands for: a date line with a clock that names
// its day ("14 May 2024, 10:02").
// The title may sit on the label or on an inline element inside it.
func tooltipStamp(n *html.Node, norm *timeparse.Normalizer) (raw string, day time.Time, ok bool) {
	tip := dom.Attr(n, "title")
	for c := n.FirstChild; tip == "" && c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			tip = dom.Attr(c, "title")
		}
	}
	tip = dom.Clean(tip)
	if tip == "" || len(tip) > maxLabel || timeparse.ClockMinutes(tip) < 0 {
		return "", time.Time{}, false
	}
	raw, day, rel, ok := norm.Label(tip)
	if !ok || rel || day.IsZero() {
		return "", time.Time{}, false
	}
	return raw, day, true
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// leadsWithBold reports whether paragraph n starts with a <strong> or <b>:
// tickers that have no headings print "<p><b>12.31 Uhr:</b> text</p>".
func leadsWithBold(n *html.Node) bool {
	c := dom.FirstElementChild(n)
	return c != nil && (c.DataAtom == atom.Strong || c.DataAtom == atom.B) && dom.LeadsWith(n, c)
}

// labelText returns the text of a time label as a sighted reader sees it.
// Pages often pair the visible time with a twin for screen readers
// ("<span class=sr-only>posted at 14:18</span><span aria-hidden>14:18</span>"):
// the screen-reader copy is left out, unless it is all the label holds.
func labelText(n *html.Node) string {
	var seen strings.Builder
	hidden := false
	dom.Walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.ElementNode:
			if dom.Skipped(c) {
				return false
			}
			if c != n && isScreenReaderOnly(c) {
				hidden = true
				return false
			}
		case html.TextNode:
			seen.WriteString(c.Data)
			seen.WriteByte(' ')
		}
		return true
	})
	s := dom.Clean(seen.String())
	if s == "" && hidden {
		return dom.Text(n)
	}
	return s
}

// squashClass returns class name c lower-cased without "-" and "_", in
// a buffer of its own (a map lookup with string(squashClass(c)) does not
// allocate).
func squashClass(c string) []byte {
	var buf [32]byte
	out := buf[:0]
	for i := 0; i < len(c); i++ {
		switch ch := c[i]; {
		case ch == '-' || ch == '_':
		case 'A' <= ch && ch <= 'Z':
			out = append(out, ch+'a'-'A')
		default:
			out = append(out, ch)
		}
	}
	return out
}

// isScreenReaderOnly reports whether element n carries text that only
// screen readers announce: a class from srOnlyClasses, or the hidden
// attribute.
func isScreenReaderOnly(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "class":
			for _, c := range strings.Fields(a.Val) {
				if lexicon.ScreenReaderClasses.Has(string(squashClass(c))) {
					return true
				}
			}
		}
	}
	return false
}

// maxBareStamp is the longest paragraph bareStampPara reads.
const maxBareStamp = 24

// bareStampPara reports whether paragraph n holds nothing but a time of
// day ("6:35 p.m.", "9 a.m.", "noon", "14.05 Uhr"): the way agency
// rolling-update articles open each update.
func bareStampPara(n *html.Node, norm *timeparse.Normalizer) (Mark, bool) {
	m := Mark{Node: n, Clock: -1}
	if n.DataAtom != atom.P || norm == nil {
		return m, false
	}
	s, ok := dom.ShortText(n, maxBareStamp)
	if !ok || s == "" {
		return m, false
	}
	st, err := norm.Read(s)
	if err != nil || !st.HasTime || st.Relative {
		return m, false
	}
	h, mi, _ := st.Time.Clock()
	m.Raw, m.Src, m.Heading, m.Bare, m.Clock = s, Printed, true, true, h*60+mi
	if st.HasDate {
		m.Day = st.Time
	}
	return m, true
}

// IsSeparator reports whether n is a paragraph of rule characters
// only ("___", "* * *", "———"): what separates rolling updates.
func IsSeparator(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.P {
		return false
	}
	s, ok := dom.ShortText(n, 40)
	if !ok || len(s) < 3 {
		return false
	}
	return strings.Trim(s, "_-*=—–•· ") == ""
}
