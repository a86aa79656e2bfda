package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// Errors of a fetch, wrapped: test with errors.Is.
var (
	// ErrIncomplete means the blog returned with the error lacks the
	// pages from the one that failed on (see PageError.Partial).
	ErrIncomplete = errors.New("liveblog: fetch: blog incomplete")
	// ErrStatus means a server answered with a status other than 200
	// OK; the error is a *StatusError.
	ErrStatus = errors.New("liveblog: fetch: HTTP status not OK")
	// ErrPageLimit marks, in Result.Pages, the older page left unread
	// because Options.Pages were read.
	ErrPageLimit = errors.New("liveblog: fetch: page limit reached")
	// ErrOtherHost marks, in Result.Pages, an older page on another host
	// than the page that gave the entries, which is not followed.
	ErrOtherHost = errors.New("liveblog: fetch: older page on another host")
	// ErrNotHTTP means the URL given is not an absolute http or https
	// URL.
	ErrNotHTTP = errors.New("liveblog: fetch: not an http or https URL")
)

// StatusError is a response other than 200 OK.
type StatusError struct {
	// StatusCode and Status are the response's (404, "404 Not Found").
	StatusCode int
	Status     string
	// Header is the response's header (Retry-After, validators).
	Header http.Header
}

// Error reads "HTTP 404 Not Found".
func (e *StatusError) Error() string {
	if e.Status != "" {
		return "HTTP " + e.Status
	}
	return fmt.Sprintf("HTTP %d %s", e.StatusCode, http.StatusText(e.StatusCode))
}

// Unwrap makes errors.Is(err, ErrStatus) true.
func (e *StatusError) Unwrap() error { return ErrStatus }

// PageError is a page that could not be fetched or read, or a blog that
// could not be found by any way.
type PageError struct {
	// URL is the page's address, as named.
	URL string
	// Kind and Number place the page, as in Page.
	Kind   Kind
	Number int
	// Partial reports that Fetch returned the blog read before this page
	// with the error: errors.Is(err, ErrIncomplete) is then true.
	Partial bool
	// Err is the cause.
	Err error
}

// Error names the page and the cause, with the library's prefix once:
// "liveblog: fetch: https://news.example/live?page=3 (older page 3):
// HTTP 404 Not Found".
func (e *PageError) Error() string {
	var b strings.Builder
	b.WriteString("liveblog: fetch: ")
	if e.Partial {
		b.WriteString("blog incomplete: ")
	}
	b.WriteString(e.URL)
	if d := e.describe(); d != "" {
		b.WriteString(" (" + d + ")")
	}
	b.WriteString(": ")
	b.WriteString(trimPrefix(e.Err))
	return b.String()
}

// describe says which page it is, "" for the page given.
func (e *PageError) describe() string {
	switch e.Kind {
	case KindOlder:
		return fmt.Sprintf("older page %d", e.Number)
	case KindEmbed:
		return "vendor feed"
	case KindAMP:
		return "AMP alternate"
	}
	return ""
}

// Unwrap returns the cause.
func (e *PageError) Unwrap() error { return e.Err }

// Is reports ErrIncomplete for a partial result.
func (e *PageError) Is(target error) bool { return target == ErrIncomplete && e.Partial }

// trimPrefix is an error's message without the library's leading
// "liveblog: " (and fetch's own), which the message around it says once.
func trimPrefix(err error) string {
	if err == nil {
		return ""
	}
	s := strings.TrimPrefix(err.Error(), "liveblog: ")
	return strings.TrimPrefix(s, "fetch: ")
}

// noEntriesError is the error of a page without entries whose vendor
// feeds and AMP alternate were tried and gave none: the page's own
// error (liveblog.ErrNotLiveBlog, the *liveblog.EmbedError) and each
// try's, all reachable by errors.Is and errors.As.
type noEntriesError struct {
	page  error
	tries []*PageError
}

// Error reads "the entries are in a vendor embed: tickaroo (…); vendor
// feed https://…: HTTP 404 Not Found".
func (e *noEntriesError) Error() string {
	var b strings.Builder
	b.WriteString(e.page.Error())
	for _, t := range e.tries {
		b.WriteString("; ")
		b.WriteString(t.describe() + " " + t.URL + ": " + trimPrefix(t.Err))
	}
	return b.String()
}

func (e *noEntriesError) Unwrap() []error {
	out := []error{e.page}
	for _, t := range e.tries {
		out = append(out, t)
	}
	return out
}
