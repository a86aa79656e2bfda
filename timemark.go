package liveblog

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// timeSource says where an entry time was found. The order is the order of
// trust within one entry: a datetime attribute on the element the reader
// sees beats a microdata date, which beats a hidden epoch attribute used to
// sort the feed, which beats a clock printed as text.
type timeSource int

const (
	srcNone      timeSource = iota
	srcText                 // a clock printed as text ("12.31 Uhr", "21:00")
	srcEpochAttr            // a data-* attribute holding an epoch or ISO time
	srcMicrodata            // itemprop="datePublished"
	srcVisible              // the datetime of a <time> or <amp-timeago>
)

// mark is one time stamp found in the page.
type mark struct {
	node    *html.Node // the element that carries it
	t       time.Time  // the machine-readable instant; zero when only printed
	src     timeSource
	iso     bool   // t came from an ISO 8601 string (which may name a wrong zone), not an epoch
	edited  bool   // the element names itself an edit time ("lastpublished", "updated"): not the posting time
	raw     string // the clock as printed, when there is one
	heading bool   // node is a heading (or lead paragraph) whose text starts with a clock
	plain   bool   // a heading mark on a plain paragraph: its text after the clock is body, not a title
	rest    string // for a heading mark, the heading text after the clock
	clock   int    // minutes after midnight of the printed clock, -1 when none
	// day is the instant a printed label gives when it names the day too
	// ("31.03.2024 • 09:42 Uhr"), read before the page's zone is known:
	// good for telling the order and spacing of entries, not as their time.
	day time.Time
	// head is what a printed label holds before its stamp ("By Ann Lee"
	// of "By Ann Lee, 30 October 2024, 14:05"): a byline or flag.
	head string
}

// parseMachineTime reads a machine-readable time as pages put in attributes:
// RFC 3339 with or without seconds or fraction, with a zone ("Z", "+02:00",
// "+0200"), or an epoch in seconds (10 digits) or milliseconds (13 digits)
// between 2000 and 2100. A value without a zone is not an instant and is
// rejected.
func parseMachineTime(s string) (t time.Time, iso bool, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}, false, false
	}
	if isDigits(s) {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, false, false
		}
		switch len(s) {
		case 13:
			t = time.UnixMilli(n).UTC()
		case 10:
			t = time.Unix(n, 0).UTC()
		default:
			return time.Time{}, false, false
		}
		if t.Year() < 2000 || t.Year() > 2100 {
			return time.Time{}, false, false
		}
		return t, false, true
	}
	if s[4] != '-' {
		return time.Time{}, false, false
	}
	s = strings.Replace(s, " ", "T", 1)
	for _, layout := range isoLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true, true
		}
	}
	return time.Time{}, false, false
}

// localDateTime is a datetime attribute with a day and a clock but no
// zone ("2024-05-04 14:05", "2024-05-04T14:05:00").
var localDateTime = regexp.MustCompile(`^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*$`)

