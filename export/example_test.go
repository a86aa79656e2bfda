package export_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/export"
)

// blog is a small live blog, as Parse returns one.
var blog = &liveblog.Blog{
	URL:   "https://news.example/live/bridge",
	Title: "Council votes on the new bridge",
	Entries: []liveblog.Entry{
		{
			ID:       "2",
			Time:     time.Date(2024, 5, 14, 16, 5, 0, 0, time.UTC),
			Title:    "The vote passed",
			HTML:     `<p>It passed by <strong>31 to 12</strong>. <a href="https://news.example/result" rel="nofollow noopener">Full result</a>.</p>`,
			KeyEvent: true,
		},
		{
			ID:   "1",
			Time: time.Date(2024, 5, 14, 15, 40, 0, 0, time.UTC),
			HTML: `<p>Councillors debate the cost *again*.</p>`,
		},
	},
}

func ExampleMarkdown() {
	if err := export.Markdown(os.Stdout, blog); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Council votes on the new bridge
	//
	// Source: <https://news.example/live/bridge>
	//
	// ## Tue 14 May 2024, 16:05 UTC · The vote passed
	//
	// **Key event** · Posted 2024-05-14T16:05:00Z
	//
	// It passed by **31 to 12**. [Full result](https://news.example/result).
	//
	// ## Tue 14 May 2024, 15:40 UTC
	//
	// Posted 2024-05-14T15:40:00Z
	//
	// Councillors debate the cost \*again\*.
}

// The reader page prints times in the zone its reader asks for; the
// datetime attribute keeps the instant in UTC.
func ExampleHTML() {
	var page strings.Builder
	bst := time.FixedZone("BST", 3600)
	if err := export.HTML(&page, blog, export.Location(bst)); err != nil {
		fmt.Println(err)
		return
	}
	for line := range strings.SplitSeq(page.String(), "\n") {
		if strings.HasPrefix(line, "<article") || strings.Contains(line, "<time") {
			fmt.Println(line)
		}
	}
	// Output:
	// <article class="entry key-event" id="2">
	// <p class="entry-facts"><time datetime="2024-05-14T16:05:00Z">Tue 14 May 2024, 17:05 BST</time></p>
	// <article class="entry" id="1">
	// <p class="entry-facts"><time datetime="2024-05-14T15:40:00Z">Tue 14 May 2024, 16:40 BST</time></p>
}
