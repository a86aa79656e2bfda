package batch

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"

	"github.com/liveblog-go/liveblog"
)

// This file reads the HTTP message inside a WARC response record: its
// status line and header (bounded before net/http parses them), the
// payload's transfer and content encodings, and whether it is a page.

// httpHeader reads the status line and header of the HTTP message at the
// start of r, up to and including the blank line after it, into buf. It
// fails past warcHeadersMax lines or headerBytesMax bytes, the bounds
// net/http's reader would not apply (its server does, by limiting the
// reader). At the end of r it returns what it read: net/http reports the
// message cut short.
func httpHeader(r *bufio.Reader, buf []byte) ([]byte, error) {
	buf = buf[:0]
	for lines := 0; ; {
		line, err := r.ReadSlice('\n')
		if len(buf)+len(line) > headerBytesMax {
			return buf, fmt.Errorf("HTTP header over %d bytes", headerBytesMax)
		}
		buf = append(buf, line...)
		switch {
		case err == bufio.ErrBufferFull:
			continue // the same line goes on
		case err != nil:
			return buf, nil
		}
		if lines++; lines > warcHeadersMax+1 {
			return buf, fmt.Errorf("more than %d HTTP header lines", warcHeadersMax)
		}
		if len(line) == 1 || len(line) == 2 && line[0] == '\r' {
			return buf, nil
		}
	}
}

// response reads the HTTP response in a response record's block into p;
// want is false when the record is not a page.
func (w *warcReader) response(p *Page, block *blockReader) (want bool, err error) {
	if w.httpBuf == nil {
		w.httpBuf = bufio.NewReaderSize(block, 16<<10)
	} else {
		w.httpBuf.Reset(block)
	}
	w.httpHdr, err = httpHeader(w.httpBuf, w.httpHdr)
	if err != nil {
		return false, fmt.Errorf("%w: %s: %w", ErrMalformed, p.Source, err)
	}
	w.hdrRead.Reset(w.httpHdr)
	if w.hdrBuf == nil {
		w.hdrBuf = bufio.NewReader(&w.hdrRead)
	} else {
		w.hdrBuf.Reset(&w.hdrRead)
	}
	resp, err := http.ReadResponse(w.hdrBuf, nil)
	if err != nil {
		return false, fmt.Errorf("%w: %s: HTTP response: %w", ErrMalformed, p.Source, err)
	}
	// resp.Body is not read: it trusts the recorded Content-Length, which
	// crawlers do not always keep true to the payload they stored. The
	// payload is the rest of the block.
	if resp.StatusCode < 200 || resp.StatusCode > 299 || resp.StatusCode == 204 || resp.StatusCode == 206 {
		return false, nil
	}
	ctype := resp.Header.Get("Content-Type")
	if ctype != "" && !pageType(ctype) {
		return false, nil
	}
	body, err := readSized(w.httpBuf, maxPage, int64(w.httpBuf.Buffered())+block.n)
	if err != nil {
		return true, err
	}
	if len(resp.TransferEncoding) > 0 && resp.TransferEncoding[0] == "chunked" {
		// Crawlers that stored the payload dechunked keep the header:
		// only a payload that reads as chunks is taken as chunked.
		// Dechunked, it is shorter than it was, whatever sizes the
		// chunks claim.
		if b, err := readSized(httputil.NewChunkedReader(bytes.NewReader(body)), int64(len(body)), int64(len(body))); err == nil {
			body = b
		}
	}
	if body, err = decodeContent(body, resp.Header.Get("Content-Encoding")); err != nil {
		if errors.Is(err, liveblog.ErrTooLarge) {
			return true, fmt.Errorf("%w (%s, once decoded)", err, p.Source)
		}
		return true, fmt.Errorf("%w: %s: %w", ErrMalformed, p.Source, err)
	}
	if ctype == "" {
		if !pageType(http.DetectContentType(body)) {
			return false, nil
		}
	}
	p.ContentType, p.Body = ctype, body
	return true, nil
}

// decodeContent undoes a Content-Encoding. A payload that does not start
// as the encoding says was stored decoded and is kept.
func decodeContent(body []byte, encoding string) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
			return body, nil
		}
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		return readLimited(zr, maxPage)
	case "deflate":
		// "deflate" is zlib-wrapped by the RFC and raw by some servers.
		if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
			if b, err := readLimited(zr, maxPage); err == nil {
				return b, nil
			}
		}
		if b, err := readLimited(flate.NewReader(bytes.NewReader(body)), maxPage); err == nil {
			return b, nil
		}
		return body, nil
	}
	if looksLikeText(body) {
		return body, nil // stored decoded, header kept
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", encoding)
}

// looksLikeText reports whether the start of b sniffs as text.
func looksLikeText(b []byte) bool {
	return strings.HasPrefix(http.DetectContentType(b), "text/")
}

// pageType reports whether a Content-Type names HTML or text.
func pageType(ctype string) bool {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return false
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}