// isoLayouts are the RFC 3339 variants found in datetime attributes. When
// parsing, Go accepts a fractional second after the seconds field.
var isoLayouts = []string{
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z0700",
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// headingClock matches a heading or lead that starts with a clock: "12.31
// Uhr: Title", "14:05 BST - Title", "9:30am | Title", "(IST) 21:06", or a
// heading that is only a clock. The clock must be followed by a zone or
// suffix word, a separator, or the end, so that "2.30 million" is not one.
var headingClock = regexp.MustCompile(`^\s*([01]?\d|2[0-3])[:.h]([0-5]\d)` +
	`(?:\s*(?:[Uu]hr|h|[AaPp]\.?[Mm]\.?|[A-Z]{2,5}|\([A-Z]{2,5}\)))?` +
	`(?:\s*$|\s*[:\-–—|•·]\s*|\s+(?:[Uu]hr|h|[AaPp]\.?[Mm]\.?|[A-Z]{2,5}|\([A-Z]{2,5}\))\s+)`)

// clockOf returns the minutes after midnight of the first clock in s, or -1.
// An "pm" right after the clock adds 12 hours.
//
// A clock is "14:05", "14.05", or the French and Portuguese "14h05". It
// is found by hand, not by a regular expression: this runs on the text of
// most short elements of a page, where backtracking cost more than the
// rest of the check.
func clockOf(s string) int {
	h, mi, end := findClock(s)
	if end < 0 {
		return -1
	}
	after := strings.ToLower(strings.TrimSpace(s[end:]))
	if h < 12 && (strings.HasPrefix(after, "pm") || strings.HasPrefix(after, "p.m")) {
		h += 12
	}
	if h == 12 && (strings.HasPrefix(after, "am") || strings.HasPrefix(after, "a.m")) {
		h = 0
	}
	return h*60 + mi
}

// findClock returns the hour and minute of the first clock in s (one or
// two digits of hour, 0–23, not preceded by a digit, '.' or ':'; then ':',
// '.' or 'h'; then two digits of minute, 00–59, not followed by a digit)
// and the index just after the minutes; end is -1 when s holds none.
func findClock(s string) (h, mi, end int) {
	for i := 1; i+2 < len(s); i++ {
		switch s[i] {
		case ':', '.', 'h':
		default:
			continue
		}
		if s[i+1] < '0' || s[i+1] > '5' || !isDigitByte(s[i+2]) || i+3 < len(s) && isDigitByte(s[i+3]) {
			continue
		}
		start := i
		for start > 0 && i-start < 3 && isDigitByte(s[start-1]) {
			start--
		}
		digits := i - start
		if digits == 0 || digits > 2 {
			continue
		}
		if start > 0 && (isDigitByte(s[start-1]) || s[start-1] == '.' || s[start-1] == ':') {
			continue
		}
		h = int(s[start] - '0')
		if digits == 2 {
			h = h*10 + int(s[start+1]-'0')
		}
		if h > 23 {
			continue
		}
		return h, int(s[i+1]-'0')*10 + int(s[i+2]-'0'), i + 3
	}
	return 0, 0, -1
}

// tickerClock matches a ticker heading framed by markers, as German news
// tickers print them: "+++ 00:35 Title +++", "*** 14:05 Uhr: Title ***",
// "■ 09:12 Title". The marker says "ticker entry", so the clock may be
// followed by the title with no separator.
var tickerClock = regexp.MustCompile(`^\s*(?:\+{1,3}|\*{2,3}|[■▪▶►●])\s*(([01]?\d|2[0-3])[:.h]([0-5]\d)(?:\s*(?:[Uu]hr|h|[AaPp]\.?[Mm]\.?|[A-Z]{2,5}))?)(?:\s*[:\-–—|•·]\s*|\s+|$)`)

// colonClockTitle matches a heading that opens with a colon clock and goes
// straight on to a capitalised title ("14:26 Kanzler reist nach Kiew"). A
// colon and two-digit minutes make a clock; "2.30 million" has neither.
var colonClockTitle = regexp.MustCompile(`^\s*(([01]?\d|2[0-3]):[0-5]\d)\s+\p{Lu}`)

// clockPrefix matches the word some languages put before a clock that
// opens an entry: Italian "ore", Polish "godz.", Scandinavian "kl.",
// Finnish "klo", German "um", Spanish "a las", Russian "в", Turkish "saat".
var clockPrefix = regexp.MustCompile(`(?i)^\s*(?:alle\s+ore|ore|o\s+godz\.?|godz\.?|kl\.?|klo|um|a\s+las|в|saat)\s*`)

// splitHeadingClock splits a heading's text into its leading clock and the
// title after it, without the ticker markers around it. ok is false when
// the text does not start with a clock.
func splitHeadingClock(s string) (clock, rest string, ok bool) {
	if m := clockPrefix.FindStringIndex(s); m != nil && m[1] < len(s) && isDigitByte(s[m[1]]) {
		// "Ore 14:05 - …", "godz. 14:05 …": the word before the clock
		// is not part of it.
		s = s[m[1]:]
	}
	if m := tickerClock.FindStringSubmatchIndex(s); m != nil {
		rest = strings.TrimSpace(s[m[1]:])
		rest = strings.TrimSpace(strings.TrimRight(rest, "+*■▪◀◄● "))
		return s[m[2]:m[3]], rest, true
	}
	loc := headingClock.FindStringIndex(s)
	if loc == nil {
		if m := colonClockTitle.FindStringSubmatchIndex(s); m != nil {
			return s[m[2]:m[3]], strings.TrimSpace(s[m[3]:]), true
		}
		return "", "", false
	}
	clock = strings.TrimSpace(s[:loc[1]])
	clock = strings.TrimRight(clock, ":-–—|•· ")
	return clock, strings.TrimSpace(s[loc[1]:]), true
}

var publishedWords = map[string]bool{"published": true, "dtstart": true}

// epochAttrWords name data-* attributes that hold an entry's own time; the
// ones in notEntryTimeWords hold an edit or expiry time instead.
var (
	epochAttrWords    = []string{"time", "date", "timestamp", "publish", "posted", "created", "epoch"}
	notEntryTimeWords = []string{"update", "modif", "edit", "expir", "end", "refresh", "now", "server", "current"}
)

// editTimeWords, in a time element's class, data-testid or itemprop,
// say it shows when the entry was last changed ("lastpublished-timestamp",
// "post__updated", itemprop=dateModified), not when it was posted.
var editTimeWords = []string{"last", "update", "modif", "edit"}

// namesEditTime reports whether time element n labels itself an edit time.
func namesEditTime(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "data-testid", "itemprop", "data-qa":
			if containsAny(strings.ToLower(a.Val), editTimeWords) {
				return true
			}
		}
	}
	return false
}

