package fetch

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// site serves fixture pages on loopback by request URI (path and
// query) and records the requests it gets.
type site struct {
	*httptest.Server
	t      *testing.T
	mu     sync.Mutex
	pages  map[string]string // request URI -> file under testdata
	status map[string]int    // request URI -> a status other than 200
	hits   []string
	times  []time.Time
}

func newSite(t *testing.T, pages map[string]string) *site {
	s := &site{t: t, pages: pages, status: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	uri := r.URL.RequestURI()
	s.mu.Lock()
	s.hits = append(s.hits, uri)
	s.times = append(s.times, time.Now())
	code, file := s.status[uri], s.pages[uri]
	s.mu.Unlock()
	if code != 0 {
		http.Error(w, http.StatusText(code), code)
		return
	}
	if file == "" {
		http.NotFound(w, r)
		return
	}
	body, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		s.t.Errorf("fixture: %v", err)
		http.Error(w, "fixture missing", http.StatusInternalServerError)
		return
	}
	switch {
	case strings.HasSuffix(file, ".json"):
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
	default:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	w.Write(body)
}

// requests returns the request URIs so far.
func (s *site) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.hits...)
}

// noDelay is the options of a test fetcher: no wait between requests.
func noDelay(opts Options) Options {
	if opts.Delay == 0 {
		opts.Delay = -1
	}
	return opts
}
