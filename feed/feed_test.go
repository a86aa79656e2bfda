package feed_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/feed"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite golden files")

var london = time.FixedZone("BST", 3600)

// fullBlog has a URL and entries of every shape: titled with authors and
// a permalink, untitled with long text and markup characters, a site ID
// that needs escaping, an image-only entry without a time.
func fullBlog() *liveblog.Blog {
	return &liveblog.Blog{
		URL:       "https://news.example/live/harbour-festival#top",
		Title:     "Harbour festival – live",
		Summary:   "Boats, bands & weather as it happens.",
		Extractor: "example",
		Language:  "en-GB",
		Published: time.Date(2024, 6, 1, 8, 0, 0, 0, london),
		Updated:   time.Date(2024, 6, 1, 11, 0, 0, 0, london),
		Entries: []liveblog.Entry{
			{
				ID:      "p-3",
				URL:     "https://news.example/live/harbour-festival?page=with:p-3#p-3",
				Time:    time.Date(2024, 6, 1, 11, 20, 0, 0, london),
				Updated: time.Date(2024, 6, 1, 11, 45, 0, 0, london),
				Title:   "Fireworks moved to Sunday",
				Text:    "Organisers say the wind is too strong tonight.",
				HTML:    `<p>Organisers say the wind is <b>too strong</b> tonight.</p><img src="https://img.example/w.jpg" alt="flags">`,
				Authors: []string{"Ann Lee", "Bo Ng"},
				Images:  []liveblog.Image{{URL: "https://img.example/w.jpg", Alt: "flags"}},
			},
			{
				ID:   "t20240601T100500Z-0",
				Time: time.Date(2024, 6, 1, 10, 5, 0, 0, time.UTC),
				Text: "Queues at the <north> gate & the south gate are now longer than an hour, stewards say.\n\nBring water.",
				HTML: "<p>Queues at the &lt;north&gt; gate &amp; the south gate are now longer than an hour, stewards say.</p><p>Bring water.</p>",
			},
			{
				ID:      "site id/7",
				RawTime: "earlier",
				Text:    "Short note.",
			},
			{
				ID:     "n0",
				HTML:   `<img src="https://img.example/q.jpg" alt="">`,
				Images: []liveblog.Image{{URL: "https://img.example/q.jpg"}},
			},
		},
	}
}

// bareBlog has no URL and no times at all.
func bareBlog() *liveblog.Blog {
	return &liveblog.Blog{
		Title: "Quiz night",
		Entries: []liveblog.Entry{
			{ID: "n1", Text: "Round two: capitals."},
			{ID: "n0", Title: "Round one", Text: "Ten questions on rivers.", Authors: []string{"Quizmaster"}},
		},
	}
}

var blogs = []struct {
	name string
	blog func() *liveblog.Blog
}{
	{"full", fullBlog},
	{"bare", bareBlog},
}

var formats = []struct {
	f   feed.Format
	ext string
}{
	{feed.Atom, "atom"},
	{feed.RSS, "rss"},
	{feed.JSON, "json"},
}

func render(t *testing.T, b *liveblog.Blog, f feed.Format) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, feed.Write(&buf, b, f))
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, b := range blogs {
		for _, f := range formats {
			t.Run(b.name+"."+f.ext, func(t *testing.T) {
				got := render(t, b.blog(), f.f)
				testutil.Golden(t, filepath.Join("testdata", b.name+"."+f.ext), got, *update)
			})
		}
	}
}

// The same instants in another zone give the same bytes.
func TestDeterministicAcrossZones(t *testing.T) {
	moved := fullBlog()
	tokyo := time.FixedZone("JST", 9*3600)
	moved.Published, moved.Updated = moved.Published.In(tokyo), moved.Updated.In(tokyo)
	for i := range moved.Entries {
		moved.Entries[i].Time = moved.Entries[i].Time.In(tokyo)
		moved.Entries[i].Updated = moved.Entries[i].Updated.In(tokyo)
	}
	for _, f := range formats {
		assert.Equal(t, string(render(t, fullBlog(), f.f)), string(render(t, moved, f.f)), f.ext)
	}
}

