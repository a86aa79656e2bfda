package feed_test

import (
	"fmt"
	"os"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/feed"
)

func ExampleWrite() {
	blog := &liveblog.Blog{
		URL:   "https://news.example/live",
		Title: "Harbour festival – live",
		Entries: []liveblog.Entry{{
			ID:      "p-2",
			Time:    time.Date(2024, 6, 1, 10, 9, 0, 0, time.UTC),
			Text:    "A brass band starts up on the quay.",
			HTML:    "<p>A brass band starts up on the quay.</p>",
			Authors: []string{"Ann Lee"},
		}},
	}
	if err := feed.Write(os.Stdout, blog, feed.JSON); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "version": "https://jsonfeed.org/version/1.1",
	//   "title": "Harbour festival – live",
	//   "home_page_url": "https://news.example/live",
	//   "items": [
	//     {
	//       "id": "https://news.example/live#p-2",
	//       "url": "https://news.example/live#p-2",
	//       "title": "A brass band starts up on the quay.",
	//       "content_html": "<p>A brass band starts up on the quay.</p>",
	//       "content_text": "A brass band starts up on the quay.",
	//       "date_published": "2024-06-01T10:09:00Z",
	//       "date_modified": "2024-06-01T10:09:00Z",
	//       "authors": [
	//         {
	//           "name": "Ann Lee"
	//         }
	//       ]
	//     }
	//   ]
	// }
}
