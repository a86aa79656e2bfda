package liveblog

import (
	"strings"
	"testing"
	"time"

	"github.com/liveblog-go/liveblog/internal/pagedate"
	"github.com/liveblog-go/liveblog/internal/timeparse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestPageZone(t *testing.T) {
	if _, err := time.LoadLocation("Europe/Berlin"); err != nil {
		t.Skip("no tz database on this system")
	}
	tests := []struct {
		name, url, lang, head string
		want                  string // IANA name, "+HH:MM" for a fixed zone, "" for nil
		at                    string // an instant at which to compare a fixed zone's offset
	}{
		{name: "language alone", lang: "de", want: "Europe/Berlin"},
		{name: "language region", lang: "en-GB", want: "Europe/London"},
		{name: "country domain", url: "https://www.example.it/diretta", lang: "en", want: "Europe/Rome"},
		{name: "domain before a template's lang", url: "https://news.example.co.uk/live", lang: "en-US", want: "Europe/London"},
		{name: "english says nothing", lang: "en", want: ""},
		{name: "UTC stamps are no evidence", lang: "fr",
			head: `<meta property="article:published_time" content="2024-03-12T06:02:11Z">`, want: "Europe/Paris"},
		{name: "both sides of a DST switch agree", lang: "de",
			head: `<meta name="date" content="2024-03-31T09:42:00+02:00"><script type="application/ld+json">{"datePublished":"2024-03-30T21:50:00+01:00"}</script>`,
			want: "Europe/Berlin"},
		{name: "offset contradicts the language region", url: "https://www.example.com/live", lang: "en-US",
			head: `<meta property="article:published_time" content="2023-11-16T09:00:00+02:00">`, want: "+02:00", at: "2023-11-16T09:00:00Z"},
		{name: "several zones, offset picks one", lang: "en-US",
			head: `<meta property="article:published_time" content="2024-07-04T09:00:00-07:00">`, want: "America/Los_Angeles"},
		{name: "a block that is not JSON is no evidence", lang: "de",
			head: `<script type="application/ld+json">{"datePublished":"2024-03-30T21:50:00-05:00" "x":1}</script>`,
			want: "Europe/Berlin"},
		{name: "offset with no candidate", lang: "en",
			head: `<meta property="article:modified_time" content="2024-01-10T09:00:00+05:30">`, want: "+05:30", at: "2024-01-10T09:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!DOCTYPE html><html lang="` + tt.lang + `"><head>` + tt.head + `</head><body><p>x</p></body></html>`
			root, err := html.Parse(strings.NewReader(page))
			require.NoError(t, err)
			d := newDocument(root, "", &Options{URL: tt.url})
			got := pagedate.Zone(d.pageFacts())
			switch {
			case tt.want == "":
				assert.Nil(t, got)
			case tt.at != "":
				require.NotNil(t, got)
				at, err := time.Parse(time.RFC3339, tt.at)
				require.NoError(t, err)
				_, off := at.In(got).Zone()
				assert.Equal(t, tt.want, at.In(got).Format("-07:00"), "offset %d", off)
			default:
				require.NotNil(t, got)
				assert.Equal(t, tt.want, got.String())
			}
		})
	}
}

func TestPageDates(t *testing.T) {
	tests := []struct {
		name, head string
		pub, mod   string // RFC 3339, "" for zero
	}{
		{"og-prefixed article times",
			`<meta property="og:article:published_time" content="2024-03-12T06:02:11+01:00"><meta property="og:article:modified_time" content="2024-03-12T14:05:40+01:00">`,
			"2024-03-12T06:02:11+01:00", "2024-03-12T14:05:40+01:00"},
		{"name=date is the last change",
			`<meta name="date" content="2024-02-25T00:35:00+01:00">`, "", "2024-02-25T00:35:00+01:00"},
		{"NewsArticle JSON-LD",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-24T07:00:00.000Z","dateModified":"2024-02-24T13:05:00.000Z"}</script>`,
			"2024-02-24T07:00:00Z", "2024-02-24T13:05:00Z"},
		{"a list of other stories is not the page",
			`<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2021-01-01T00:00:00Z"}]}</script>`,
			"", ""},
		{"a block that is not JSON says nothing",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-24T07:00:00.000Z",}</script>`,
			"", ""},
		{"updates are not the page",
			`<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[{"@type":"BlogPosting","datePublished":"2023-11-02T15:56:32Z"}]}</script>`,
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(`<html><head>` + tt.head + `</head><body></body></html>`))
			require.NoError(t, err)
			day := pagedate.Dates(newDocument(root, "", &Options{}).pageFacts(), &timeparse.Normalizer{})
			pub, mod := day.Published, day.Modified
			for _, c := range []struct {
				want string
				got  time.Time
			}{{tt.pub, pub}, {tt.mod, mod}} {
				if c.want == "" {
					assert.True(t, c.got.IsZero(), "want zero, got %v", c.got)
					continue
				}
				want, err := time.Parse(time.RFC3339, c.want)
				require.NoError(t, err)
				assert.True(t, want.Equal(c.got), "want %v, got %v", want, c.got)
			}
		})
	}
}
