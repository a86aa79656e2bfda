package fetch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/liveblog-go/liveblog/fetch"
)

// A live blog over two pages: the first links to the older one.
var examplePages = map[string]string{
	"/live/harbour": `<!doctype html><html><head><title>Harbour festival live</title>
<link rel="next" href="/live/harbour?page=2"></head><body><h1>Harbour festival live</h1>
<div items>
<article class="hentry"><time class="published" datetime="2024-07-06T12:30:00Z">12:30</time><div class="entry-content"><p>The tall ships leave the quay to a brass band.</p></div></article>
<article class="hentry"><time class="published" datetime="2024-07-06T11:45:00Z">11:45</time><div class="entry-content"><p>Queues for the lifeboat tours reach the lighthouse.</p></div></article>
<article class="hentry"><time class="published" datetime="2024-07-06T11:00:00Z">11:00</time><div class="entry-content"><p>Food stalls along the harbour wall are open for lunch.</p></div></article>
</div></body></html>`,
	"/live/harbour?page=2": `<!doctype html><html><head><title>Harbour festival live</title>
<link rel="prev" href="/live/harbour"></head><body><h1>Harbour festival live</h1>
<div items>
<article class="hentry"><time class="published" datetime="2024-07-06T10:15:00Z">10:15</time><div class="entry-content"><p>Rowing crews warm up in the outer basin before the first race.</p></div></article>
<article class="hentry"><time class="published" datetime="2024-07-06T09:30:00Z">09:30</time><div class="entry-content"><p>The harbour master opens the gates to the public.</p></div></article>
<article class="hentry"><time class="published" datetime="2024-07-06T09:00:00Z">09:00</time><div class="entry-content"><p>Good morning from a sunny quayside on festival day.</p></div></article>
</div></body></html>`,
}

func Example() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		page, ok := examplePages[r.URL.RequestURI()]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()

	f := fetch.New(fetch.Options{Pages: 5, Delay: 10 * time.Millisecond})
	res, err := f.Fetch(context.Background(), srv.URL+"/live/harbour")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Blog.Title, "-", len(res.Pages), "pages")
	for _, e := range res.Blog.Entries {
		fmt.Println(e.Time.Format("15:04"), e.Text)
	}
	// Output:
	// Harbour festival live - 2 pages
	// 12:30 The tall ships leave the quay to a brass band.
	// 11:45 Queues for the lifeboat tours reach the lighthouse.
	// 11:00 Food stalls along the harbour wall are open for lunch.
	// 10:15 Rowing crews warm up in the outer basin before the first race.
	// 09:30 The harbour master opens the gates to the public.
	// 09:00 Good morning from a sunny quayside on festival day.
}
