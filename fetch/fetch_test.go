package fetch

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// style is a multi-page blog in one of the ways pages link to each
// other, with what a reader of all its pages sees, worked out from the
// fixtures by hand.
type style struct {
	name  string
	pages map[string]string // request URI -> fixture
	start string
	title string
	ids   []string          // the merged entries, in order
	times map[string]string // some entries' times, RFC 3339
	key   []string          // the key events
	pin   []string          // the pinned posts
}

var styles = []style{
	{
		name: "rel next and prev",
		pages: map[string]string{
			"/live/coastal-storm":    "rel/page1.html",
			"/live/coastal-storm/p2": "rel/page2.html",
			"/live/coastal-storm/p3": "rel/page3.html",
		},
		start: "/live/coastal-storm",
		title: "Coastal storm live: ferries halted as gusts hit 90mph",
		// The pinned post heads every page and stays on top once;
		// update-42 ends page 1 and starts page 2.
		ids: []string{"update-41", "update-44", "update-45", "update-43", "update-42", "update-40", "update-39",
			"update-38", "update-37", "update-36", "update-35", "update-34"},
		times: map[string]string{"update-44": "2024-11-14T14:20:00Z", "update-40": "2024-11-14T11:30:00Z", "update-34": "2024-11-14T08:00:00Z"},
		key:   []string{"update-44", "update-39"},
		pin:   []string{"update-41"},
	},
	{
		name: "older posts links",
		pages: map[string]string{
			"/village-fete/": "older/page1.html",
			"/village-fete/?liveblog_before=1717844400": "older/page2.html",
			"/village-fete/?liveblog_before=1717838100": "older/page3.html",
		},
		start: "/village-fete/",
		title: "Village fete 2024: live from the green",
		// 517 ends page 1 and starts page 2.
		ids: []string{"liveblog-entry-520", "liveblog-entry-519", "liveblog-entry-518", "liveblog-entry-517", "liveblog-entry-516",
			"liveblog-entry-515", "liveblog-entry-514", "liveblog-entry-513", "liveblog-entry-512", "liveblog-entry-511"},
		times: map[string]string{"liveblog-entry-520": "2024-06-08T15:40:00+01:00", "liveblog-entry-511": "2024-06-08T10:30:00+01:00"},
		key:   []string{"liveblog-entry-519", "liveblog-entry-513"},
	},
	{
		name: "page number in the query",
		pages: map[string]string{
			"/sport/deadline-day":        "pagenum/page1.html",
			"/sport/deadline-day?page=2": "pagenum/page2.html",
			"/sport/deadline-day?page=3": "pagenum/page3.html",
		},
		start: "/sport/deadline-day",
		title: "Transfer deadline day live",
		ids:   []string{"u12", "u11", "u10", "u9", "u8", "u7", "u6", "u5"},
		times: map[string]string{"u12": "2025-01-31T22:55:00Z", "u7": "2025-01-31T18:05:00Z", "u5": "2025-01-31T15:00:00Z"},
		key:   []string{"u12"},
	},
	{
		name: "page number in the path",
		pages: map[string]string{
			"/live/cup-semi":        "pathpage/page1.html",
			"/live/cup-semi/page/2": "pathpage/page2.html",
			"/live/cup-semi/page/3": "pathpage/page3.html",
		},
		start: "/live/cup-semi",
		title: "Cup semi-final live: City v Rovers",
		// No site IDs: the parser derives them from the time. Page 2
		// opens with another post of the minute that ends page 1 (same
		// derived ID, another text: both kept, the later renamed), and
		// page 3 repeats the early goal (same ID and text: once).
		ids: []string{"t20240421T154000Z-0", "t20240421T150500Z-0", "t20240421T143200Z-0", "t20240421T140000Z-0",
			"t20240421T140000Z-0-2", "t20240421T134800Z-0", "t20240421T131500Z-0", "t20240421T125200Z-0",
			"t20240421T124500Z-0", "t20240421T121000Z-0", "t20240421T113000Z-0"},
		times: map[string]string{"t20240421T154000Z-0": "2024-04-21T16:40:00+01:00", "t20240421T140000Z-0-2": "2024-04-21T15:00:00+01:00", "t20240421T113000Z-0": "2024-04-21T12:30:00+01:00"},
	},
	{
		name: "Guardian-style page with block",
		pages: map[string]string{
			"/politics/live/2024/jul/04/election-night":                      "guardian/page1.html",
			"/politics/live/2024/jul/04/election-night?page=with:block-b7c4": "guardian/page2.html",
			"/politics/live/2024/jul/04/election-night?page=with:block-b799": "guardian/page3.html",
		},
		start: "/politics/live/2024/jul/04/election-night",
		title: "Election night live: results as they come in",
		ids: []string{"block-b7f3", "block-b7e1", "block-b7d0", "block-b7c4", "block-b7b2", "block-b7a9",
			"block-b799", "block-b788", "block-b777"},
		times: map[string]string{"block-b7f3": "2024-07-05T03:40:00+01:00", "block-b799": "2024-07-04T23:30:00+01:00"},
		key:   []string{"block-b7f3", "block-b7c4"},
	},
	{
		name: "AMP div pagination",
		pages: map[string]string{
			"/amp/live/marathon":        "amp/page1.html",
			"/amp/live/marathon/more/2": "amp/page2.html",
			"/amp/live/marathon/more/3": "amp/page3.html",
		},
		start: "/amp/live/marathon",
		title: "City marathon live",
		ids:   []string{"post-88", "post-87", "post-86", "post-85", "post-84", "post-83", "post-82", "post-81"},
		times: map[string]string{"post-87": "2024-04-28T11:20:00Z", "post-81": "2024-04-28T07:30:00Z"},
		key:   []string{"post-87"},
	},
}