// markOf reports whether element n carries a time stamp, and which. norm
// reads printed labels (nil: labels are not read).
func markOf(n *html.Node, norm *Normalizer) (mark, bool) {
	m := mark{node: n, clock: -1}
	switch {
	case n.DataAtom == atom.Time || n.Data == "amp-timeago":
		m.raw = labelText(n)
		dt := attr(n, "datetime")
		if t, iso, ok := parseMachineTime(dt); ok {
			m.t, m.iso, m.src = t, iso, srcVisible
			m.edited = namesEditTime(n)
		} else if localDateTime.MatchString(dt) {
			// A local date and time (HTML allows it, WordPress themes
			// print it): the publisher's wall clock, read in the page's
			// zone like a printed label, and better than a visible
			// "3 hours ago".
			m.raw, m.src = strings.TrimSpace(dt), srcText
			m.edited = namesEditTime(n)
			if norm != nil {
				if st, err := norm.Read(m.raw); err == nil && st.HasDate {
					m.day = st.Time
				}
			}
		} else if c := clockOf(m.raw); c >= 0 {
			m.src = srcText
		}
		if m.src == srcNone {
			return m, false
		}
		m.clock = clockOf(m.raw)
		if n.Data == "amp-timeago" {
			m.raw = "" // its text is the epoch the script formats
			m.clock = -1
		}
		return m, true
	case n.DataAtom == atom.Abbr && hasWord(attr(n, "class"), publishedWords):
		// hAtom / microformats: <abbr class="published" title="ISO">
		if t, iso, ok := parseMachineTime(attr(n, "title")); ok {
			m.t, m.iso, m.src, m.raw = t, iso, srcVisible, cleanSpace(textOf(n))
			m.clock = clockOf(m.raw)
			return m, true
		}
		return m, false
	case strings.EqualFold(attr(n, "itemprop"), "datePublished"):
		v := attr(n, "content")
		if v == "" {
			v = attr(n, "datetime")
		}
		if t, iso, ok := parseMachineTime(v); ok {
			m.t, m.iso, m.src = t, iso, srcMicrodata
			return m, true
		}
		return m, false
	case isHeading(n):
		text := cleanSpace(textOf(n))
		if len(text) > 400 {
			break
		}
		clock, rest, ok := splitHeadingClock(text)
		if !ok {
			break
		}
		m.raw, m.rest, m.heading, m.src, m.clock = clock, rest, true, srcText, clockOf(clock)
		return m, true
	case n.DataAtom == atom.P && leadsWithBold(n):
		// "<p><b>12.31 Uhr:</b> text</p>" or "<p><b>12.31 Uhr: Title</b> text</p>"
		clock, rest, ok := splitHeadingClock(cleanSpace(textOf(firstElementChild(n))))
		if !ok {
			break
		}
		m.raw, m.rest, m.heading, m.src, m.clock = clock, rest, true, srcText, clockOf(clock)
		return m, true
	}
	for _, a := range n.Attr {
		if !strings.HasPrefix(a.Key, "data-") || len(a.Val) < 10 {
			continue
		}
		k := a.Key[5:]
		if !containsAny(k, epochAttrWords) || containsAny(k, notEntryTimeWords) {
			continue
		}
		if t, iso, ok := parseMachineTime(a.Val); ok {
			m.t, m.iso, m.src = t, iso, srcEpochAttr
			return m, true
		}
	}
	if raw, day, ok := printedLabel(n, norm); ok {
		m.raw, m.src, m.clock, m.day = raw, srcText, clockOf(raw), day
		if full := labelText(n); len(full) > len(raw) && strings.HasSuffix(full, raw) {
			m.head = strings.Trim(full[:len(full)-len(raw)], " ,;|·•-–—")
		}
		return m, true
	}
	return m, false
}