// Atom, decoded with the namespace: what RFC 4287 requires.
type atomDoc struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"http://www.w3.org/2005/Atom id"`
	Title   string   `xml:"http://www.w3.org/2005/Atom title"`
	Updated string   `xml:"http://www.w3.org/2005/Atom updated"`
	Authors []struct {
		Name string `xml:"http://www.w3.org/2005/Atom name"`
	} `xml:"http://www.w3.org/2005/Atom author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"http://www.w3.org/2005/Atom link"`
	Entries []struct {
		ID        string `xml:"http://www.w3.org/2005/Atom id"`
		Title     string `xml:"http://www.w3.org/2005/Atom title"`
		Updated   string `xml:"http://www.w3.org/2005/Atom updated"`
		Published string `xml:"http://www.w3.org/2005/Atom published"`
		Authors   []struct {
			Name string `xml:"http://www.w3.org/2005/Atom name"`
		} `xml:"http://www.w3.org/2005/Atom author"`
		Link struct {
			Href string `xml:"href,attr"`
		} `xml:"http://www.w3.org/2005/Atom link"`
		Content struct {
			Type string `xml:"type,attr"`
			Body string `xml:",chardata"`
		} `xml:"http://www.w3.org/2005/Atom content"`
	} `xml:"http://www.w3.org/2005/Atom entry"`
}

func TestAtomParsesBack(t *testing.T) {
	for _, b := range blogs {
		t.Run(b.name, func(t *testing.T) {
			blog := b.blog()
			var doc atomDoc
			require.NoError(t, xml.Unmarshal(render(t, blog, feed.Atom), &doc))
			assert.NotEmpty(t, doc.ID)
			assert.NotEmpty(t, doc.Title)
			_, err := time.Parse(time.RFC3339, doc.Updated)
			assert.NoError(t, err, "feed updated")
			require.Len(t, doc.Entries, len(blog.Entries))
			ids := map[string]bool{}
			allAuthored := true
			for i, e := range doc.Entries {
				src := blog.Entries[i]
				assert.NotEmpty(t, e.ID)
				assert.False(t, ids[e.ID], "duplicate entry id %q", e.ID)
				ids[e.ID] = true
				assert.NotEmpty(t, e.Title)
				up, err := time.Parse(time.RFC3339, e.Updated)
				assert.NoError(t, err, "entry updated")
				if !src.Updated.IsZero() {
					assert.True(t, up.Equal(src.Updated), "entry %d updated %s", i, e.Updated)
				} else if !src.Time.IsZero() {
					assert.True(t, up.Equal(src.Time), "entry %d updated %s", i, e.Updated)
				}
				if !src.Time.IsZero() {
					pub, err := time.Parse(time.RFC3339, e.Published)
					require.NoError(t, err)
					assert.True(t, pub.Equal(src.Time))
				} else {
					assert.Empty(t, e.Published)
				}
				assert.Equal(t, "html", e.Content.Type)
				if src.HTML != "" {
					assert.Equal(t, src.HTML, e.Content.Body, "content survives escaping")
				}
				var names []string
				for _, a := range e.Authors {
					names = append(names, a.Name)
				}
				assert.Equal(t, src.Authors, names)
				allAuthored = allAuthored && len(names) > 0
			}
			if !allAuthored {
				assert.Len(t, doc.Authors, 1, "RFC 4287: a feed names an author unless every entry does")
			}
		})
	}
}