func TestPaginationStyles(t *testing.T) {
	for _, st := range styles {
		t.Run(st.name, func(t *testing.T) {
			s := newSite(t, st.pages)
			res, err := New(noDelay(Options{})).Fetch(t.Context(), s.URL+st.start)
			require.NoError(t, err)
			blog := res.Blog
			assert.Equal(t, st.ids, ids(blog), "every page's entries once, newest first")
			assert.Equal(t, s.URL+st.start, blog.URL)
			assert.Equal(t, st.title, blog.Title)
			assert.Empty(t, blog.Older, "the walk reached the last page")
			for id, want := range st.times {
				e := entry(t, blog, id)
				assert.Equal(t, want, e.Time.Format(time.RFC3339), id)
			}
			var key, pin []string
			for _, e := range blog.Entries {
				if e.KeyEvent {
					key = append(key, e.ID)
				}
				if e.Pinned {
					pin = append(pin, e.ID)
				}
			}
			assert.Equal(t, st.key, key, "key events")
			assert.Equal(t, st.pin, pin, "pinned")
			assert.Len(t, s.requests(), 3, "each page once")
			require.Len(t, res.Pages, 3)
			total := 0
			for i, p := range res.Pages {
				assert.Equal(t, i+1, p.Number)
				assert.NoError(t, p.Err)
				total += p.Entries
			}
			assert.Equal(t, len(st.ids), total, "the pages' new entries add up")
			assert.Equal(t, KindPage, res.Pages[0].Kind)
			assert.Equal(t, KindOlder, res.Pages[2].Kind)
		})
	}
}

func TestVendorEmbed(t *testing.T) {
	s := newSite(t, map[string]string{
		"/river-festival": "vendor/host-tickaroo.html",
		"/tickaroo/api/embed/v4/prefetch/liveblog.json?client_id=5e11ddee&liveblogId=65f0aa11bb22cc33&themeId=61aa02": "vendor/tickaroo-prefetch.json",
	})
	res, err := New(noDelay(Options{Rewrite: rewriteTo(s.URL)})).Fetch(t.Context(), s.URL+"/river-festival")
	require.NoError(t, err)
	blog := res.Blog
	assert.Equal(t, "tickaroo", blog.Extractor, "read by the vendor's adapter, which the default registry lacks")
	assert.Equal(t, s.URL+"/river-festival", blog.URL, "the host page names the blog")
	assert.Equal(t, "River festival: all the news in our live ticker | Example Post", blog.Title, "the host page's <title>, as Parse reads it")
	assert.Equal(t, "Boats, music and fireworks along the river.", blog.Summary, "the host page has none: the vendor's")
	require.Len(t, blog.Feeds, 1)
	assert.Equal(t, "tickaroo", blog.Feeds[0].Vendor)
	assert.Equal(t, []string{"tik4-event-66c0f1", "tik4-event-66c0b2", "tik4-event-66c07a"}, ids(blog))
	e := entry(t, blog, "tik4-event-66c0f1")
	assert.Equal(t, "2024-08-17T22:30:00+02:00", e.Time.Format(time.RFC3339))
	assert.Equal(t, "2024-08-17T22:40:00+02:00", e.Updated.Format(time.RFC3339))
	assert.Equal(t, []string{"Lena Brandt"}, e.Authors)
	assert.Equal(t, []string{"/river-festival", "/tickaroo/api/embed/v4/prefetch/liveblog.json?client_id=5e11ddee&liveblogId=65f0aa11bb22cc33&themeId=61aa02"}, s.requests())
	require.Len(t, res.Pages, 2)
	assert.ErrorIs(t, res.Pages[0].Err, liveblog.ErrVendorEmbed, "the host page: no entries of its own")
	assert.Equal(t, KindEmbed, res.Pages[1].Kind)
	assert.Equal(t, "https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?client_id=5e11ddee&liveblogId=65f0aa11bb22cc33&themeId=61aa02", res.Pages[1].URL, "named by the vendor's address, not the mirror's")
}

