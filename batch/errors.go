package batch

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"net"

	"github.com/liveblog-go/liveblog"
)

// Errors of the readers, wrapped with %w: test with errors.Is.
var (
	// ErrTruncated means a WARC record or a compressed file ends before
	// its declared length: the last record of an interrupted crawl.
	ErrTruncated = errors.New("liveblog: truncated record")
	// ErrMalformed means a WARC record, its HTTP message or a gzip stream
	// could not be read.
	ErrMalformed = errors.New("liveblog: malformed record")
	// ErrHTTPStatus means a fetched URL answered with a status other than
	// 200 OK.
	ErrHTTPStatus = errors.New("liveblog: HTTP status not OK")
	// ErrFetch means a URL could not be fetched (bad URL, connection,
	// TLS, redirect loop).
	ErrFetch = errors.New("liveblog: fetch failed")
)

// ErrorKind names the kind of a page's error, to count errors by kind:
// "truncated", "malformed", "http_status", "timeout", "fetch",
// "too_large", "charset", "io", "canceled", "panic" or "parse".
func ErrorKind(err error) string {
	var ne net.Error
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.Is(err, ErrHTTPStatus):
		return "http_status"
	case errors.Is(err, ErrFetch):
		return "fetch"
	case errors.Is(err, ErrTruncated):
		return "truncated"
	case errors.Is(err, ErrMalformed):
		return "malformed"
	case errors.Is(err, liveblog.ErrTooLarge):
		return "too_large"
	case errors.Is(err, liveblog.ErrCharset):
		return "charset"
	case errors.Is(err, errPanic):
		return "panic"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, ErrNotPage) {
		return "io"
	}
	return "parse"
}