func TestAtomFields(t *testing.T) {
	var doc atomDoc
	require.NoError(t, xml.Unmarshal(render(t, fullBlog(), feed.Atom), &doc))
	assert.Equal(t, "https://news.example/live/harbour-festival", doc.ID, "the fragment is not part of the feed id")
	assert.Equal(t, "2024-06-01T10:45:00Z", doc.Updated, "latest edit of any entry")
	require.Len(t, doc.Authors, 1)
	assert.Equal(t, "news.example", doc.Authors[0].Name)
	e := doc.Entries
	assert.Equal(t, "https://news.example/live/harbour-festival#p-3", e[0].ID)
	assert.Equal(t, "https://news.example/live/harbour-festival?page=with:p-3#p-3", e[0].Link.Href, "the permalink")
	assert.Equal(t, "Fireworks moved to Sunday", e[0].Title)
	assert.Equal(t, "https://news.example/live/harbour-festival#t20240601T100500Z-0", e[1].Link.Href, "fallback link")
	assert.Equal(t, "Queues at the <north> gate & the south gate are now longer…", e[1].Title, "first twelve words")
	assert.Equal(t, "https://news.example/live/harbour-festival#site%20id/7", e[2].ID)
	assert.Equal(t, "Short note.", e[2].Title)
	assert.Equal(t, "2024-06-01T10:45:00Z", e[2].Updated, "an untimed entry is as new as the feed")
	assert.Equal(t, "Update", e[3].Title)

	var bare atomDoc
	require.NoError(t, xml.Unmarshal(render(t, bareBlog(), feed.Atom), &bare))
	assert.Regexp(t, `^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`, bare.ID)
	assert.Equal(t, "1970-01-01T00:00:00Z", bare.Updated, "no date anywhere: a fixed one")
	assert.NotEqual(t, bare.Entries[0].ID, bare.Entries[1].ID)
	assert.Empty(t, bare.Links)
}

type rssDoc struct {
	Version string `xml:"version,attr"`
	Channel struct {
		Title       string `xml:"title"`
		Link        string `xml:"link"`
		Description string `xml:"description"`
		Items       []struct {
			Title string `xml:"title"`
			Link  string `xml:"link"`
			GUID  struct {
				IsPermaLink string `xml:"isPermaLink,attr"`
				Value       string `xml:",chardata"`
			} `xml:"guid"`
			PubDate     string   `xml:"pubDate"`
			Creators    []string `xml:"http://purl.org/dc/elements/1.1/ creator"`
			Description string   `xml:"description"`
		} `xml:"item"`
	} `xml:"channel"`
}

func TestRSSParsesBack(t *testing.T) {
	blog := fullBlog()
	var doc rssDoc
	require.NoError(t, xml.Unmarshal(render(t, blog, feed.RSS), &doc))
	assert.Equal(t, "2.0", doc.Version)
	assert.Equal(t, blog.Title, doc.Channel.Title)
	assert.Equal(t, "https://news.example/live/harbour-festival", doc.Channel.Link)
	assert.Equal(t, blog.Summary, doc.Channel.Description)
	require.Len(t, doc.Channel.Items, len(blog.Entries))
	guids := map[string]bool{}
	for i, it := range doc.Channel.Items {
		src := blog.Entries[i]
		assert.False(t, guids[it.GUID.Value], "duplicate guid")
		guids[it.GUID.Value] = true
		assert.Equal(t, src.Authors, it.Creators)
		if src.HTML != "" {
			assert.Equal(t, src.HTML, it.Description)
		}
		if src.Time.IsZero() {
			assert.Empty(t, it.PubDate)
			continue
		}
		pub, err := time.Parse(time.RFC1123Z, it.PubDate)
		require.NoError(t, err)
		assert.True(t, pub.Equal(src.Time))
	}
	items := doc.Channel.Items
	assert.Equal(t, "false", items[0].GUID.IsPermaLink, "the guid is not the site's permalink")
	assert.Equal(t, "true", items[1].GUID.IsPermaLink, "the fallback link is the guid")
	assert.Equal(t, "<p>Short note.</p>", items[2].Description, "plain text becomes HTML")

	var bare rssDoc
	require.NoError(t, xml.Unmarshal(render(t, bareBlog(), feed.RSS), &bare))
	assert.Equal(t, "Quiz night", bare.Channel.Description, "description is required: the title stands in")
}