// boldLeadItem reports whether list item n opens with a bold clock
// ("<li><b>14:05</b> text</li>"), read like a bold-lead paragraph. Only
// pages that call themselves live are read this way: a programme list
// looks the same.
func boldLeadItem(n *html.Node) (mark, bool) {
	m := mark{node: n, clock: -1}
	if n.DataAtom != atom.Li || !leadsWithBold(n) {
		return m, false
	}
	clock, rest, ok := splitHeadingClock(cleanSpace(textOf(firstElementChild(n))))
	if !ok {
		return m, false
	}
	m.raw, m.rest, m.heading, m.src, m.clock = clock, rest, true, srcText, clockOf(clock)
	return m, m.clock >= 0
}

// plainClockPara reports whether paragraph n (with no bold lead) opens
// with a clock and a separator ("17.45 Uhr: …", "14:05 – …"), the ticker
// style of sites that put each entry in one plain paragraph. The text
// after the clock is the entry's body. Only pages that call themselves
// live are read this way (see pageSaysLive): a same-day timeline in an
// article looks the same.
func plainClockPara(n *html.Node) (mark, bool) {
	m := mark{node: n, clock: -1}
	if n.DataAtom != atom.P || leadsWithBold(n) {
		return m, false
	}
	// The cheap test first: the paragraph's first text starts with a digit.
	var first *html.Node
	for c := n.FirstChild; c != nil && first == nil; c = c.FirstChild {
		for ; c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == ""; c = c.NextSibling {
		}
		if c == nil {
			break
		}
		if c.Type == html.TextNode {
			first = c
			break
		}
		if c.Type != html.ElementNode {
			break
		}
	}
	if first == nil {
		return m, false
	}
	lead := strings.TrimSpace(first.Data)
	if m := clockPrefix.FindStringIndex(lead); m != nil && m[1] < len(lead) && isDigitByte(lead[m[1]]) {
		lead = lead[m[1]:]
	}
	if lead == "" || !isDigitByte(lead[0]) && lead[0] != '+' {
		return m, false
	}
	if len(lead) > 64 {
		lead = lead[:64]
	}
	var clock string
	if sm := tickerClock.FindStringSubmatch(lead); sm != nil {
		clock = sm[1]
	} else if loc := headingClock.FindStringIndex(lead); loc != nil {
		clock = strings.TrimRight(strings.TrimSpace(lead[:loc[1]]), ":-–—|•· ")
		if loc[1] == len(lead) && len(cleanSpace(textOf(n))) <= len(lead) {
			return m, false // a bare time label: no entry text follows
		}
	} else {
		return m, false
	}
	m.raw, m.heading, m.plain, m.src, m.clock = clock, true, true, srcText, clockOf(clock)
	return m, m.clock >= 0
}

// liveWords are the words and phrases with which a page's title calls it
// live, lower-case.
var liveWords = []string{
	"live", "liveticker", "liveblog", "live-ticker", "live-blog", "newsblog", "newsticker",
	"ticker", "latest updates", "as it happened", "minute by minute", "minuto a minuto",
	"minute par minute", "en continu", "en direct", "in diretta", "diretta", "en directo",
	"directo", "en vivo", "ao vivo", "na żywo", "relacja", "онлайн", "трансляция", "хроника",
}

// titleSaysLive reports whether s holds one of liveWords as a whole word
// (no letter right before or after it), in any case.
func titleSaysLive(s string) bool {
	s = strings.ToLower(s)
	for _, w := range liveWords {
		for from := 0; from < len(s); {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			i += from
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+len(w):])
			if (i == 0 || !unicode.IsLetter(before)) && (i+len(w) == len(s) || !unicode.IsLetter(after)) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// clockShape reports whether s may hold a clock: a digit, ':', '.' or
// 'h', and two digits. It is the cheap test before the regular expression.
func clockShape(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		switch s[i] {
		case ':', '.', 'h':
			if isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) {
				return true
			}
		}
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// maxLabel is the longest text a printed time label may have
// ("Dienstag, 27. August 2024, 14:05 Uhr" fits).
const maxLabel = 64

// printedLabel reports whether n is a time stamp printed as plain text in
// an element of its own, as pages without <time> mark their entries
// (<span class="date">14:05</span>, <div>31.03.2024 • 09:42 Uhr</div>),
// and returns the label as a reader sees it. n must hold only text (and
// inline elements): a short text with a time of day, nothing but date and
// time words, that norm reads. Table cells are left out: a timetable is
// not a live blog. day is the instant the label gives when it names the
// day as well (read in norm's zone, so only good for ordering), else zero.
func printedLabel(n *html.Node, norm *Normalizer) (raw string, day time.Time, ok bool) {
	if norm == nil || n.FirstChild == nil {
		return "", time.Time{}, false
	}
	switch n.DataAtom {
	case atom.Div, atom.Span, atom.P, atom.Small, atom.Strong, atom.B, atom.Em, atom.I, atom.A, atom.Li, atom.Dt, atom.Dd, atom.Header, atom.Footer, atom.Td, atom.Th:
	default:
		return "", time.Time{}, false
	}
	// Text, and inline elements that hold only text: two levels at most,
	// so that the check costs little on every element of the page.
	size, shape := 0, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			size += len(strings.TrimSpace(c.Data))
			shape = shape || clockShape(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Abbr, atom.Small, atom.Br, atom.Sup:
			default:
				return "", time.Time{}, false
			}
			for g := c.FirstChild; g != nil; g = g.NextSibling {
				switch g.Type {
				case html.TextNode:
					size += len(strings.TrimSpace(g.Data))
					shape = shape || clockShape(g.Data)
				case html.ElementNode:
					return "", time.Time{}, false
				}
			}
		}
		if size > 2*maxLabel {
			return "", time.Time{}, false
		}
	}
	if !shape {
		return "", time.Time{}, false
	}
	s := labelText(n)
	if len(s) > maxLabel || clockOf(s) < 0 {
		return "", time.Time{}, false
	}
	if !isDateLine(s) {
		// "By Ann Lee, 1 June 2024, 14:05", "Ann Lee | 14:05": a
		// byline and the stamp share the line; the stamp is the part
		// after a separator that reads as a date line on its own.
		s = dateLineTail(s)
		if s == "" {
			return "", time.Time{}, false
		}
	}
	st, err := norm.Read(s)
	if err != nil {
		return "", time.Time{}, false
	}
	if st.HasDate {
		day = st.Time
	}
	return s, day, true
}

