package detect

import (
	"math"
	"net/url"
	"strings"

	"github.com/liveblog-go/liveblog/internal/lexicon"
)

// This file scores how sure the detector is. A page an extractor reads
// scores from 0.5 up, the more so the more specific the markup it is read
// from and the more the page says it is live; any other page scores below
// 0.5, the more so the closer it came. The README's "Detection" section
// shows how the bands fall on the project's fixtures.

// Facts are what the confidence of a page an extractor reads rests on:
// what a parsed Blog tells as well as the detector (see Blog.Confidence
// in the root package), so that both score a page alike.
type Facts struct {
	// Extractor is the name of the extractor that reads the page.
	Extractor string
	// Entries is how many entries it finds.
	Entries int
	// TitleLive and URLLive report that the page's title (or headline)
	// and its address call it live.
	TitleLive, URLLive bool
}

// Confidence scores a page an extractor reads, in [0.6, 0.99].
func Confidence(f Facts) float64 {
	var c float64
	switch f.Extractor {
	case Structural, TextReader:
		c = 0.6 // read from the page's shape alone
	case WordPress:
		c = 0.75 // the live-blog plugin's markup, or hAtom posts
	default:
		c = 0.85 // markup made to declare entries, or a site adapter
	}
	if f.TitleLive {
		c += 0.1
	}
	if f.URLLive {
		c += 0.05
	}
	switch {
	case f.Entries >= 10:
		c += 0.1
	case f.Entries >= 5:
		c += 0.05
	}
	return round(min(c, 0.99))
}

// round keeps two decimals: the score is no finer than that.
func round(c float64) float64 { return math.Round(c*100) / 100 }

// facts returns the report's facts for a page extractor reads.
func (r *Report) facts(extractor string, entries int) Facts {
	return Facts{Extractor: extractor, Entries: entries, TitleLive: r.titleLive, URLLive: r.urlLive}
}

// notLive scores a page no extractor reads, in [0.02, 0.45]: higher when
// it calls itself live or declares a LiveBlogPosting, when a stream was
// found but rejected, and when it embeds a vendor's live blog.
func (r *Report) notLive() float64 {
	c := 0.02
	if r.titleLive {
		c += 0.15
	}
	if r.Declared() {
		c += 0.15
	}
	if r.urlLive {
		c += 0.05
	}
	for _, v := range r.Generic {
		if strings.HasPrefix(v.Why, "rejected") {
			c += 0.1
			break
		}
	}
	if len(r.Feeds) > 0 {
		c += 0.2
	}
	return round(min(c, 0.45))
}

// SaysLive reports whether s holds one of lexicon.LiveWords as a whole
// word, in any case (lexicon.SaysLive, as titleSaysLive in the root
// package asks it).
func SaysLive(s string) bool { return lexicon.SaysLive(s) }

// URLSaysLive reports whether an address's path calls the page live
// ("/live/", "storm-live-updates", "liveticker").
func URLSaysLive(u *url.URL) bool {
	return u != nil && SaysLive(pathWords.Replace(u.Path))
}

var pathWords = strings.NewReplacer("-", " ", "_", " ", "/", " ")
