package liveblog_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// fixed returns an extractor that matches pages containing marker and
// returns one entry titled with its own name.
func fixed(name, marker string) liveblog.Extractor {
	return liveblog.NewExtractor(name,
		func(d *liveblog.Document) bool { return strings.Contains(d.Title(), marker) },
		func(d *liveblog.Document) (*liveblog.Result, error) {
			return &liveblog.Result{Entries: []liveblog.Draft{{Title: name, Text: "body"}}}, nil
		})
}

func TestRegistryDuplicateName(t *testing.T) {
	t.Parallel()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(fixed("site", "x")))
	err := reg.Register(fixed("site", "y"))
	assert.ErrorIs(t, err, liveblog.ErrDuplicateExtractor)
	assert.Contains(t, err.Error(), `"site"`)
	assert.ErrorIs(t, reg.Register(fixed("text", "y")), liveblog.ErrDuplicateExtractor, "generic names are taken too")
	assert.Error(t, reg.Register(nil))
	assert.Error(t, reg.Register(fixed("", "y")))
}

func TestRegistryOrder(t *testing.T) {
	t.Parallel()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(fixed("first", "live")))
	require.NoError(t, reg.Register(fixed("second", "live")))
	require.NoError(t, reg.Register(fixed("other", "sport")))

	names := []string{}
	for _, e := range reg.Extractors() {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"first", "second", "other"}, names[:3], "registered first, in order")
	assert.Equal(t, "text", names[len(names)-1], "generic extractors last")

	p := liveblog.NewParser(liveblog.Options{Registry: reg})
	blog, err := p.Parse(strings.NewReader("<title>live sport</title>"))
	require.NoError(t, err)
	assert.Equal(t, "first", blog.Extractor, "the first match wins")

	blog, err = liveblog.NewParser(liveblog.Options{Registry: reg, Extractor: "other"}).Parse(strings.NewReader("<title>live</title>"))
	require.NoError(t, err)
	assert.Equal(t, "other", blog.Extractor, "a forced source is used without Match")

	e, ok := reg.Lookup("second")
	require.True(t, ok)
	assert.Equal(t, "second", e.Name())
	_, ok = reg.Lookup("text")
	assert.True(t, ok, "generic extractors can be looked up")
	_, ok = reg.Lookup("missing")
	assert.False(t, ok)
}

func TestRegistryFallsThroughWhenNoEntries(t *testing.T) {
	t.Parallel()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(liveblog.NewExtractor("claims-all", nil,
		func(*liveblog.Document) (*liveblog.Result, error) { return nil, liveblog.ErrNotLiveBlog })))
	require.NoError(t, reg.Register(fixed("real", "live")))
	blog, err := liveblog.NewParser(liveblog.Options{Registry: reg}).Parse(strings.NewReader("<title>live</title>"))
	require.NoError(t, err)
	assert.Equal(t, "real", blog.Extractor)
}

func TestExtractorErrorsAreWrapped(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(liveblog.NewExtractor("broken", nil,
		func(*liveblog.Document) (*liveblog.Result, error) { return nil, boom })))
	_, err := liveblog.NewParser(liveblog.Options{Registry: reg}).Parse(strings.NewReader("<p>x</p>"))
	assert.ErrorIs(t, err, boom)
	var ee *liveblog.ExtractorError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, "broken", ee.Extractor)
	assert.Equal(t, "liveblog: extractor broken: boom", err.Error())

	// A library error keeps its prefix once.
	reg = liveblog.NewRegistry()
	require.NoError(t, reg.Register(liveblog.NewExtractor("strict", nil,
		func(*liveblog.Document) (*liveblog.Result, error) {
			return nil, fmt.Errorf("%w: bad offset", liveblog.ErrBadTime)
		})))
	_, err = liveblog.NewParser(liveblog.Options{Registry: reg}).Parse(strings.NewReader("<p>x</p>"))
	assert.ErrorIs(t, err, liveblog.ErrBadTime)
	assert.Equal(t, "liveblog: extractor strict: unreadable timestamp: bad offset", err.Error())
}

