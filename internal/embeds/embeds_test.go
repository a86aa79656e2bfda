package embeds

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

func TestFind(t *testing.T) {
	page, _ := url.Parse("https://www.example-news.com/live/today")
	tests := []struct {
		file string
		want []Feed
	}{
		{"tickaroo.html", []Feed{{Tickaroo, "https://cdn.tickaroo.com/api/embed/v4/prefetch/liveblog.json?client_id=5f00ccdd&liveblogId=6622f0a1b2c3d4e5f6a7b8c9&themeId=64aa01"}}},
		{"norkon-frame.html", []Feed{{Norkon, "https://livecentercdn.norkon.net/BulletinFeed/coastpost/60412/Initial/"}}},
		{"norkon-script.html", []Feed{{Norkon, "https://livecentercdn.norkon.net/BulletinFeed/nightdesk/91234/Initial/"}}},
		// The single-post embed is not a blog; the event embed is.
		{"scribble-div.html", []Feed{{ScribbleLive, "https://embed.scribblelive.com/Embed/v7.aspx?Id=2270555&ThemeId=30120"}}},
		{"scribble-iframe.html", []Feed{{ScribbleLive, "https://embed.scribblelive.com/Embed/v7.aspx?Id=2759001"}}},
		{"liveblogpro.html", []Feed{{Sourcefabric, "https://cdn.example-media.net/blogs/5b2c0f1e9a7d3c4b5e6f7a8b/index.html"}}},
		// The div and the script name the same blog: one feed.
		{"arena.html", []Feed{{Arena, "https://cached-api.arena.im/v1/liveblog/metrosport/Kp3vX9z"}}},
		{"arena-script.html", []Feed{{Arena, "https://cached-api.arena.im/v1/liveblog/valleynews/QQ71abc"}}},
		{"lb24.html", []Feed{{LB24, "https://data.24liveplus.com/v1/retrieve_server/x/event/3328021676610147001/news/?inverted_order=1&last_nid=&limit=100"}}},
		{"lb24-iframe.html", []Feed{{LB24, "https://data.24liveplus.com/v1/retrieve_server/x/event/3260367258858776002/news/?inverted_order=1&last_nid=&limit=100"}}},
		// Look-alikes: a frame on another host, ids that are paths, an
		// article embed, an iframe not on the vendor, a component without
		// its client id.
		{"none.html", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			assert.Equal(t, tt.want, Find(parse(t, tt.file), page))
		})
	}
}

func TestFindInOrder(t *testing.T) {
	page := `<html><body>
<div id="LB24_LIVE_CONTENT" data-eid="11"></div>
<div class="arena-liveblog" data-publisher="a" data-event="b"></div>
<div id="LB24_LIVE_CONTENT" data-eid="11"></div>
</body></html>`
	root, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	got := Find(root, nil)
	require.Len(t, got, 2, "the repeated embed once")
	assert.Equal(t, LB24, got[0].Vendor)
	assert.Equal(t, Arena, got[1].Vendor)
}

func TestRelativeFrame(t *testing.T) {
	// A Live Blog page republished under the publisher's own path.
	root, err := html.Parse(strings.NewReader(`<iframe id="liveblog-iframe" src="/liveblog/5b2c/index.html#top"></iframe>`))
	require.NoError(t, err)
	page, _ := url.Parse("http://www.example-news.com/politics/live")
	assert.Equal(t, []Feed{{Sourcefabric, "http://www.example-news.com/liveblog/5b2c/index.html"}}, Find(root, page))
	assert.Nil(t, Find(root, nil), "a relative frame without a page URL has no address")
	assert.Nil(t, Find(nil, page))
}

// TestNoRecursion walks a tree nested deeper than a recursive walk's
// stack would allow (built by hand: the HTML parser caps nesting).
func TestNoRecursion(t *testing.T) {
	root := &html.Node{Type: html.DocumentNode}
	n := root
	for range 200000 {
		c := &html.Node{Type: html.ElementNode, Data: "div"}
		n.AppendChild(c)
		n = c
	}
	n.AppendChild(&html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{
		{Key: "class", Val: "arena-liveblog"}, {Key: "data-publisher", Val: "p"}, {Key: "data-event", Val: "e"},
	}})
	assert.Equal(t, []Feed{{Arena, "https://cached-api.arena.im/v1/liveblog/p/e"}}, Find(root, nil))
}
