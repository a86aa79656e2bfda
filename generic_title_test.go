package liveblog

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestWithoutSiteName: a title's last part goes only when it names the
// site the page says it is on.
func TestWithoutSiteName(t *testing.T) {
	tests := []struct {
		name, head, title, want string
	}{
		{"site name", `<meta property="og:site_name" content="Coastal Herald">`, "Bushfire live | Coastal Herald", "Bushfire live"},
		{"site name and live word", `<meta property="og:site_name" content="Harbour FM">`, "Fun run – Harbour FM live", "Fun run"},
		{"host", `<link rel="canonical" href="https://www.gazette-littoral.fr/x">`, "DIRECT. Tempête | La Gazette du Littoral", "DIRECT. Tempête"},
		{"host under a country's second level", `<link rel="canonical" href="https://coastalherald.com.au/x">`, "Fire live - The Coastal Herald", "Fire live"},
		{"full-width bar", `<meta property="og:site_name" content="みなと新聞デジタル">`, "台風5号 接近｜みなと新聞デジタル", "台風5号 接近"},
		{"a real title", `<link rel="canonical" href="https://www.lakeshoretimes.com/x">`, "Budget day live – what we know so far", "Budget day live – what we know so far"},
		{"nothing names the site", ``, "Storm live | Day two", "Storm live | Day two"},
	}
	for _, tt := range tests {
		page := "<html><head>" + tt.head + "<title>t</title></head><body><p>x</p></body></html>"
		root, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err, tt.name)
		d := newDocument(root, "", &Options{})
		assert.Equal(t, tt.want, withoutSiteName(d, tt.title), tt.name)
	}
}
