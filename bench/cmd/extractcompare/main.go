// Command extractcompare times liveblog.Parse next to the two content
// extractors Go users pick today, go-trafilatura and go-readability, on
// every page of the shared corpus, and prints a markdown table: the time
// each takes per page (median of repeated runs) and what each returns —
// liveblog the entries it found, the other two one text, given by its
// length.
//
// It lives in the bench module so that users of the library never
// download the other extractors. Run it from the bench directory:
//
//	go run ./cmd/extractcompare -corpus ../../shared/corpus -runs 7
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/liveblog-go/liveblog"
	_ "github.com/liveblog-go/liveblog/sources/all"
)

func main() {
	corpus := flag.String("corpus", "../../shared/corpus", "directory of the corpus pages")
	runs := flag.Int("runs", 7, "runs per page and extractor; the median is printed")
	flag.Parse()
	if *runs < 1 {
		log.Fatal("extractcompare: -runs must be at least 1")
	}

	var paths []string
	for _, pattern := range []string{"*.html", "*.txt"} {
		m, err := filepath.Glob(filepath.Join(*corpus, pattern))
		if err != nil {
			log.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		log.Fatalf("extractcompare: no pages in %s", *corpus)
	}
	slices.Sort(paths)

	fmt.Println("| page | size | liveblog | entries | go-trafilatura | text | go-readability | text | liveblog vs faster other |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			log.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		pageURL := labelURL(*corpus, name)

		lb := measure(*runs, func() (string, error) {
			blog, err := liveblog.NewParser(liveblog.Options{URL: pageURL.String()}).Parse(bytes.NewReader(data))
			if errors.Is(err, liveblog.ErrNotLiveBlog) {
				return "0 (not a live blog)", nil
			}
			if err != nil {
				return "", err
			}
			return fmt.Sprint(len(blog.Entries)), nil
		})
		tr := measure(*runs, func() (string, error) {
			res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{OriginalURL: pageURL, ExcludeComments: true})
			if err != nil {
				return "", err
			}
			return chars(res.ContentText), nil
		})
		rd := measure(*runs, func() (string, error) {
			art, err := readability.FromReader(bytes.NewReader(data), pageURL)
			if err != nil {
				return "", err
			}
			var b strings.Builder
			if err := art.RenderText(&b); err != nil {
				return "", err
			}
			return chars(b.String()), nil
		})
		vs := "—"
		if other := min(tr.positive(), rd.positive()); other > 0 && lb.ok() {
			vs = fmt.Sprintf("%.2f×", float64(lb.median)/float64(other))
		}
		fmt.Printf("| %s | %d KB | %s | %s | %s | %s | %s | %s | %s |\n",
			name, len(data)>>10, lb.time(), lb.out, tr.time(), tr.out, rd.time(), rd.out, vs)
	}
}

// result is one extractor's median time on a page and what it returned.
type result struct {
	median time.Duration
	out    string
	err    error
}

func (r result) ok() bool { return r.err == nil }

func (r result) time() string {
	if r.err != nil {
		return "error"
	}
	return fmt.Sprintf("%.1f ms", float64(r.median.Microseconds())/1000)
}

// positive returns the median, or a huge value when the run failed.
func (r result) positive() time.Duration {
	if r.err != nil {
		return 1<<63 - 1
	}
	return r.median
}

// measure runs f n times and returns the median time and f's output. A
// panic in an extractor is reported as an error, not a crash.
func measure(n int, f func() (string, error)) result {
	times := make([]time.Duration, 0, n)
	var out string
	for range n {
		start := time.Now()
		var err error
		func() {
			defer func() {
				if v := recover(); v != nil {
					err = fmt.Errorf("panic: %v", v)
				}
			}()
			out, err = f()
		}()
		if err != nil {
			return result{out: "error: " + firstLine(err.Error()), err: err}
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	return result{median: times[len(times)/2], out: out}
}

// chars returns the length of a text in characters.
func chars(s string) string {
	return fmt.Sprintf("%d chars", len([]rune(strings.TrimSpace(s))))
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// labelURL returns the page URL recorded in the corpus label, or a
// placeholder for pages without a label.
func labelURL(corpus, name string) *url.URL {
	u, _ := url.Parse("https://example.com/" + name)
	data, err := os.ReadFile(filepath.Join(corpus, "labels", name+".json"))
	if err != nil {
		return u
	}
	var label struct {
		URL string `json:"url"`
	}
	if json.Unmarshal(data, &label) == nil && label.URL != "" {
		if lu, err := url.Parse(label.URL); err == nil && lu.IsAbs() {
			return lu
		}
	}
	return u
}
