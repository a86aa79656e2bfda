package paging

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func parse(t *testing.T, name string) *html.Node {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	root, err := html.Parse(strings.NewReader(string(data)))
	require.NoError(t, err)
	return root
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

func TestFind(t *testing.T) {
	tests := []struct {
		file, page string
		want       Links
	}{
		{"rel-links.html", "https://news.example.com/live/storm-imogen?page=2", Links{
			Older: "https://news.example.com/live/storm-imogen?page=3",
			Newer: "https://news.example.com/live/storm-imogen",
			AMP:   "https://news.example.com/amp/live/storm-imogen",
		}},
		{"older-posts.html", "https://villagenews.example.org/fete-live/page/2/", Links{
			Older: "https://villagenews.example.org/fete-live/page/3/",
			Newer: "https://villagenews.example.org/fete-live/",
		}},
		// Bare numbers: page 3 is older, page 1 newer, page 4 neither.
		{"page-number.html", "https://www.example-sport.com/sport/deadline-day?page=2", Links{
			Older: "https://www.example-sport.com/sport/deadline-day?page=3",
			Newer: "https://www.example-sport.com/sport/deadline-day?page=1",
		}},
		// /page/N: the bare address is page 1; another blog's page 3 is not ours.
		{"path-page.html", "https://www.example-cup.com/live/cup-semi/page/2", Links{
			Older: "https://www.example-cup.com/live/cup-semi/page/3",
			Newer: "https://www.example-cup.com/live/cup-semi",
		}},
		// ?page=with:block-…: the pager's Next and Previous say the way;
		// Newest and Oldest are the ends, not the neighbours.
		{"guardian.html", "https://www.theguardian.com/politics/live/2024/may/02/local-elections?page=with:block-6631aa", Links{
			Older: "https://www.theguardian.com/politics/live/2024/may/02/local-elections?page=with:block-6630bb",
			Newer: "https://www.theguardian.com/politics/live/2024/may/02/local-elections?page=with:block-6632ff",
		}},
		{"amp.html", "https://www.example-times.co.uk/sport/marathon-live/amp?page=2", Links{
			Older: "https://www.example-times.co.uk/sport/marathon-live/amp?page=3",
			Newer: "https://www.example-times.co.uk/sport/marathon-live/amp",
		}},
		// A script "next", an article's "Next article", a "Previous" link
		// outside any pager that leads back to the page, an in-page anchor.
		{"no-links.html", "https://www.example.org/science/how-tides-work", Links{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			assert.Equal(t, tt.want, Find(parse(t, tt.file), mustURL(tt.page)))
		})
	}
}

// TestRelBeatsText: the rel links decide even when a text link says
// otherwise later on the page.
func TestRelBeatsText(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<html><head><link rel="next" href="/b?page=2"></head><body><a href="/b?page=9">Older posts</a><a href="/b?page=2">2</a></body></html>`))
	require.NoError(t, err)
	got := Find(root, mustURL("https://x.example.com/b"))
	assert.Equal(t, "https://x.example.com/b?page=2", got.Older)
	assert.Empty(t, got.Newer, "page 1 has no newer page")
}

// TestWithoutPageURL keeps relative addresses relative, for the caller to
// resolve, and reads no numbers (there is no page to compare with).
func TestWithoutPageURL(t *testing.T) {
	got := Find(parse(t, "older-posts.html"), nil)
	assert.Equal(t, "https://villagenews.example.org/fete-live/page/3/", got.Older)
	got = Find(parse(t, "rel-links.html"), nil)
	assert.Equal(t, Links{Older: "/live/storm-imogen?page=3", Newer: "/live/storm-imogen", AMP: "https://news.example.com/amp/live/storm-imogen"}, got)
	got = Find(parse(t, "page-number.html"), nil)
	assert.Equal(t, Links{}, got)
	assert.Equal(t, Links{}, Find(nil, nil))
}

func TestPageNumber(t *testing.T) {
	for in, want := range map[string]int{
		"https://a.example/x":                   1,
		"https://a.example/x?page=4":            4,
		"https://a.example/x?paged=3":           3,
		"https://a.example/x/page/5/":           5,
		"https://a.example/x?page=with:block-1": 1,
		"https://a.example/x?page=0":            1,
	} {
		assert.Equal(t, want, pageNumber(mustURL(in)), in)
	}
	assert.Equal(t, 1, pageNumber(nil))
}
