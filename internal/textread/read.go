// Package textread reads the text of a live blog as a reader copies it
// out of a browser (select-all and copy) or dumps it with a text browser
// (lynx -dump, w3m -dump) into entries: each with its time, title, text,
// authors and flags, and the page's title and summary. It works on plain
// values (the text, a time engine, a few times and the page's address);
// the root package's text extractor builds its Input from a Document and
// turns its Page into drafts. It reads shapes, not sites:
//
//   - Lines are first joined back into paragraphs where a text browser
//     wrapped them (see splitBlocks): list items and numbered items
//     whose lines go on at their text's column, a headline lynx
//     centred; and the browsers' markers dropped (list marks, lynx's
//     link numbers, its list of addresses).
//   - A timestamp is a line the time engine reads, the start of a line
//     ("12.31 Uhr: Headline", "21:00Jane Doe") or its end ("Jane
//     Doe14 August 2023 10:01"), or a stamp printed over a few short
//     lines. Stamps that stand together (a relative time above a clock,
//     a date above a clock, a clock over its AM/PM) are one stamp: one
//     entry has one. Digits of other scripts are read as ASCII ones, a
//     stamp printed twice and glued is read once.
//   - A stamp opens an entry unless it is furniture: a list of links or
//     key events (three or more stamps in a row each with only a
//     headline, repeating the page's headlines or under a list heading),
//     a stamp of another kind or printed shape than the page's entries
//     (a video length, a dateline, the times of related stories), an
//     "Updated …" or "Published …" time, a headline ending in a time,
//     an index of stories under a heading of its own after the stream.
//     A numbered item opening with a bare clock and a headline ("1.
//     14:05 Trains resume") is an entry; a clock word printed with a
//     clock ("16.40 uur", "18 h 20") is part of its stamp.
//   - An entry is the paragraphs up to the next one; the last ends at a
//     comment section, at a run of page furniture (short lines without
//     sentence punctuation), at a rule ("___") on pages that print one
//     between entries (a correction note follows it), or at its closing
//     byline on pages whose entries end with one.
//   - Each entry's title is its first line when that is a headline (a
//     short line not ending like a sentence) followed by a body, or the
//     headline printed above the stamp on pages that print most
//     entries so; its authors are a name glued to its stamp, a name
//     line that the body then names, a "By …" line, the name of a
//     closing byline, or of a byline with the time under a row of share
//     buttons (which opens the entry); its flags are labels beside the
//     stamp or on a line of their own next to it ("Urgente", "Pinned").
//   - Times are dated together (timeparse's ResolveSequence) from the
//     page's own date (a dateline, an "Updated" line, a date above the
//     entries, else the date in its address or the year of its rights
//     line) or the reference time, an out-of-order stamp (a pinned
//     post) set aside so that it does not move the others a day.
//   - Before the first entry, the page title is the headline line that
//     reads most like one: it names the blog as live, shares the words
//     of the page's address, is printed twice; the paragraphs after it
//     are the summary.
//
// Sports commentary that prints no time of day, only the match clock
// ("67'", "45+2'", "HT") at the start of each entry, is read by its
// clocks (see readCommentary): each entry's Clock is set, its Time zero.
//
// A page whose times mostly open ranges ("20:15 – 21:45": a programme),
// are a timetable's slots (every one on the quarter hour, earliest
// first: an hourly forecast) or a recording's time codes (from "00:00"
// up: a transcript), or a programme's slots under its day headings
// (every one on the quarter hour, earliest first each day), or whose
// entries are all headlines without text (an index of stories) is not a
// live blog, nor a page that does not call itself live whose entries
// run oldest first (an account told in order by its clocks; a forum's
// thread, its dated posts under their posters' handles), nor an
// article whose stamps stand under a comments heading
// after its text, nor one followed by a rail of the site's latest
// stories (a headline and a one-line teaser each, outweighed by the
// article above), nor a section's index of such cards, each closed by
// its time.
//
// The reader is linear in its input: each line is looked at a bounded
// number of times, and each timestamp read is bounded in length. Its
// word lists are internal/lexicon's; every time it reads goes through
// internal/timeparse.
package textread

import (
	"net/url"
	"time"

	"github.com/liveblog-go/liveblog/internal/timeparse"
)