func TestJSONFeedParsesBack(t *testing.T) {
	blog := fullBlog()
	var doc struct {
		Version     string `json:"version"`
		Title       string `json:"title"`
		HomePageURL string `json:"home_page_url"`
		Items       []struct {
			ID            string  `json:"id"`
			URL           string  `json:"url"`
			Title         string  `json:"title"`
			ContentHTML   *string `json:"content_html"`
			ContentText   string  `json:"content_text"`
			Image         string  `json:"image"`
			DatePublished string  `json:"date_published"`
			Authors       []struct {
				Name string `json:"name"`
			} `json:"authors"`
		} `json:"items"`
	}
	require.NoError(t, json.Unmarshal(render(t, blog, feed.JSON), &doc))
	assert.Equal(t, "https://jsonfeed.org/version/1.1", doc.Version)
	assert.Equal(t, blog.Title, doc.Title)
	require.Len(t, doc.Items, len(blog.Entries))
	for i, it := range doc.Items {
		src := blog.Entries[i]
		assert.NotEmpty(t, it.ID)
		require.NotNil(t, it.ContentHTML, "content_html or content_text is required")
		assert.Equal(t, src.Text, it.ContentText)
		assert.Len(t, it.Authors, len(src.Authors))
		if !src.Time.IsZero() {
			pub, err := time.Parse(time.RFC3339, it.DatePublished)
			require.NoError(t, err)
			assert.True(t, pub.Equal(src.Time))
		}
	}
	assert.Equal(t, "https://img.example/w.jpg", doc.Items[0].Image)
	assert.True(t, strings.HasPrefix(doc.Items[1].URL, "https://news.example/live/harbour-festival#"))
}

func TestWriteErrors(t *testing.T) {
	var buf bytes.Buffer
	assert.ErrorIs(t, feed.Write(&buf, fullBlog(), "yaml"), feed.ErrUnknownFormat)
	assert.Error(t, feed.Write(&buf, nil, feed.Atom))
	assert.Equal(t, "application/atom+xml; charset=utf-8", feed.Atom.ContentType())
	assert.Empty(t, feed.Format("yaml").ContentType())
}

func TestXMLQuotesAreNamed(t *testing.T) {
	blog := &liveblog.Blog{
		URL:   `https://news.example/live?q="storm"`,
		Title: `The "big" storm`,
		Entries: []liveblog.Entry{{
			ID:   "e1",
			URL:  `https://news.example/live?q="storm"#e1`,
			Time: time.Date(2024, 6, 1, 10, 0, 0, 0, time.UTC),
			Text: `Say "hi" &#34; there.`,
			HTML: `<p title="a &quot;b&quot;">Say "hi" &amp;#34; there.</p>`,
		}},
	}
	for _, format := range []feed.Format{feed.Atom, feed.RSS} {
		var b bytes.Buffer
		require.NoError(t, feed.Write(&b, blog, format))
		out := b.String()
		assert.NotContains(t, out, "&#34;", format)
		assert.Contains(t, out, `&lt;p title=&quot;a &amp;quot;b&amp;quot;&quot;&gt;Say &quot;hi&quot; &amp;amp;#34; there.&lt;/p&gt;`, format)
		// The document still reads back to what was written.
		var doc struct {
			Contents []string `xml:"entry>content"`
			Descs    []string `xml:"channel>item>description"`
		}
		require.NoError(t, xml.Unmarshal(b.Bytes(), &doc), format)
		assert.Equal(t, []string{blog.Entries[0].HTML}, append(doc.Contents, doc.Descs...), format)
	}
	var b bytes.Buffer
	require.NoError(t, feed.Write(&b, blog, feed.Atom))
	assert.Contains(t, b.String(), `<link rel="alternate" href="https://news.example/live?q=&quot;storm&quot;#e1"></link>`, "an attribute")
}
