package liveblog

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/internal/dom"
)

// firstIn parses a fragment and returns the element with id "x".
func firstIn(t *testing.T, fragment string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<body>" + fragment + "</body>"))
	require.NoError(t, err)
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && dom.Attr(n, "id") == "x" {
			return n
		}
	}
	require.FailNow(t, "no element with id x")
	return nil
}

// livePattern is the regular expression titleSaysLive replaces.
var livePattern = regexp.MustCompile(`(?i)(^|[^\pL])(live|liveticker|liveblog|live-ticker|live-blog|newsblog|newsticker|ticker|latest updates|as it happened|minute by minute|minuto a minuto|minute par minute|en continu|en direct|in diretta|diretta|en directo|directo|en vivo|ao vivo|na żywo|relacja|онлайн|трансляция|хроника)([^\pL]|$)`)

func TestTitleSaysLiveMatchesPattern(t *testing.T) {
	titles := []string{
		"", "Live", "LIVE: storms hit the coast", "Ukraine war live: day 500", "Deliver the goods",
		"Liveticker zum Nahost-Konflikt", "Olivers Garten", "Guerra, la diretta", "EN DIRECT - Élections",
		"Relacja na żywo", "Онлайн-трансляция", "Politics – as it happened", "Livestream tonight",
		"Minute-by-minute", "live-blog:", "alive and well", "Latest updates on the vote", "Ticker",
		"Ticker-tape parade", "#live", "1live", "EN VIVO", "directorio", "Bolívar live",
	}
	for _, s := range titles {
		assert.Equal(t, livePattern.MatchString(s), titleSaysLive(s), "%q", s)
	}
}

func TestStripBadge(t *testing.T) {
	tests := []struct {
		name, html, title, want string
		key, pinned             bool
	}{
		{"key event label", `<h2 id="x">Key event: First result declared</h2>`, "", "First result declared", true, false},
		{"pinned label", `<h2 id="x">Pinned: How to follow</h2>`, "", "How to follow", false, true},
		{"live label", `<h2 id="x">LIVE: Watch the count</h2>`, "", "Watch the count", false, false},
		{"badge element", `<h2 id="x"><span class="badge">Eilmeldung</span> Brücke gesperrt</h2>`, "", "Brücke gesperrt", true, false},
		{"a word, not a badge", `<h2 id="x">Live music cancelled at the seafront</h2>`, "", "Live music cancelled at the seafront", false, false},
		{"updated, no separator", `<h2 id="x">Updated guidance issued</h2>`, "", "Updated guidance issued", false, false},
		{"a colon further on", `<h2 id="x">Minister: we will not resign</h2>`, "", "Minister: we will not resign", false, false},
		{"text only", ``, "Ultim'ora | Scossa avvertita in città", "Scossa avvertita in città", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dr Draft
			title, n := tt.title, (*html.Node)(nil)
			if tt.html != "" {
				n = firstIn(t, tt.html)
				title = dom.Text(n)
			}
			assert.Equal(t, tt.want, stripBadge(&dr, title, n))
			assert.Equal(t, tt.key, dr.KeyEvent, "KeyEvent")
			assert.Equal(t, tt.pinned, dr.Pinned, "Pinned")
		})
	}
}
