package liveblog_test

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/unicode"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/internal/testutil"
)

var update = flag.Bool("update", false, "rewrite golden files")

func parseFile(t *testing.T, path string, opts liveblog.Options) (*liveblog.Blog, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return liveblog.NewParser(opts).Parse(bytes.NewReader(data))
}

func TestParseTextGolden(t *testing.T) {
	t.Parallel()
	blog, err := parseFile(t, "testdata/text/harbour-storm-live.txt", liveblog.Options{})
	require.NoError(t, err)
	testutil.GoldenJSON(t, "testdata/text/harbour-storm-live.golden.json", blog, *update)

	assert.Equal(t, "text", blog.Extractor)
	assert.Equal(t, "Live Updates: Storm Aldric Batters the Northern Coast", blog.Title)
	assert.True(t, strings.HasPrefix(blog.Summary, "A deep low-pressure system"), blog.Summary)
	assert.NotContains(t, blog.Summary, "Table of contents")

	type want struct {
		time, title string
		paragraphs  int
	}
	wants := []want{
		{"2024-03-12T09:45:00Z", "Harbour Authority Says Inner Basin Held Overnight", 0},
		{"2024-03-12T07:30:00Z", "", 2},
		{"2024-03-12T07:30:00Z", "", 1},
		{"2024-03-12T01:10:00Z", "", 0},
		{"2024-03-11T23:55:00Z", "", 2}, // a repeated paragraph kept once
		{"2024-03-11T21:20:00Z", "", 2}, // a repeated pair kept once
		{"2024-03-11T18:05:00Z", "Lifeboat Crew Rescues Two Walkers Cut Off by the Tide", 0},
	}
	require.Len(t, blog.Entries, len(wants))
	ids := map[string]bool{}
	for i, w := range wants {
		e := blog.Entries[i]
		wt, _ := time.Parse(time.RFC3339, w.time)
		assert.Truef(t, wt.Equal(e.Time), "entry %d: time %v, want %v", i, e.Time, wt)
		assert.Equal(t, w.title, e.Title, "entry %d title", i)
		got := 0
		if e.Text != "" {
			got = len(strings.Split(e.Text, "\n\n"))
		}
		assert.Equal(t, w.paragraphs, got, "entry %d paragraphs: %q", i, e.Text)
		assert.NotContains(t, e.Text, "Example Wire", "entry %d: caption credit left in the body", i)
		assert.False(t, ids[e.ID], "entry %d: duplicate ID %q", i, e.ID)
		ids[e.ID] = true
	}
}

// The Sputnik text is the page this project was born from: the result
// must be the page as a reader sees it, field by field. Expected values
// come from the shared label, so no page text is copied into the repo.
func TestSputnikCorpusText(t *testing.T) {
	t.Parallel()
	corpus := testutil.CorpusDir(t)
	const page = "sputnik-afghanistan-live-2021-09-06.txt"
	label := testutil.LoadLabel(t, corpus, page)
	blog, err := parseFile(t, filepath.Join(corpus, page), liveblog.Options{})
	require.NoError(t, err)

	assert.Equal(t, label.PageTitle, blog.Title)
	assert.NotEmpty(t, blog.Summary)
	require.Len(t, blog.Entries, 33)
	require.Len(t, label.Entries, 33)

	titleOnly, empty := 0, 0
	for i, want := range label.Entries {
		e := blog.Entries[i]
		wt := want.Time
		assert.Truef(t, wt.Equal(e.Time), "entry %d: time %v, want %v", i, e.Time, wt)
		assert.Equal(t, want.Title, e.Title, "entry %d title", i)
		switch {
		case want.Title != "" && want.TextPrefix == "":
			titleOnly++
			assert.Empty(t, e.Text, "entry %d: a linked-story entry has no body", i)
		case want.Title == "" && want.TextPrefix == "":
			empty++
			assert.Empty(t, e.Text, "entry %d", i)
		default:
			assert.True(t, strings.HasPrefix(e.Text, want.TextPrefix), "entry %d: text %.80q, want prefix %q", i, e.Text, want.TextPrefix)
		}
		paras := strings.Split(e.Text, "\n\n")
		seen := map[string]bool{}
		for _, p := range paras {
			if p != "" {
				assert.False(t, seen[p], "entry %d repeats a paragraph", i)
				seen[p] = true
			}
		}
		for _, chrome := range []string{"Table of contents", "New first", "Old first", "To participate in the discussion", "log in or register", "Sputnik International, 1920", "Заголовок"} {
			assert.NotContains(t, e.Text, chrome, "entry %d", i)
			assert.NotContains(t, e.Title, chrome, "entry %d", i)
		}
	}
	assert.Equal(t, 6, titleOnly, "entries that only link to a story")
	assert.Equal(t, 2, empty, "entries with a time and no text")
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		input string
		opts  liveblog.Options
		want  error
	}{
		{"empty", "", liveblog.Options{}, liveblog.ErrNotLiveBlog},
		{"blank", " \n\t\n", liveblog.Options{}, liveblog.ErrNotLiveBlog},
		{"binary", "\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a\n\x00\x00", liveblog.Options{}, liveblog.ErrNotLiveBlog},
		{"executable holding stamp lines", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00" + strings.Repeat("10:00 GMT 01.02.2023\nSomething happened in the harbour today.\n\n", 6), liveblog.Options{}, liveblog.ErrNotLiveBlog},
		{"prose", "Just an ordinary paragraph.\n\nAnd another one, with 3 numbers 14 and 2021.", liveblog.Options{}, liveblog.ErrNotLiveBlog},
		{"one stamp is not a feed", "Title here\n\n10:00 GMT 01.02.2023\nSomething happened.\n", liveblog.Options{}, liveblog.ErrNotLiveBlog},
		{"article html", "<html><body><article><h1>Headline</h1><p>Body text.</p></article></body></html>", liveblog.Options{}, liveblog.ErrNotLiveBlog},
		{"too large", strings.Repeat("a", 101), liveblog.Options{MaxSize: 100}, liveblog.ErrTooLarge},
		{"unknown source", "x", liveblog.Options{Extractor: "no-such-site"}, liveblog.ErrUnknownExtractor},
		{"unknown fallback charset", "caf\xe9 10:00", liveblog.Options{FallbackCharset: "klingon"}, liveblog.ErrCharset},
		{"unknown declared charset", "x", liveblog.Options{ContentType: "text/plain; charset=klingon"}, liveblog.ErrCharset},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			blog, err := liveblog.NewParser(tt.opts).Parse(strings.NewReader(tt.input))
			assert.ErrorIs(t, err, tt.want)
			assert.Nil(t, blog)
		})
	}
}

