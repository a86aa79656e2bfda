package detect_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

// detectFile runs p.Detect on a file of the repository.
func detectFile(t *testing.T, p *liveblog.Parser, rel string) liveblog.Detection {
	t.Helper()
	path := rel
	if !filepath.IsAbs(rel) {
		path = filepath.Join(testutil.RepoRoot(t), rel)
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	d, err := p.Detect(bytes.NewReader(data))
	require.NoError(t, err)
	return d
}

var generic = liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry()})

// TestEvidence: the reasons name what a reader of the page's source sees.
// The counts are the fixtures' own (their MANIFEST and expect files).
func TestEvidence(t *testing.T) {
	tests := []struct {
		page      string
		live      bool
		extractor string
		entries   int
		evidence  []string // each must be among the reasons; the first must come first
	}{
		{"testdata/web/skynews-live-2024-10-09.html", true, "jsonld", 5,
			[]string{"jsonld:LiveBlogPosting updates=5"}},
		{"testdata/web/liveblogpro-amp-badges-2024-06-20.html", true, "amp", 8,
			[]string{"amp-live-list items=8", "title says live"}},
		{"testdata/web/ntv-liveticker-2024-02-25.html", true, "structural", 4,
			[]string{"heading ticker: 4 entries under div.article__text, clocks run one way", "title says live"}},
		{"testdata/web/timesofisrael-live-2023-11-16.html", true, "wordpress", 6,
			[]string{"wordpress: 6 #liveblog-entry- blocks, 6 timed"}},
		{"testdata/web/negative-article-with-agency-newsticker.html", false, "", 0,
			[]string{"rejected: stream beside the article (4 blocks under div.newsticker)"}},
		{"testdata/web/negative-news-section-latest.html", false, "", 0,
			[]string{"rejected: site listing, 6 headlines under div.ui-story-list link away", "og:type=website"}},
		{"testdata/generic/trap-comments.html", false, "", 0,
			[]string{"rejected: 4 marked blocks under ol.comment-list: in page furniture"}},
		{"testdata/generic/trap-blog-index.html", false, "", 0,
			[]string{"rejected: 3 marked blocks under div.hfeed: times days apart"}},
		{"internal/detect/testdata/article-copy.browser.txt", false, "", 0,
			[]string{"text: no run of timestamped entries"}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.page), func(t *testing.T) {
			d := detectFile(t, generic, tt.page)
			assert.Equal(t, tt.live, d.Live, "%q", d.Evidence)
			assert.Equal(t, tt.extractor, d.Extractor)
			assert.Equal(t, tt.entries, d.Entries)
			for i, want := range tt.evidence {
				assert.Contains(t, d.Evidence, want)
				if i == 0 && tt.live {
					assert.Equal(t, want, d.Evidence[0], "the deciding reason comes first")
				}
			}
		})
	}
}

// TestEvidenceCorpus: the issue's own example, the Mirror's 30 entries.
func TestEvidenceCorpus(t *testing.T) {
	dir := testutil.CorpusDir(t)
	d := detectFile(t, generic, filepath.Join(dir, "mirror-uk-riots-live-2024-08-05.html"))
	require.True(t, d.Live)
	assert.Equal(t, "stream: 30 entries under div.live-event-entries, times run one way", d.Evidence[0])
	assert.Contains(t, d.Evidence, "headline says live")
	assert.Contains(t, d.Evidence, "jsonld:liveBlogUpdate present", "JSON-LD holds updates too, not counted")

	// With the site adapters, the page's canonical link names the host.
	adapters := liveblog.NewParser(liveblog.Options{Registry: adapterRegistry(t)})
	d = detectFile(t, adapters, filepath.Join(dir, "mirror-uk-riots-live-2024-08-05.html"))
	assert.Equal(t, "reach", d.Extractor)
	assert.Equal(t, "adapter:reach matches on head", d.Evidence[0])
	// A copied text is read by the adapter that recognises it.
	d = detectFile(t, adapters, filepath.Join(dir, "sputnik-afghanistan-live-2021-09-06.txt"))
	assert.Equal(t, "sputnik", d.Extractor)
	assert.Equal(t, 33, d.Entries, "the label lists 33 entries")
}

