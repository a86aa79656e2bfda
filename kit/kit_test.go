package kit_test

import (
	"fmt"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog/kit"
)

func parse(t testing.TB, s string) *kit.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(s))
	require.NoError(t, err)
	return n
}

func ExampleLeadingClock() {
	stamp, title, ok := kit.LeadingClock("12.31 Uhr: Hagel im Süden")
	fmt.Println(stamp, "|", title, ok)
	_, _, ok = kit.LeadingClock("2.30 million people")
	fmt.Println(ok)
	// Output:
	// 12.31 Uhr | Hagel im Süden true
	// false
}

func ExampleMachineTime() {
	t, ok := kit.MachineTime("1722888018921")
	fmt.Println(t.UTC().Format("2006-01-02 15:04:05"), ok)
	t, ok = kit.MachineTime("2023-11-02T21:06:52+05:30")
	fmt.Println(t.UTC().Format("2006-01-02 15:04:05"), ok)
	_, ok = kit.MachineTime("2023-11-02 21:06")
	fmt.Println(ok)
	// Output:
	// 2024-08-05 20:00:18 true
	// 2023-11-02 15:36:52 true
	// false
}

func TestSelectorAndText(t *testing.T) {
	root := parse(t, `<div class="entry a"><h3>Gates <b>open</b></h3><p>Queues<button>Share</button></p></div><div class="entry"></div>`)
	entries := kit.MustCompile("div.entry").QueryAll(root)
	require.Len(t, entries, 2)
	assert.True(t, kit.HasClass(entries[0], "a"))
	h := kit.MustCompile("h2, h3").Query(entries[0])
	require.NotNil(t, h)
	assert.Equal(t, "Gates open", kit.Text(h))
	assert.Equal(t, "Gates open Queues", kit.Text(entries[0]), "buttons carry no text")
	assert.True(t, kit.MustCompile("h3").Match(h))
	assert.Nil(t, kit.Selector{}.Query(root), "the zero Selector matches nothing")
	_, err := kit.Compile("div[")
	assert.Error(t, err)
	assert.Panics(t, func() { kit.MustCompile("div[") })
}

func TestClockMinutes(t *testing.T) {
	assert.Equal(t, 14*60+18, kit.ClockMinutes("2:18 p.m. ET"))
	assert.Equal(t, -1, kit.ClockMinutes("no clock"))
}

// TestCustomSourceNeedsOnlyTheLibrary holds the example adapter to what
// the kit promises: an adapter written in another module imports nothing
// but the library and the standard library.
func TestCustomSourceNeedsOnlyTheLibrary(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), filepath.Join("..", "examples", "custom-source", "main.go"), nil, parser.ImportsOnly)
	require.NoError(t, err)
	for _, imp := range f.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		require.NoError(t, err)
		std := !strings.Contains(strings.SplitN(path, "/", 2)[0], ".")
		assert.True(t, std || strings.HasPrefix(path, "github.com/liveblog-go/liveblog"), "examples/custom-source imports %s", path)
	}
}