func TestParseUnknownSourceNamesTheLikelyMistake(t *testing.T) {
	t.Parallel()
	_, err := liveblog.NewParser(liveblog.Options{Extractor: "guardain"}).Parse(strings.NewReader("x"))
	require.ErrorIs(t, err, liveblog.ErrUnknownExtractor)
	assert.Contains(t, err.Error(), `"guardain"`)
	assert.Contains(t, err.Error(), "sources/all")
}

func TestParseNoLimit(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/text/harbour-storm-live.txt")
	require.NoError(t, err)
	_, err = liveblog.NewParser(liveblog.Options{MaxSize: int64(len(data))}).Parse(bytes.NewReader(data))
	assert.NoError(t, err, "input exactly at the limit is accepted")
	_, err = liveblog.NewParser(liveblog.Options{MaxSize: -1}).Parse(bytes.NewReader(data))
	assert.NoError(t, err)
}

var errBroken = errors.New("broken pipe")

type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n > 0 {
		r.n--
		return copy(p, "12:00 GMT 01.01.2024\n"), nil
	}
	return 0, errBroken
}

func TestParseReaderError(t *testing.T) {
	t.Parallel()
	_, err := liveblog.Parse(&failingReader{n: 2})
	assert.ErrorIs(t, err, errBroken)
}

type closeRecorder struct {
	io.Reader
	closed bool
}

func (c *closeRecorder) Close() error { c.closed = true; return nil }

func TestParseDoesNotClose(t *testing.T) {
	t.Parallel()
	f, err := os.Open("testdata/text/harbour-storm-live.txt")
	require.NoError(t, err)
	defer f.Close()
	rc := &closeRecorder{Reader: f}
	_, err = liveblog.Parse(rc)
	require.NoError(t, err)
	assert.False(t, rc.closed)
}