// TestEmbed: a host page whose live blog a vendor's script fills is not
// a live blog (Parse returns an EmbedError), and the embed is named.
func TestEmbed(t *testing.T) {
	d := detectFile(t, generic, "internal/embeds/testdata/arena.html")
	assert.False(t, d.Live)
	found := false
	for _, e := range d.Evidence {
		found = found || strings.HasPrefix(e, "embed:arena https://cached-api.arena.im/v1/liveblog/")
	}
	assert.True(t, found, "%q", d.Evidence)
	assert.Greater(t, d.Confidence, 0.2, "an embed makes a live blog likely one fetch away")
}

// TestDetectOptions: the parser's options count as they do for Parse.
func TestDetectOptions(t *testing.T) {
	sky := "testdata/web/skynews-live-2024-10-09.html"
	forced := func(name string) *liveblog.Parser {
		return liveblog.NewParser(liveblog.Options{Registry: liveblog.NewRegistry(), Extractor: name})
	}
	d := detectFile(t, forced("jsonld"), sky)
	assert.True(t, d.Live)
	assert.Equal(t, "jsonld", d.Extractor)
	d = detectFile(t, forced("amp"), sky)
	assert.False(t, d.Live, "the page has no amp-live-list")

	_, err := forced("nope").Detect(strings.NewReader("<p>x</p>"))
	assert.ErrorIs(t, err, liveblog.ErrUnknownExtractor)

	_, err = liveblog.NewParser(liveblog.Options{MaxSize: 10}).Detect(strings.NewReader("<p>more than ten bytes</p>"))
	assert.ErrorIs(t, err, liveblog.ErrTooLarge)

	d, err = liveblog.Detect(bytes.NewReader([]byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2, 3, 0, 0}))
	require.NoError(t, err, "binary data is not a live blog, not an error")
	assert.False(t, d.Live)

	d, err = liveblog.DetectNode(nil)
	require.NoError(t, err)
	assert.False(t, d.Live)

	d, err = liveblog.Detect(strings.NewReader(""))
	require.NoError(t, err)
	assert.False(t, d.Live)
}

// TestDetectNodeAdapters: on a parsed tree an adapter's Match sees the
// page itself.
func TestDetectNodeAdapters(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testutil.RepoRoot(t), "testdata/web/liveblogpro-standing-note-2024-01-18.html"))
	require.NoError(t, err)
	root, err := html.Parse(bytes.NewReader(data))
	require.NoError(t, err)
	p := liveblog.NewParser(liveblog.Options{Registry: adapterRegistry(t)})
	d, err := p.DetectNode(root)
	require.NoError(t, err)
	assert.True(t, d.Live)
	assert.Equal(t, "sourcefabric", d.Extractor)
	assert.Equal(t, "adapter:sourcefabric matches on tree", d.Evidence[0])
	d, err = p.Detect(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, "sourcefabric", d.Extractor, "the sketch of the page's elements shows the adapter its markup")
	assert.Equal(t, "adapter:sourcefabric matches on markup", d.Evidence[0])
}

// TestDetectionOutlivesInput: Detect reads its input in place, in a
// pooled buffer the next call reuses; nothing it returns may refer to it.
func TestDetectionOutlivesInput(t *testing.T) {
	root := testutil.RepoRoot(t)
	var kept []liveblog.Detection
	var want [][]string
	size := 0
	for _, page := range []string{"testdata/web/negative-article-with-agency-newsticker.html", "testdata/web/ntv-liveticker-2024-02-25.html",
		"internal/embeds/testdata/arena.html", "testdata/web/negative-news-section-latest.html"} {
		data, err := os.ReadFile(filepath.Join(root, page))
		require.NoError(t, err)
		d, err := liveblog.Detect(bytes.NewReader(data))
		require.NoError(t, err)
		size = max(size, len(data))
		kept = append(kept, d)
		want = append(want, append([]string{d.Extractor}, strings.Clone(strings.Join(d.Evidence, "\x00"))))
	}
	// Overwrite the pool's buffers: pages of the same size fit in them.
	filler := bytes.Repeat([]byte("<p>xxxxxxxxxxxx</p>\n"), size/20+1)[:size]
	for range 8 {
		_, _ = liveblog.Detect(bytes.NewReader(filler))
	}
	for i, d := range kept {
		assert.Equal(t, want[i], []string{d.Extractor, strings.Join(d.Evidence, "\x00")})
	}
}
