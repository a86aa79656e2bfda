package export

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/cdp"
)

// chromium returns the browser to run the test in. Without one the test
// is skipped, unless LIVEBLOG_REQUIRE_BROWSER is set (as in CI, where
// .ci/setup-chromium installs it): then it fails.
func chromium(t *testing.T) string {
	t.Helper()
	path := cdp.Path()
	if path == "" {
		if os.Getenv("LIVEBLOG_REQUIRE_BROWSER") != "" {
			t.Fatal("LIVEBLOG_REQUIRE_BROWSER is set but no Chromium is installed (.ci/setup-chromium installs it)")
		}
		t.Skip("no Chromium installed (.ci/setup-chromium installs Debian's; LIVEBLOG_CHROMIUM names another)")
	}
	return path
}

// artifactDir is where the test keeps its screenshots:
// $LIVEBLOG_ARTIFACTS, else the test's temporary directory (deleted
// after the test).
func artifactDir(t *testing.T) string {
	t.Helper()
	if dir := os.Getenv("LIVEBLOG_ARTIFACTS"); dir != "" {
		require.NoError(t, os.MkdirAll(dir, 0o755))
		return dir
	}
	return t.TempDir()
}

// watchViolations runs in every page before its content (as the
// browser's, outside the page's policy) and records what the page's
// Content-Security-Policy blocked.
const watchViolations = `window.__violations = [];
document.addEventListener("securitypolicyviolation", e => window.__violations.push(e.effectiveDirective));`