func TestParseCharsets(t *testing.T) {
	t.Parallel()
	cp1251, err := os.ReadFile("testdata/text/storm-cp1251.txt")
	require.NoError(t, err)

	t.Run("unlabelled windows-1251 text with a fallback", func(t *testing.T) {
		blog, err := liveblog.NewParser(liveblog.Options{FallbackCharset: "windows-1251"}).Parse(bytes.NewReader(cp1251))
		require.NoError(t, err)
		assert.Equal(t, "Онлайн: шторм на северном побережье", blog.Title)
		require.Len(t, blog.Entries, 2)
		assert.Contains(t, blog.Entries[1].Text, "без света")
	})
	t.Run("charset from Content-Type", func(t *testing.T) {
		blog, err := liveblog.NewParser(liveblog.Options{ContentType: "text/plain; charset=windows-1251"}).Parse(bytes.NewReader(cp1251))
		require.NoError(t, err)
		assert.Contains(t, blog.Entries[0].Text, "Портовые")
	})
	t.Run("unlabelled defaults to windows-1252", func(t *testing.T) {
		blog, err := liveblog.Parse(bytes.NewReader(cp1251))
		require.NoError(t, err)
		assert.NotContains(t, blog.Entries[0].Text, "Портовые")
	})

	// HTML charsets, read through an extractor that reports the title.
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(titleEcho))
	for _, tc := range []struct {
		name, ctype string
		page        []byte
		want        string
	}{
		{"meta windows-1252", "", []byte("<html><head><meta charset=windows-1252><title>Caf\xe9 cr\xe8me live</title></head><body></body></html>"), "Café crème live"},
		{"meta shift_jis", "", []byte("<html><head><meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'><title>\x83\x89\x83C\x83u</title></head></html>"), "ライブ"},
		{"header windows-1251", "text/html; charset=windows-1251", []byte("<html><head><title>\xcf\xf0\xff\xec\xee\xe9 \xfd\xf4\xe8\xf0</title></head></html>"), "Прямой эфир"},
		{"utf-8 unlabelled", "", []byte("<html><head><title>Gr\xc3\xbc\xc3\x9fe</title></head></html>"), "Grüße"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			blog, err := liveblog.NewParser(liveblog.Options{Registry: reg, ContentType: tc.ctype}).Parse(bytes.NewReader(tc.page))
			require.NoError(t, err)
			assert.Equal(t, tc.want, blog.Entries[0].Title)
		})
	}
}

// titleEcho is a test extractor that returns one entry titled with the
// page title, to observe decoding.
var titleEcho = liveblog.NewExtractor("title-echo", func(d *liveblog.Document) bool { return d.IsHTML() },
	func(d *liveblog.Document) (*liveblog.Result, error) {
		return &liveblog.Result{Entries: []liveblog.Draft{{Title: d.Title()}}}, nil
	})

func TestParseNode(t *testing.T) {
	t.Parallel()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(titleEcho))
	root, err := html.Parse(strings.NewReader("<title>From a tree</title>"))
	require.NoError(t, err)
	blog, err := liveblog.NewParser(liveblog.Options{Registry: reg}).ParseNode(root)
	require.NoError(t, err)
	assert.Equal(t, "From a tree", blog.Entries[0].Title)
	assert.Equal(t, "title-echo", blog.Extractor)

	_, err = liveblog.ParseNode(nil)
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
}

func TestParseContentTypeOverridesSniffing(t *testing.T) {
	t.Parallel()
	// Text that starts with markup-looking characters is still text when
	// the server says so.
	page := "<Breaking> Live: markets\n\n10:00 GMT 01.02.2023\nShares rose.\n\n09:00 GMT 01.02.2023\nShares opened flat.\n"
	blog, err := liveblog.NewParser(liveblog.Options{ContentType: "text/plain; charset=utf-8"}).Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Len(t, blog.Entries, 2)
	_, err = liveblog.Parse(strings.NewReader(page))
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog, "sniffed as HTML without the header")
}

func TestParseConcurrentUse(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/text/harbour-storm-live.txt")
	require.NoError(t, err)
	p := liveblog.NewParser(liveblog.Options{})
	want, err := p.Parse(bytes.NewReader(data))
	require.NoError(t, err)
	errs := make(chan error, 16)
	results := make(chan *liveblog.Blog, 16)
	for range 16 {
		go func() {
			b, err := p.Parse(bytes.NewReader(data))
			errs <- err
			results <- b
		}()
	}
	for range 16 {
		require.NoError(t, <-errs)
		assert.Equal(t, want, <-results)
	}
}

func TestCapturedDatesClockOnlyArchives(t *testing.T) {
	t.Parallel()
	// A page with clock-only stamps and no date of its own, archived on
	// 3 March 2019: its times are dated from the capture.
	page := "Live: night shift\n\n22:10\nThe last train left.\n\n21:45\nThe station filled up.\n"
	captured := time.Date(2019, 3, 3, 23, 0, 0, 0, time.UTC)
	blog, err := liveblog.NewParser(liveblog.Options{Captured: captured}).Parse(strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, blog.Entries, 2)
	want := time.Date(2019, 3, 3, 22, 10, 0, 0, time.UTC)
	assert.Truef(t, want.Equal(blog.Entries[0].Time), "got %v, want %v", blog.Entries[0].Time, want)

	// Now, when given, wins over Captured.
	now := time.Date(2020, 1, 1, 23, 0, 0, 0, time.UTC)
	blog, err = liveblog.NewParser(liveblog.Options{Captured: captured, Now: now}).Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, 2020, blog.Entries[0].Time.Year())
}