func TestVendorEmbedWithOlderPages(t *testing.T) {
	// Norkon's feed pages back through EarlierObj, on the vendor's host.
	s := newSite(t, map[string]string{
		"/ski/downhill": "vendor/host-norkon.html",
		"/norkon/BulletinFeed/exampledaily/51234/Initial/":           "vendor/norkon-initial.json",
		"/norkon/BulletinFeed/exampledaily/51234/EarlierObj/880412/": "vendor/norkon-earlier.json",
	})
	res, err := New(noDelay(Options{Rewrite: rewriteTo(s.URL)})).Fetch(t.Context(), s.URL+"/ski/downhill")
	require.NoError(t, err)
	blog := res.Blog
	assert.Equal(t, "norkon", blog.Extractor)
	assert.Equal(t, "Ski championships: live from the slopes | Example Daily", blog.Title)
	assert.Equal(t, []string{"880412", "880467", "880455", "880440", "880398", "880377"}, ids(blog),
		"the sticky post on top, then newest first across both pages")
	assert.True(t, blog.Entries[0].Pinned)
	assert.True(t, entry(t, blog, "880467").KeyEvent)
	assert.Equal(t, "2024-02-08T14:55:00Z", entry(t, blog, "880467").Time.Format(time.RFC3339))
	assert.Equal(t, "2024-02-08T10:20:00Z", entry(t, blog, "880377").Time.Format(time.RFC3339))
	assert.Empty(t, blog.Older, "hasMore false")
	assert.Len(t, s.requests(), 3)
}

func TestAMPAlternate(t *testing.T) {
	s := newSite(t, map[string]string{
		"/live/marathon":            "amp/canonical.html",
		"/amp/live/marathon":        "amp/page1.html",
		"/amp/live/marathon/more/2": "amp/page2.html",
		"/amp/live/marathon/more/3": "amp/page3.html",
	})
	res, err := New(noDelay(Options{})).Fetch(t.Context(), s.URL+"/live/marathon")
	require.NoError(t, err)
	blog := res.Blog
	assert.Equal(t, "amp", blog.Extractor)
	assert.Equal(t, s.URL+"/live/marathon", blog.URL, "the page given names the blog")
	assert.Equal(t, s.URL+"/amp/live/marathon", blog.AMP)
	assert.Equal(t, []string{"post-88", "post-87", "post-86", "post-85", "post-84", "post-83", "post-82", "post-81"}, ids(blog))
	assert.Equal(t, []string{"/live/marathon", "/amp/live/marathon", "/amp/live/marathon/more/2", "/amp/live/marathon/more/3"}, s.requests())
	assert.ErrorIs(t, res.Pages[0].Err, liveblog.ErrNotLiveBlog)
	assert.Equal(t, KindAMP, res.Pages[1].Kind)
}

func TestNoEmbedsNoAMP(t *testing.T) {
	s := newSite(t, map[string]string{
		"/river-festival": "vendor/host-tickaroo.html",
		"/live/marathon":  "amp/canonical.html",
	})
	res, err := New(noDelay(Options{NoEmbeds: true, Rewrite: rewriteTo(s.URL)})).Fetch(t.Context(), s.URL+"/river-festival")
	assert.Nil(t, res)
	var ee *liveblog.EmbedError
	require.ErrorAs(t, err, &ee, "Parse's error, as it was")
	assert.Equal(t, "tickaroo", ee.Feeds[0].Vendor)

	res, err = New(noDelay(Options{NoAMP: true})).Fetch(t.Context(), s.URL+"/live/marathon")
	assert.Nil(t, res)
	require.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	assert.Equal(t, []string{"/river-festival", "/live/marathon"}, s.requests(), "neither the vendor nor the AMP page asked")
}