// pageState is what the test reads of a loaded reader page.
type pageState struct {
	Entries []struct {
		ID      string  `json:"id"`
		Class   string  `json:"cls"`
		Width   float64 `json:"w"`
		Height  float64 `json:"h"`
		X       float64 `json:"x"`
		Text    string  `json:"text"`
		Visible bool    `json:"visible"`
	} `json:"entries"`
	Pwned      *string  `json:"pwned"`
	Scripts    int      `json:"scripts"`
	Handlers   int      `json:"handlers"`
	Violations []string `json:"violations"`
	Links      []string `json:"links"`
	Images     []struct {
		Src   string `json:"src"`
		Width int    `json:"w"`
	} `json:"images"`
	CSP    string  `json:"csp"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// readPage is evaluated in the page to read its state. An entry is
// visible when it has a box on the page, is not hidden by style, and its
// centre point is inside the document.
const readPage = `(() => {
  const entries = [...document.querySelectorAll("main article")].map(a => {
    const r = a.getBoundingClientRect(), cs = getComputedStyle(a);
    return {id: a.id, cls: a.className, w: r.width, h: r.height, x: r.left, text: a.innerText,
      visible: cs.display !== "none" && cs.visibility === "visible" && parseFloat(cs.opacity) > 0};
  });
  let handlers = 0;
  for (const el of document.querySelectorAll("*")) for (const at of el.attributes) if (at.name.startsWith("on")) handlers++;
  return {
    entries,
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    scripts: document.scripts.length,
    handlers,
    violations: window.__violations || [],
    links: [...document.links].map(a => a.href),
    images: [...document.images].map(i => ({src: i.src, w: i.naturalWidth})),
    csp: (document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || "",
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  };
})()`

// TestReaderPageInChromium renders reader pages in headless Chromium,
// served from a loopback httptest server: a page made from a fixture
// blog whose entries try to run scripts (the library has already
// neutralised them), and a page whose entry HTML was built by hand with
// a script, an event handler and a javascript: link, written without
// the allowlist pass, to show that the page's policy alone stops them.
// Every entry must be on screen with its text, no script may run, and a
// screenshot of the fixture page is kept.
func TestReaderPageInChromium(t *testing.T) {
	path := chromium(t)
	start := time.Now()

	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/img/start-line.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write(testPNG(t, 64, 40))
	})

	f, err := os.Open(filepath.Join("testdata", "reader-blog.html"))
	require.NoError(t, err)
	defer f.Close()
	blog, err := liveblog.NewParser(liveblog.Options{URL: srv.URL + "/live/regatta"}).Parse(f)
	require.NoError(t, err)
	require.Len(t, blog.Entries, 5)

	var page bytes.Buffer
	require.NoError(t, HTML(&page, blog))
	mux.HandleFunc("/reader", serve(page.Bytes()))

	hostile := handBuiltBlog()
	var raw bytes.Buffer
	require.NoError(t, (&settings{loc: time.UTC, rawHTML: true}).writeHTML(&raw, hostile))
	require.Contains(t, raw.String(), "<script>", "the unsanitised page must hold the script the policy is to stop")
	mux.HandleFunc("/raw", serve(raw.Bytes()))

	b := cdp.Start(t, path)
	require.NoError(t, b.Enable("Page", "Runtime"))
	require.NoError(t, b.BeforeLoad(watchViolations))

	t.Run("fixture blog", func(t *testing.T) {
		require.NoError(t, b.Navigate(srv.URL+"/reader"))
		var st pageState
		require.NoError(t, b.Eval(readPage, &st))

		assert.Equal(t, ContentSecurityPolicy, st.CSP)
		assert.Nil(t, st.Pwned, "a script ran")
		assert.Zero(t, st.Scripts, "script elements in the page")
		assert.Zero(t, st.Handlers, "event handler attributes in the page")
		for _, l := range st.Links {
			assert.True(t, strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://"), "link %q", l)
		}
		// What a reader sees of each entry, in page order: its title or
		// first words, its time in UTC, and its flag.
		want := []struct{ id, text, class string }{
			{"r105", "Roads around the quay close at noon", "entry pinned"},
			{"r104", "Race officer starts the first heat", "entry key-event"},
			{"r103", "Entries close ten minutes before each heat.", "entry"},
			{"r102", "Bring a jumper: it is colder on the water than on the quay.", "entry"},
			{"r101", "Light winds from the west and sunshine forecast", "entry"},
		}
		times := []string{"Fri 21 Jun 2024, 10:00 UTC", "Fri 21 Jun 2024, 09:30 UTC", "Fri 21 Jun 2024, 09:00 UTC", "Fri 21 Jun 2024, 08:30 UTC", "Fri 21 Jun 2024, 08:00 UTC"}
		require.Len(t, st.Entries, len(want))
		for i, e := range st.Entries {
			assert.Equal(t, want[i].id, e.ID)
			assert.Equal(t, want[i].class, e.Class)
			assert.True(t, e.Visible, "entry %s hidden", e.ID)
			assert.Greater(t, e.Width, 200.0, "entry %s width", e.ID)
			assert.Greater(t, e.Height, 20.0, "entry %s height", e.ID)
			assert.GreaterOrEqual(t, e.X, 0.0, "entry %s off the left edge", e.ID)
			assert.Contains(t, e.Text, want[i].text)
			assert.Contains(t, e.Text, times[i])
		}
		assert.Contains(t, strings.ToLower(st.Entries[0].Text), "pinned")
		assert.Contains(t, strings.ToLower(st.Entries[1].Text), "key event")
		assert.Contains(t, st.Entries[1].Text, "The start line off the north pier")
		// The image came from the loopback server, as the policy allows.
		require.Len(t, st.Images, 1)
		assert.Equal(t, srv.URL+"/img/start-line.png", st.Images[0].Src)
		assert.Equal(t, 64, st.Images[0].Width, "the image did not load")

		shot, err := b.Screenshot(st.Width, st.Height)
		require.NoError(t, err)
		img, err := png.Decode(bytes.NewReader(shot))
		require.NoError(t, err, "the screenshot is not a PNG")
		assert.Equal(t, int(st.Width), img.Bounds().Dx())
		assert.Equal(t, int(st.Height), img.Bounds().Dy())
		assert.Greater(t, darkRows(img), 50, "the screenshot shows almost no text")
		out := filepath.Join(artifactDir(t), "reader-page.png")
		require.NoError(t, os.WriteFile(out, shot, 0o644))
		t.Logf("screenshot: %s (%dx%d)", out, img.Bounds().Dx(), img.Bounds().Dy())
	})

	t.Run("policy stops a hand-built script", func(t *testing.T) {
		require.NoError(t, b.Navigate(srv.URL+"/raw"))
		var st pageState
		require.NoError(t, b.Eval(readPage, &st))
		assert.Nil(t, st.Pwned, "a script ran despite the policy")
		assert.Equal(t, 1, st.Scripts, "the script element must be in the page, stopped by the policy alone")
		assert.Equal(t, 1, st.Handlers, "the event handler must be in the page, stopped by the policy alone")
		assert.Contains(t, st.Violations, "script-src-elem", "the inline script was not reported as blocked")
		assert.Contains(t, st.Violations, "script-src-attr", "the event handler was not reported as blocked")
		require.Len(t, st.Entries, 2)
		for _, e := range st.Entries {
			assert.True(t, e.Visible && e.Width > 0 && e.Height > 0, "entry %s not visible", e.ID)
		}
		assert.Contains(t, st.Entries[0].Text, "A script sits after this sentence.")
		assert.Contains(t, st.Entries[1].Text, "a link that runs code")

		// A reader clicks the script-URL link: the policy stops it too.
		require.NoError(t, b.Eval(`document.querySelector('a[href^="javascript:"]').click()`, nil))
		var after pageState
		require.Eventually(t, func() bool {
			after = pageState{}
			return b.Eval(readPage, &after) == nil && len(after.Violations) > len(st.Violations)
		}, 5*time.Second, 50*time.Millisecond, "clicking the javascript: link was not reported as blocked")
		assert.Nil(t, after.Pwned, "the javascript: link ran")
		t.Logf("violations reported: %v", after.Violations)
	})
	t.Logf("browser test took %v", time.Since(start).Round(time.Millisecond))
}

// handBuiltBlog is a Blog whose entry HTML did not come from Parse: it
// holds a script, an event handler and a javascript: link.
func handBuiltBlog() *liveblog.Blog {
	return &liveblog.Blog{
		Title: "Hand-built blog",
		Entries: []liveblog.Entry{
			{
				ID:   "h1",
				Time: time.Date(2024, 3, 2, 9, 15, 0, 0, time.UTC),
				HTML: `<p>A script sits after this sentence.</p><script>window.__pwned = "inline script"</script>` +
					`<p><img src="data:," onerror="window.__pwned = 'event handler'" alt=""></p>`,
			},
			{
				ID:   "h2",
				HTML: `<p>Here is <a href="javascript:void(window.__pwned='javascript link')">a link that runs code</a>.</p>`,
			},
		},
	}
}

// serve answers every request with an HTML page.
func serve(page []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	}
}

// testPNG returns a PNG of the size, a blue rectangle.
func testPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{30, 90, 200, 255})
		}
	}
	var buf bytes.Buffer
	require.NoError(t, png.Encode(&buf, img))
	return buf.Bytes()
}

// darkRows counts the rows of the image that hold a dark pixel: text.
func darkRows(img image.Image) int {
	rows := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 < 100 && g>>8 < 100 && bl>>8 < 100 {
				rows++
				break
			}
		}
	}
	return rows
}
