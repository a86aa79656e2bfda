package liveblog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// structuralHintSel is the selector hasStructuralHint checks by hand.
var structuralHintSel = cascadia.MustCompile(`time, amp-timeago, [itemprop~="datePublished"], h2, h3, h4, h5, h6, p > b, p > strong, ` +
	`[data-timestamp], [data-time], [data-post-time], [data-posted], [data-published], [data-publish-time], [data-date], [data-datetime], [data-created], [data-sort-time]`)

func checkHint(t *testing.T, name, page string) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, cascadia.Query(root, structuralHintSel) != nil, hasStructuralHint(root), name)
}

func TestStructuralHint(t *testing.T) {
	t.Run("snippets", func(t *testing.T) {
		for _, page := range []string{
			``,
			`<p>plain</p><ul><li>item</li></ul>`,
			`<h1>title only</h1><b>bold outside a paragraph</b>`,
			`<p><b>bold</b></p>`,
			`<p><span><strong>nested</strong></span></p>`,
			`<p>x <strong>strong</strong></p>`,
			`<div><h4>heading</h4></div>`,
			`<span data-time="1">x</span>`,
			`<span data-timed="1">x</span>`,
			`<span DATA-SORT-TIME="1">x</span>`,
			`<div itemprop="author datePublished">x</div>`,
			`<div itemprop="datepublished">x</div>`,
			`<div itemprop="datePublishedX">x</div>`,
			`<svg><time>inside svg</time></svg>`,
			`<amp-timeago datetime="2024-01-01T00:00Z">x</amp-timeago>`,
			`<template><time>in a template</time></template>`,
		} {
			checkHint(t, page, page)
		}
	})
	t.Run("testdata", func(t *testing.T) {
		files, err := filepath.Glob(filepath.Join("testdata", "*", "*.html"))
		require.NoError(t, err)
		require.NotEmpty(t, files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			checkHint(t, f, string(b))
		}
	})
	t.Run("corpus", func(t *testing.T) {
		// The package directory is the repository root (go.mod); this
		// internal test cannot import internal/testutil (an import cycle).
		dir := filepath.Join("..", "shared", "corpus")
		if _, err := os.Stat(dir); os.IsNotExist(err) {
			if os.Getenv("LIVEBLOG_REQUIRE_CORPUS") != "" {
				t.Fatalf("LIVEBLOG_REQUIRE_CORPUS is set but the shared corpus is missing at %s", dir)
			}
			t.Skipf("shared corpus not present at %s", dir)
		}
		files, err := filepath.Glob(filepath.Join(dir, "*.html"))
		require.NoError(t, err)
		require.NotEmpty(t, files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			checkHint(t, filepath.Base(f), string(b))
		}
	})
}