func TestFailedAlternatesAreNamed(t *testing.T) {
	s := newSite(t, map[string]string{
		"/river-festival": "vendor/host-tickaroo.html",
		"/live/marathon":  "amp/canonical.html",
	})
	f := New(noDelay(Options{Rewrite: rewriteTo(s.URL)}))
	res, err := f.Fetch(t.Context(), s.URL+"/river-festival")
	assert.Nil(t, res)
	require.ErrorIs(t, err, liveblog.ErrVendorEmbed)
	require.ErrorIs(t, err, ErrStatus, "the vendor's 404")
	assert.Equal(t, "liveblog: fetch: "+s.URL+"/river-festival: the entries are in a vendor embed: tickaroo "+
		"(https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?client_id=5e11ddee&liveblogId=65f0aa11bb22cc33&themeId=61aa02); "+
		"vendor feed https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?client_id=5e11ddee&liveblogId=65f0aa11bb22cc33&themeId=61aa02: HTTP 404 Not Found",
		err.Error())

	_, err = f.Fetch(t.Context(), s.URL+"/live/marathon")
	require.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	assert.Contains(t, err.Error(), "AMP alternate "+s.URL+"/amp/live/marathon: HTTP 404 Not Found")
}

func TestFirstPageErrors(t *testing.T) {
	s := newSite(t, map[string]string{"/article": "vendor/article.html"})
	f := New(noDelay(Options{}))

	res, err := f.Fetch(t.Context(), s.URL+"/gone")
	assert.Nil(t, res)
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, http.StatusNotFound, se.StatusCode)
	assert.Equal(t, "liveblog: fetch: "+s.URL+"/gone: HTTP 404 Not Found", err.Error())
	assert.NotErrorIs(t, err, ErrIncomplete)

	res, err = f.Fetch(t.Context(), s.URL+"/article")
	assert.Nil(t, res)
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)

	for _, bad := range []string{"ftp://files.example/live", "/live/relative", "http://", "http://[::1"} {
		res, err = f.Fetch(t.Context(), bad)
		assert.Nil(t, res)
		assert.ErrorIs(t, err, ErrNotHTTP, bad)
	}
}

func TestPageLimit(t *testing.T) {
	st := styles[0]
	s := newSite(t, st.pages)
	res, err := New(noDelay(Options{Pages: 2})).Fetch(t.Context(), s.URL+st.start)
	require.NoError(t, err)
	assert.Equal(t, []string{"update-41", "update-44", "update-45", "update-43", "update-42", "update-40", "update-39", "update-38"}, ids(res.Blog))
	assert.Equal(t, s.URL+"/live/coastal-storm/p3", res.Blog.Older, "where to go on")
	assert.Equal(t, []string{"/live/coastal-storm", "/live/coastal-storm/p2"}, s.requests())
	last := res.Pages[len(res.Pages)-1]
	assert.ErrorIs(t, last.Err, ErrPageLimit)
	assert.Equal(t, 3, last.Number)

	res, err = New(noDelay(Options{Pages: 1})).Fetch(t.Context(), s.URL+st.start)
	require.NoError(t, err)
	assert.Len(t, res.Blog.Entries, 5, "the page alone")
	assert.Equal(t, s.URL+"/live/coastal-storm/p2", res.Blog.Older)
}

func TestSameHostOnly(t *testing.T) {
	other := newSite(t, map[string]string{"/live/p2": "rel/page2.html"})
	// The same loopback address under another name is another host.
	otherURL := strings.Replace(other.URL, "127.0.0.1", "localhost", 1)
	s := newSite(t, map[string]string{"/live/p1": "rel/page1.html"})
	f := New(noDelay(Options{Get: func(ctx context.Context, req Request) (*Response, error) {
		resp, err := New(noDelay(Options{})).get(ctx, req)
		if resp != nil && strings.HasSuffix(req.URL, "/live/p1") {
			resp.Body = []byte(strings.Replace(string(resp.Body), `href="/live/coastal-storm/p2"`, `href="`+otherURL+`/live/p2"`, 1))
		}
		return resp, err
	}}))
	res, err := f.Fetch(t.Context(), s.URL+"/live/p1")
	require.NoError(t, err)
	assert.Len(t, res.Blog.Entries, 5)
	assert.Equal(t, otherURL+"/live/p2", res.Blog.Older, "reported, not followed")
	assert.Empty(t, other.requests())
	assert.ErrorIs(t, res.Pages[len(res.Pages)-1].Err, ErrOtherHost)
}

