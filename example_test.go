package liveblog_test

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/liveblog-go/liveblog"
)

const examplePage = `Live: Council Votes on the New Bridge

The city council meets today to decide on the river crossing.

16:05 GMT 14.05.2024

The vote passed by 31 to 12. Building work starts in autumn.

15:40 GMT 14.05.2024

Councillors are now debating the cost of the bridge.
`

func ExampleParse() {
	blog, err := liveblog.Parse(strings.NewReader(examplePage))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(blog.Title)
	for _, e := range blog.Entries {
		fmt.Println(e.Time.Format(time.RFC3339), e.Text)
	}
	// Output:
	// Live: Council Votes on the New Bridge
	// 2024-05-14T16:05:00Z The vote passed by 31 to 12. Building work starts in autumn.
	// 2024-05-14T15:40:00Z Councillors are now debating the cost of the bridge.
}

func ExampleNewParser() {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		london = time.FixedZone("BST", 3600)
	}
	p := liveblog.NewParser(liveblog.Options{
		URL:      "https://news.example/live/bridge-vote",
		Location: london,
	})
	blog, err := p.Parse(strings.NewReader(examplePage))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(blog.URL, len(blog.Entries), blog.Entries[0].ID)
	// Output:
	// https://news.example/live/bridge-vote 2 t20240514T160500Z-0
}

func ExampleNewExtractor() {
	// A tiny adapter for a site whose entries are <li class="post">
	// items with a data-time attribute holding RFC 3339.
	posts := liveblog.NewExtractor("example-site",
		func(d *liveblog.Document) bool { return d.Host() == "news.example" },
		func(d *liveblog.Document) (*liveblog.Result, error) {
			res := &liveblog.Result{}
			for n := range d.Root().Descendants() {
				if n.Data == "li" && liveblog.Attr(n, "class") == "post" {
					t, _ := time.Parse(time.RFC3339, liveblog.Attr(n, "data-time"))
					res.Entries = append(res.Entries, liveblog.Draft{Time: t, Body: []*html.Node{n}})
				}
			}
			return res, nil
		})

	reg := liveblog.NewRegistry() // or liveblog.Register for the default one
	if err := reg.Register(posts); err != nil {
		fmt.Println(err)
		return
	}
	page := `<ul><li class="post" data-time="2024-05-14T16:05:00Z"><p>The vote passed.</p></li>
<li class="post" data-time="2024-05-14T15:40:00Z"><p>Debate <b>continues</b>.</p></li></ul>`
	blog, err := liveblog.NewParser(liveblog.Options{URL: "https://news.example/live", Registry: reg}).Parse(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range blog.Entries {
		fmt.Println(blog.Extractor, e.Time.Format("15:04"), e.HTML)
	}
	// Output:
	// example-site 16:05 <p>The vote passed.</p>
	// example-site 15:40 <p>Debate <b>continues</b>.</p>
}

func ExampleNormalizer_Normalize() {
	n := liveblog.Normalizer{}
	t, err := n.Normalize("14:18 GMT 06.09.2021")
	fmt.Println(t.Format(time.RFC3339), err)
	_, err = n.Normalize("Table of contents")
	fmt.Println(err)
	// Output:
	// 2021-09-06T14:18:00Z <nil>
	// liveblog: cannot read time "Table of contents": unknown word "Table"
}