// The tree is built as html.Parse builds it, with scripting on as in a
// reader's browser: <noscript> holds its markup as raw text, which no
// entry field may show.
func TestNoscriptMarkupStaysOut(t *testing.T) {
	data, err := os.ReadFile("testdata/generic/structural-containers.html")
	require.NoError(t, err)
	page := strings.Replace(string(data), "<p>Volunteers have filled",
		`<noscript><img src="https://img.example/bags.jpg" alt="Bags"><p>Enable JavaScript &lt;now&gt;</p></noscript><p>Volunteers have filled`, 1)
	require.NotEqual(t, string(data), page)
	blog, err := liveblog.Parse(strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, blog.Entries, 3)
	e := blog.Entries[0]
	assert.Equal(t, "Sandbags handed out at the leisure centre", e.Title)
	for _, field := range []string{e.Title, e.Text, e.HTML} {
		assert.NotContains(t, field, "bags.jpg")
		assert.NotContains(t, field, "JavaScript")
	}
	for _, im := range e.Images {
		assert.NotContains(t, im.URL, "bags.jpg")
	}
}

// TestParseUTF16File reads a live blog saved as UTF-16 with a byte order
// mark, as a file or a batch folder hands it over.
func TestParseUTF16File(t *testing.T) {
	t.Parallel()
	page, err := os.ReadFile(filepath.Join("testdata", "text", "harbour-storm-live.txt"))
	require.NoError(t, err)
	want, err := liveblog.Parse(bytes.NewReader(page))
	require.NoError(t, err)
	for _, e := range []unicode.Endianness{unicode.BigEndian, unicode.LittleEndian} {
		raw, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes(page)
		require.NoError(t, err)
		got, err := liveblog.Parse(bytes.NewReader(raw))
		require.NoError(t, err)
		assert.Equal(t, want.Entries, got.Entries)
	}
}

// Parse hands the page's <html lang> to the Normalizer extractors read
// times with, as a hint: "14h" on a French page is a clock.
func TestDocumentNormalizerKnowsThePageLanguage(t *testing.T) {
	t.Parallel()
	var got liveblog.Stamp
	var lang string
	ext := liveblog.NewExtractor("probe", nil, func(d *liveblog.Document) (*liveblog.Result, error) {
		lang = d.Normalizer().Language
		var err error
		got, err = d.Normalizer().Read("14h")
		require.NoError(t, err)
		return nil, liveblog.ErrNotLiveBlog
	})
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(ext))
	now := time.Date(2024, 6, 9, 16, 0, 0, 0, time.UTC)
	page := `<html lang="fr-FR"><head><title>Direct</title></head><body><p>x</p></body></html>`
	_, err := liveblog.NewParser(liveblog.Options{Registry: reg, Extractor: "probe", Now: now}).Parse(strings.NewReader(page))
	require.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	assert.Equal(t, "fr-FR", lang)
	assert.False(t, got.Relative)
	assert.Equal(t, time.Date(2024, 6, 9, 14, 0, 0, 0, time.UTC), got.Time)
}

// The finishing step reads an extractor's printed times with the page's
// language too: "21h" from an adapter of a French site is a clock.
func TestFinishingReadsClocksInThePageLanguage(t *testing.T) {
	t.Parallel()
	ext := liveblog.NewExtractor("fr-probe", nil, func(d *liveblog.Document) (*liveblog.Result, error) {
		return &liveblog.Result{Entries: []liveblog.Draft{
			{ID: "a", RawTime: "21h", Text: "Les premiers résultats sont arrivés dans les communes."},
			{ID: "b", RawTime: "18h", Text: "La participation est en hausse dans le département."},
		}}, nil
	})
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(ext))
	paris, err := time.LoadLocation("Europe/Paris")
	require.NoError(t, err)
	now := time.Date(2024, 6, 9, 21, 30, 0, 0, time.UTC)
	page := `<html lang="fr"><head><title>Direct</title></head><body><p>x</p></body></html>`
	blog, err := liveblog.NewParser(liveblog.Options{Registry: reg, Extractor: "fr-probe", Now: now, Location: paris}).Parse(strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, blog.Entries, 2)
	assert.Equal(t, time.Date(2024, 6, 9, 19, 0, 0, 0, time.UTC), blog.Entries[0].Time.UTC())
	assert.Equal(t, time.Date(2024, 6, 9, 16, 0, 0, 0, time.UTC), blog.Entries[1].Time.UTC())
	assert.Equal(t, liveblog.DatedByOptions, blog.DatedBy)
}