// dateLineTail returns the longest part of s after a separator (",", "|",
// "•", "·", " - ", " – ") that is a date line with a clock, or "".
func dateLineTail(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '|', '-':
		default:
			if !strings.HasPrefix(s[i:], "•") && !strings.HasPrefix(s[i:], "·") && !strings.HasPrefix(s[i:], "–") {
				continue
			}
		}
		if s[i] == '-' && (i == 0 || s[i-1] != ' ') {
			continue // "2024-06-01" is no separator
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		tail := strings.TrimSpace(s[i+size:])
		if clockOf(tail) >= 0 && isDateLine(tail) {
			return tail
		}
	}
	return ""
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isHeading reports whether n is h1–h6.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// leadsWithBold reports whether paragraph n starts with a <strong> or <b>:
// tickers that have no headings print "<p><b>12.31 Uhr:</b> text</p>".
func leadsWithBold(n *html.Node) bool {
	c := firstElementChild(n)
	if c == nil || (c.DataAtom != atom.Strong && c.DataAtom != atom.B) {
		return false
	}
	for s := n.FirstChild; s != nil && s != c; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	return true
}

func firstElementChild(n *html.Node) *html.Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// textOf returns the text under n (script and style left out), text nodes
// of different elements separated by a space.
func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(c.Data)
		case html.ElementNode:
			return !skipTags[c.DataAtom]
		}
		return true
	})
	return b.String()
}

// walk visits n and the nodes under it in document order without
// recursion; fn returns false to skip a node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	// The stack starts in a local array: most walks are over a small
	// subtree and need no heap at all.
	var buf [64]*html.Node
	stack := append(buf[:0], n)
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !fn(c) {
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
}

// labelText returns the text of a time label as a sighted reader sees it.
// Pages often pair the visible time with a twin for screen readers
// ("<span class=sr-only>posted at 14:18</span><span aria-hidden>14:18</span>"):
// the screen-reader copy is left out, unless it is all the label holds.
func labelText(n *html.Node) string {
	var seen strings.Builder
	hidden := false
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.ElementNode:
			if skipTags[c.DataAtom] {
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
	s := cleanSpace(seen.String())
	if s == "" && hidden {
		return cleanSpace(textOf(n))
	}
	return s
}

// srOnlyClasses are the class names (lower-cased, without "-" and "_")
// that CSS frameworks and news sites use for text only screen readers
// announce: Bootstrap and Tailwind's sr-only, WordPress's
// screen-reader-text, visually-hidden, the BBC's gs-u-vh.
var srOnlyClasses = map[string]bool{
	"sronly": true, "srtext": true, "screenreadertext": true, "screenreaderonly": true,
	"screenreader": true, "visuallyhidden": true, "visuallyhiddentext": true,
	"hiddenvisually": true, "vh": true, "uvh": true, "gsuvh": true,
	"offscreen": true, "a11yhidden": true, "a11yonly": true, "showforsr": true,
	"elementinvisible": true, "readeronly": true,
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
				if srOnlyClasses[string(squashClass(c))] {
					return true
				}
			}
		}
	}
	return false
}