func TestLoopEnds(t *testing.T) {
	// Page 2's older link leads back to page 1.
	s := newSite(t, map[string]string{
		"/live/coastal-storm":    "rel/page1.html",
		"/live/coastal-storm/p2": "rel/loop2.html",
	})
	res, err := New(noDelay(Options{})).Fetch(t.Context(), s.URL+"/live/coastal-storm")
	require.NoError(t, err)
	assert.Len(t, res.Blog.Entries, 8, "5 on page 1, 3 more on page 2 (the pinned post and update-42 again)")
	assert.Empty(t, res.Blog.Older)
	assert.Equal(t, []string{"/live/coastal-storm", "/live/coastal-storm/p2"}, s.requests())
}

func TestPageRepeatingItselfEnds(t *testing.T) {
	// A server that ignores the page number serves page 1 for ?page=2;
	// its pager then says page 3 is older, and so on for ever.
	s := newSite(t, map[string]string{
		"/sport/deadline-day":        "pagenum/page1.html",
		"/sport/deadline-day?page=2": "pagenum/page1.html",
		"/sport/deadline-day?page=3": "pagenum/page1.html",
	})
	res, err := New(noDelay(Options{})).Fetch(t.Context(), s.URL+"/sport/deadline-day")
	require.NoError(t, err)
	assert.Equal(t, []string{"u12", "u11", "u10"}, ids(res.Blog))
	assert.Len(t, s.requests(), 2, "the page that added nothing ends the walk")
	assert.Empty(t, res.Blog.Older)
}

func TestErrorOnPage3KeepsWhatWasRead(t *testing.T) {
	st := styles[0]
	s := newSite(t, st.pages)
	s.status["/live/coastal-storm/p3"] = http.StatusNotFound
	res, err := New(noDelay(Options{})).Fetch(t.Context(), s.URL+st.start)
	require.Error(t, err)
	require.NotNil(t, res, "the pages read before")
	assert.Len(t, res.Blog.Entries, 8, "pages 1 and 2")
	assert.ErrorIs(t, err, ErrIncomplete)
	assert.ErrorIs(t, err, ErrStatus)
	var pe *PageError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, s.URL+"/live/coastal-storm/p3", pe.URL)
	assert.Equal(t, 3, pe.Number)
	assert.Equal(t, "liveblog: fetch: blog incomplete: "+s.URL+"/live/coastal-storm/p3 (older page 3): HTTP 404 Not Found", err.Error())
	assert.Equal(t, s.URL+"/live/coastal-storm/p3", res.Blog.Older, "where the walk stopped")
}

func TestBlog(t *testing.T) {
	// The package function with the default options, on pages that need
	// one request each (the default delay would wait a second).
	s := newSite(t, map[string]string{"/live/last-page": "rel/page3.html"})
	blog, err := Blog(t.Context(), s.URL+"/live/last-page")
	require.NoError(t, err)
	assert.Equal(t, []string{"update-41", "update-37", "update-36", "update-35", "update-34"}, ids(blog))
	blog, err = Blog(t.Context(), s.URL+"/gone")
	assert.Nil(t, blog)
	assert.ErrorIs(t, err, ErrStatus)
}

func TestContextCancels(t *testing.T) {
	st := styles[0]
	s := newSite(t, st.pages)
	ctx, cancel := context.WithCancel(t.Context())
	f := New(noDelay(Options{OnPage: func(p Page, _ *Response) {
		if p.Number == 1 {
			cancel()
		}
	}}))
	res, err := f.Fetch(ctx, s.URL+st.start)
	require.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, err, ErrIncomplete)
	require.NotNil(t, res)
	assert.Len(t, res.Blog.Entries, 5, "page 1 kept")
	assert.Equal(t, []string{"/live/coastal-storm"}, s.requests(), "nothing asked after the cancel")

	res, err = f.Fetch(ctx, s.URL+st.start)
	assert.Nil(t, res)
	assert.ErrorIs(t, err, context.Canceled, "cancelled before the first request")
	assert.Len(t, s.requests(), 1)
}

// rewriteTo maps the vendors' hosts to paths on a test server.
func rewriteTo(base string) func(string) string {
	return func(u string) string {
		for from, to := range map[string]string{
			"https://cdn.tickaroo.com/":         base + "/tickaroo/",
			"https://livecentercdn.norkon.net/": base + "/norkon/",
		} {
			if rest, ok := strings.CutPrefix(u, from); ok {
				return to + rest
			}
		}
		return u
	}
}

func ids(b *liveblog.Blog) []string {
	out := make([]string, len(b.Entries))
	for i, e := range b.Entries {
		out[i] = e.ID
	}
	return out
}

func entry(t *testing.T, b *liveblog.Blog, id string) liveblog.Entry {
	t.Helper()
	for _, e := range b.Entries {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("no entry %q", id)
	return liveblog.Entry{}
}
