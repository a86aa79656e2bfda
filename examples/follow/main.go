// Command follow shows the follow package at work without touching the
// network: it serves a live blog that changes on every request from a
// local test server, follows it, prints each change and stops by itself
// once it has seen an entry removed (or after ten seconds).
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/follow"
)

// versions are the successive states of the page, newest entry first: a
// post is added, then one is corrected, then one is deleted.
var versions = [][]string{
	{"10:05 GMT 06.09.2021", "The ferry is running late.", "10:00 GMT 06.09.2021", "Gates open to the public."},
	{"10:09 GMT 06.09.2021", "A brass band starts up.", "10:05 GMT 06.09.2021", "The ferry is running late.", "10:00 GMT 06.09.2021", "Gates open to the public."},
	{"10:09 GMT 06.09.2021", "A brass band starts up.", "10:05 GMT 06.09.2021", "The ferry is running twenty minutes late.", "10:00 GMT 06.09.2021", "Gates open to the public."},
	{"10:09 GMT 06.09.2021", "A brass band starts up.", "10:05 GMT 06.09.2021", "The ferry is running twenty minutes late."},
}

func render(v []string) string {
	var b strings.Builder
	b.WriteString("Harbour festival live coverage\n\nBoats, bands and the weather, as it happens.\n\n")
	for i := 0; i+1 < len(v); i += 2 {
		b.WriteString(v[i] + "\n\n" + v[i+1] + "\n\n")
	}
	return b.String()
}

func main() {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := int(hits.Add(1)) - 1
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, render(versions[min(n, len(versions)-1)]))
	}))
	defer srv.Close()

	f, err := follow.New(srv.URL+"/live", follow.Options{Interval: 50 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = f.Run(ctx, func(c liveblog.Change) error {
		fmt.Printf("%-8s %s  %s\n", c.Kind, c.Entry.Time.Format("15:04"), c.Entry.Text)
		if c.Kind == liveblog.EntryRemoved {
			cancel()
		}
		return nil
	})
	if err != nil && ctx.Err() == nil {
		log.Fatal(err)
	}
}
