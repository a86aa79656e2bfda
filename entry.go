package liveblog

import (
	"time"

	"github.com/liveblog-go/liveblog/internal/render"
)

// Blog is one live-blog page turned into typed entries.
//
// Its JSON form (encoding/json) is the command's JSON output; empty fields
// are omitted.
type Blog struct {
	// URL is the page address: the one given in Options, else the page's
	// canonical link.
	URL string `json:"url,omitempty"`
	// Title is the live blog's headline.
	Title string `json:"title,omitempty"`
	// Summary is the standfirst: the paragraphs that introduce the blog,
	// before its first entry.
	Summary string `json:"summary,omitempty"`
	// Extractor is the name of the extractor that produced the entries
	// (a site adapter's, or a generic one's: "structural", "text").
	Extractor string `json:"extractor,omitempty"`
	// Language is the page language as a BCP 47 tag ("en", "de-DE"), when
	// the page declares one.
	Language string `json:"language,omitempty"`
	// Published is when the blog was first published.
	Published time.Time `json:"published,omitzero"`
	// Updated is when the blog was last modified.
	Updated time.Time `json:"updated,omitzero"`
	// DatedBy says where the day of the entries' printed clocks and
	// relative stamps ("14:05", "5 min ago") came from, when some entry
	// needed one: DatedByWallClock means the page stated no date at all
	// and the parse knew no reference time, so every such time is a
	// guess from today.
	DatedBy DateSource `json:"dated_by,omitempty"`
	// Older and Newer are the URLs of the adjoining pages of a paginated
	// live blog, when the page links to them. Parse never fetches them.
	Older string `json:"older,omitempty"`
	Newer string `json:"newer,omitempty"`
	// AMP is the URL of the page's AMP alternate (rel=amphtml), when it
	// has one: an amp-live-list page is static and whole where the
	// canonical page may be built by a script.
	AMP string `json:"amp,omitempty"`
	// Feeds are the vendor-hosted live blogs the page embeds (a
	// Tickaroo, Norkon, ScribbleLive, Sourcefabric, Arena or 24liveblog
	// ticker): where the vendor's own embed code loads the entries from.
	// Parse never fetches them.
	Feeds []Feed `json:"feeds,omitempty"`
	// Entries are the posts of the blog, in page order.
	Entries []Entry `json:"entries"`
}

// Feed is a live blog hosted by a vendor and embedded in a page.
type Feed struct {
	// Vendor names the vendor; it is also the name of the extractor that
	// reads URL's response ("tickaroo", "norkon", "scribblelive",
	// "sourcefabric", "arena", "24liveblog").
	Vendor string `json:"vendor"`
	// URL is the absolute address its embed code loads the entries
	// from.
	URL string `json:"url"`
}

// DateSource says where a blog's reference day came from: the day on
// which its printed clocks are read and from which relative stamps count.
type DateSource string

// The places a reference day comes from, in the order they are taken.
const (
	// DatedByOptions is Options.Now.
	DatedByOptions DateSource = "options"
	// DatedByPage is the page's own dates: meta tags, JSON-LD, the time
	// or dateline by its headline, a date in its URL.
	DatedByPage DateSource = "page"
	// DatedByCapture is Options.Captured: when the page was fetched or
	// archived.
	DatedByCapture DateSource = "capture"
	// DatedByWallClock is the time of the parse: the page said nothing.
	DatedByWallClock DateSource = "wall-clock"
)

// Entry is one post of a live blog.
type Entry struct {
	// ID identifies the entry, stable across re-fetches of the same page:
	// the site's own identifier when it has one, else a value derived
	// from what does not change when an entry is edited.
	ID string `json:"id"`
	// URL is the entry's permalink, when the page has one.
	URL string `json:"url,omitempty"`
	// Time is when the entry was posted, as an absolute instant. It is the
	// zero Time when the page gives no readable time for the entry.
	Time time.Time `json:"time,omitzero"`
	// RawTime is the time as the page prints it ("14:18 GMT 06.09.2021").
	RawTime string `json:"raw_time,omitempty"`
	// Clock is the match clock of sports commentary, as printed: the
	// minute ("45'+2", "90'"), a phase ("HT", "FT"), the over and ball of
	// cricket ("12.3") or a lap ("Lap 23/58"). It is not a time of day:
	// an entry that has only a Clock has a zero Time.
	Clock string `json:"clock,omitempty"`
	// Updated is when the entry was last edited, when the page says so.
	Updated time.Time `json:"updated,omitzero"`
	// Title is the entry's headline, when it has one.
	Title string `json:"title,omitempty"`
	// Text is the entry body as plain text, paragraphs separated by a
	// blank line.
	Text string `json:"text,omitempty"`
	// HTML is the entry body as sanitised HTML, safe to embed in a page.
	HTML string `json:"html,omitempty"`
	// Authors are the names of the entry's authors, as printed.
	Authors []string `json:"authors,omitempty"`
	// Links are the hyperlinks in the entry body, resolved against the
	// page URL.
	Links []Link `json:"links,omitempty"`
	// Images are the images in the entry body.
	Images []Image `json:"images,omitempty"`
	// Embeds are the embedded posts and media (tweets, videos, ...).
	Embeds []Embed `json:"embeds,omitempty"`
	// KeyEvent reports that the site marks the entry as a key event.
	KeyEvent bool `json:"key_event,omitempty"`
	// Pinned reports that the site pins the entry to the top of the blog.
	Pinned bool `json:"pinned,omitempty"`
}

// Link is a hyperlink inside an entry body.
type Link struct {
	// URL is the absolute link target.
	URL string `json:"url"`
	// Text is the link text.
	Text string `json:"text,omitempty"`
}

// Image is an image inside an entry body.
type Image struct {
	// URL is the absolute image address.
	URL string `json:"url"`
	// Alt is the image's alternative text.
	Alt string `json:"alt,omitempty"`
	// Caption is the printed caption or credit, when there is one.
	Caption string `json:"caption,omitempty"`
}

// EmbedKind names what an Embed holds.
type EmbedKind string

// The kinds of embedded content the library recognises.
const (
	EmbedTweet     = EmbedKind(render.Tweet)
	EmbedVideo     = EmbedKind(render.Video)
	EmbedYouTube   = EmbedKind(render.YouTube)
	EmbedInstagram = EmbedKind(render.Instagram)
	EmbedFacebook  = EmbedKind(render.Facebook)
	EmbedTikTok    = EmbedKind(render.TikTok)
	EmbedTelegram  = EmbedKind(render.Telegram)
	EmbedAudio     = EmbedKind(render.Audio)
	EmbedOther     = EmbedKind(render.Other)
)

// Embed is a post or media item embedded in an entry: a tweet, a video, an
// Instagram post.
type Embed struct {
	// Kind says what the embed is.
	Kind EmbedKind `json:"kind"`
	// URL is the address of the embedded item.
	URL string `json:"url"`
}