// Input is a copied page and what the reader needs to date it.
type Input struct {
	// Text is the page's text, decoded.
	Text string
	// Norm reads the page's times: the publisher's zone, the reference
	// time.
	Norm timeparse.Normalizer
	// Now is the caller's reference time (Options.Now); zero when none
	// was given, and the page is then dated from its own dates.
	Now time.Time
	// Captured is when the page was fetched or archived (Options.Captured),
	// the date of a page that prints none; zero when unknown.
	Captured time.Time
	// URL is the page's address, whose words help to find the title;
	// nil when unknown.
	URL *url.URL
}

// Page is what the reader found on a page: its title and summary, and
// its entries in page order.
type Page struct {
	// Title is the blog's headline and Summary the running text after
	// it, paragraphs separated by blank lines; empty when not found.
	Title, Summary string
	// Entries are the page's entries, two or more.
	Entries []Entry
	// DatedBy says where the day of its clock-only and relative stamps
	// came from, when some entry has one: "options" (Input.Now), "page"
	// (its own dates), "capture" (Input.Captured) or "wall-clock".
	DatedBy string
}

// Entry is one entry of a copied page.
type Entry struct {
	// Time is the entry's time, dated with the others; zero when its
	// stamp gives none.
	Time time.Time
	// RawTime is the stamp as printed.
	RawTime string
	// Title is the entry's headline, "" when it has none.
	Title string
	// Text is the entry's paragraphs, separated by blank lines.
	Text string
	// Authors are the names printed with the entry.
	Authors []string
	// Clock is the match clock of sports commentary as printed ("67'",
	// "45+2'", "HT"), on entries that have no time of day: their Time
	// is zero.
	Clock string
	// KeyEvent and Pinned are the page's flags: a "Key event" label, a
	// pinned post (also one set aside above the stream).
	KeyEvent, Pinned bool
}

// Read reads the page in.Text. It reports false when the text is not a
// live blog: it holds fewer than two entries.
func Read(in *Input) (*Page, bool) {
	norm := &in.Norm
	blocks := splitBlocks(in.Text, func(s string) bool {
		ts, ok := findStamp(norm, s)
		if !ok || ts.place == stampSuffix {
			return false
		}
		if !hasDigit(s) {
			// Words alone ("an hour ago", "לפני שעה") open a block
			// as a whole stamp that counts back to a time of day; a
			// day word alone ("yesterday") may end a sentence.
			return ts.place == stampWhole && ts.st.Relative && ts.st.HasTime
		}
		// A line going on in lower case after a wrapped paragraph is
		// read on only when it is a stamp whole ("hace 2 horas", "před
		// 45 minutami"), not prose that opens with one ("vor 2 Stunden
		// hatte die Feuerwehr …").
		return ts.place == stampWhole || textIsDigit(s[0]) || textIsUpper(s[0])
	})
	r := newReader(in, blocks)
	if !r.findEntries() {
		// No times of day: sports commentary marks its entries with
		// the match clock alone.
		return readCommentary(in, blocks)
	}
	if r.ranges*2 >= len(r.entries) || r.scheduled() {
		// Most times open a range ("10:00 am - 11:00 am"): a programme,
		// a timetable, an events calendar; or they are set on round
		// times, or count from zero (scheduled).
		return nil, false
	}
	p := &Page{Entries: r.collect(), DatedBy: r.datedBy}
	if len(p.Entries) < 2 {
		if c, ok := readCommentary(in, blocks); ok {
			return c, true // a kick-off time or a dateline above match clocks
		}
	}
	if len(p.Entries) < 2 || !anyText(p.Entries) || r.articleRail(p.Entries) || teaserIndex(p.Entries) {
		// Stamps with a headline each and no text: an index of
		// headlines (the latest stories beside an article); or with a
		// teaser each, after an article's text or closing each card.
		return nil, false
	}
	p.Title, p.Summary = r.titleAndSummary()
	if p.Title == "" {
		p.Title = r.headline
	}
	return p, true
}

// anyText reports whether some entry has text beyond its title.
func anyText(es []Entry) bool {
	for i := range es {
		if es[i].Text != "" {
			return true
		}
	}
	return false
}