// TestNotLiveBlogSaysSoOnce: when no extractor finds entries the error is
// ErrNotLiveBlog itself, not a chain of prefixes.
func TestNotLiveBlogSaysSoOnce(t *testing.T) {
	t.Parallel()
	_, err := liveblog.Parse(strings.NewReader("Just a paragraph of prose with no stamps at all."))
	require.ErrorIs(t, err, liveblog.ErrNotLiveBlog)
	assert.Equal(t, "liveblog: not a live blog", err.Error())
}

// TestRegistryRemoveAndAppend: the generic extractors are in the registry
// and a caller can take them out or put them in another order.
func TestRegistryRemoveAndAppend(t *testing.T) {
	t.Parallel()
	names := func(reg *liveblog.Registry) []string {
		var out []string
		for _, e := range reg.Extractors() {
			out = append(out, e.Name())
		}
		return out
	}
	var generic []string
	for _, e := range liveblog.GenericExtractors() {
		generic = append(generic, e.Name())
	}
	require.NotEmpty(t, generic)
	reg := liveblog.NewRegistry()
	assert.Equal(t, generic, names(reg), "a new registry holds the generic extractors, in order")

	// Only site adapters: every generic extractor removed.
	require.NoError(t, reg.Register(fixed("site", "live")))
	for _, name := range generic {
		assert.True(t, reg.Remove(name), name)
	}
	assert.False(t, reg.Remove("structural"), "already gone")
	assert.Equal(t, []string{"site"}, names(reg))
	p := liveblog.NewParser(liveblog.Options{Registry: reg})
	_, err := p.Parse(strings.NewReader("A copied text\n\n10:00 GMT 01.02.2023\nOne\n\n11:00 GMT 01.02.2023\nTwo\n"))
	assert.ErrorIs(t, err, liveblog.ErrNotLiveBlog, "without the text reader a text is not read")

	// Another order: the text reader first, the structural fallback last.
	reg = liveblog.NewRegistry()
	text, _ := reg.Lookup("text")
	structural, _ := reg.Lookup("structural")
	require.True(t, reg.Remove("text"))
	require.True(t, reg.Remove("structural"))
	require.NoError(t, reg.Append(structural))
	require.NoError(t, reg.Register(text))
	got := names(reg)
	assert.Equal(t, "text", got[0])
	assert.Equal(t, "structural", got[len(got)-1])
	assert.ErrorIs(t, reg.Append(structural), liveblog.ErrDuplicateExtractor)

	// Matching and Choose go through the same list Parse uses.
	reg = liveblog.NewRegistry()
	require.NoError(t, reg.Register(fixed("a", "live")))
	require.NoError(t, reg.Register(fixed("b", "live")))
	blog, err := liveblog.NewParser(liveblog.Options{Registry: reg}).Parse(strings.NewReader("<title>live</title>"))
	require.NoError(t, err)
	assert.Equal(t, "a", blog.Extractor)
}

func TestExtractorPanicBecomesError(t *testing.T) {
	t.Parallel()
	reg := liveblog.NewRegistry()
	require.NoError(t, reg.Register(liveblog.NewExtractor("panics", nil,
		func(*liveblog.Document) (*liveblog.Result, error) { panic("index out of range") })))
	_, err := liveblog.NewParser(liveblog.Options{Registry: reg}).Parse(strings.NewReader("<p>x</p>"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "panics")
}

func TestRegistryConcurrentRegisterAndParse(t *testing.T) {
	t.Parallel()
	reg := liveblog.NewRegistry()
	p := liveblog.NewParser(liveblog.Options{Registry: reg})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			assert.NoError(t, reg.Register(fixed(fmt.Sprint("site", i), "live")))
		}()
		go func() {
			defer wg.Done()
			_, _ = p.Parse(strings.NewReader("<title>live</title>"))
		}()
	}
	wg.Wait()
	assert.Len(t, reg.Extractors(), 8+len(liveblog.NewRegistry().Extractors()))
}
