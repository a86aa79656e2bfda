package batch

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/liveblog-go/liveblog"
)

// The hostile archives here are generated as they are read: a test holds
// none of their megabytes, so what is allocated is the reader's.

// repeatReader yields n copies of a pattern.
type repeatReader struct {
	pattern []byte
	n       int // copies left
	off     int // in the current copy
}

func repeat(pattern string, n int) *repeatReader {
	return &repeatReader{pattern: []byte(pattern), n: n}
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	total := 0
	for len(p) > 0 && r.n > 0 {
		c := copy(p, r.pattern[r.off:])
		p, total, r.off = p[c:], total+c, r.off+c
		if r.off == len(r.pattern) {
			r.off, r.n = 0, r.n-1
		}
	}
	return total, nil
}

func (r *repeatReader) size() int64 { return int64(len(r.pattern)) * int64(r.n) }

// hostileRecord is a record whose block is the concatenation of parts,
// followed by a good record, so that the test sees the reader carry on.
func hostileRecord(typ, ctype string, parts ...io.Reader) io.Reader {
	var size int64
	for _, p := range parts {
		switch p := p.(type) {
		case *repeatReader:
			size += p.size()
		case *strings.Reader:
			size += p.Size()
		}
	}
	head := fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: https://hostile.example/\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", typ, ctype, size)
	all := append([]io.Reader{strings.NewReader(head)}, parts...)
	good := warcRec{typ: "resource", uri: "https://a.example/", ctype: "text/plain", block: marathonText}
	all = append(all, strings.NewReader("\r\n\r\n"), bytes.NewReader(good.bytes()))
	return io.MultiReader(all...)
}

// readAll runs the reader over r and returns the error kinds ("ok" for a
// page) and the bytes allocated meanwhile.
func readAll(t *testing.T, r io.Reader) (kinds []string, errs []error, allocated uint64) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for p, err := range WARC(r, "hostile.warc") {
		if err != nil {
			kinds, errs = append(kinds, ErrorKind(err)), append(errs, err)
			continue
		}
		assert.Equal(t, marathonText, p.Body)
		kinds, errs = append(kinds, "ok"), append(errs, nil)
	}
	runtime.ReadMemStats(&after)
	return kinds, errs, after.TotalAlloc - before.TotalAlloc
}

const response = "application/http; msgtype=response"

func TestWARCHTTPHeaderLineBounded(t *testing.T) {
	// One 16 MB header line: net/http's reader holds all of it.
	kinds, errs, alloc := readAll(t, hostileRecord("response", response,
		strings.NewReader("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Long: "),
		repeat("a", 16<<20),
		strings.NewReader("\r\n\r\n<p>page</p>")))
	require.Equal(t, []string{"malformed", "ok"}, kinds)
	assert.Contains(t, errs[0].Error(), "HTTP header over 1048576 bytes")
	assert.Less(t, alloc, uint64(6<<20), "allocated %d bytes", alloc)
}

func TestWARCHTTPHeaderCountBounded(t *testing.T) {
	// Three million short header lines.
	kinds, errs, alloc := readAll(t, hostileRecord("response", response,
		strings.NewReader("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"),
		repeat("a: b\r\n", 3_000_000),
		strings.NewReader("\r\n<p>page</p>")))
	require.Equal(t, []string{"malformed", "ok"}, kinds)
	assert.Contains(t, errs[0].Error(), "more than 1000 HTTP header lines")
	assert.Less(t, alloc, uint64(6<<20), "allocated %d bytes", alloc)
}

func TestWARCHTTPHeaderAtTheBounds(t *testing.T) {
	// 999 header lines and 1 MB are still a response.
	var hdr strings.Builder
	hdr.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n")
	for range 997 {
		hdr.WriteString("X-Pad: " + strings.Repeat("p", 1000) + "\r\n")
	}
	hdr.WriteString("\r\n")
	require.Less(t, hdr.Len(), headerBytesMax)
	rec := warcRec{typ: "response", uri: "https://a.example/", ctype: response, block: append([]byte(hdr.String()), marathonText...)}
	kinds, _, _ := readAll(t, bytes.NewReader(rec.bytes()))
	assert.Equal(t, []string{"ok"}, kinds)
}

func TestWARCHeaderBounded(t *testing.T) {
	// A WARC header of a thousand 64 KB lines: 64 MB held before.
	var head strings.Builder
	head.WriteString("WARC/1.1\r\nWARC-Type: resource\r\n")
	line := "X-" + strings.Repeat("h", warcLineMax-8) + ": v\r\n"
	r := io.MultiReader(strings.NewReader(head.String()), repeat(line, 990), strings.NewReader("Content-Length: 0\r\n\r\n\r\n\r\n"))
	kinds, errs, alloc := readAll(t, r)
	require.Equal(t, []string{"malformed"}, kinds)
	assert.Contains(t, errs[0].Error(), "WARC header over 1048576 bytes")
	assert.Less(t, alloc, uint64(8<<20), "allocated %d bytes", alloc)
}

func TestWARCHeaderContinuationsJoinedOnce(t *testing.T) {
	// 990 continuation lines of 1 KB: each appended to a growing string,
	// about 500 MB copied before.
	good := warcRec{typ: "resource", uri: "https://a.example/", ctype: "text/plain", block: marathonText}.bytes()
	withLong := bytes.Replace(good, []byte("WARC-Type: resource\r\n"), []byte("WARC-Type: resource\r\nX-Long: start\r\n"+strings.Repeat(" "+strings.Repeat("c", 1000)+"\r\n", 990)), 1)
	kinds, _, alloc := readAll(t, bytes.NewReader(withLong))
	assert.Equal(t, []string{"ok"}, kinds)
	assert.Less(t, alloc, uint64(16<<20), "allocated %d bytes", alloc)

	w := newWARCReader(bytes.NewReader(withLong), "x")
	_, err := w.line()
	require.NoError(t, err)
	hdr, err := w.headers()
	require.NoError(t, err)
	assert.Equal(t, "start "+strings.TrimSpace(strings.Repeat(strings.Repeat("c", 1000)+" ", 990)), hdr["x-long"])
	assert.Equal(t, "resource", hdr["warc-type"])
}

func TestWARCRecordLengthBounded(t *testing.T) {
	// A 40 MB text resource and a 40 MB response: over a page, reported
	// at once instead of read into memory first.
	for _, r := range []io.Reader{
		hostileRecord("resource", "text/plain", repeat("Lorem ipsum. ", 40<<20/13)),
		hostileRecord("response", response, strings.NewReader("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"), repeat("Lorem ipsum. ", 40<<20/13)),
	} {
		kinds, errs, alloc := readAll(t, r)
		require.Equal(t, []string{"too_large", "ok"}, kinds)
		assert.ErrorIs(t, errs[0], liveblog.ErrTooLarge)
		assert.Less(t, alloc, uint64(4<<20), "allocated %d bytes", alloc)
	}

	// A claimed length the file does not hold: truncated, and the buffer
	// made for it is capped.
	kinds, _, alloc := readAll(t, strings.NewReader("WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 30000000\r\n\r\nshort"))
	assert.Equal(t, []string{"truncated"}, kinds)
	assert.Less(t, alloc, uint64(sizeHintMax+(2<<20)), "allocated %d bytes", alloc)
}

func TestWARCChunkSizesNotTrusted(t *testing.T) {
	// A chunk that claims 2^63-1 bytes: not read as chunks, kept as
	// stored.
	body := "7fffffffffffffff\r\n" + string(marathonText)
	block := httpMsg("200 OK", []string{"Content-Type: text/plain", "Transfer-Encoding: chunked"}, []byte(body))
	rec := warcRec{typ: "response", uri: "https://a.example/", ctype: response, block: block}
	var pages []Page
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for p, err := range WARC(bytes.NewReader(rec.bytes()), "x") {
		require.NoError(t, err)
		pages = append(pages, p)
	}
	runtime.ReadMemStats(&after)
	require.Len(t, pages, 1)
	assert.Equal(t, body, string(pages[0].Body))
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20))
}

func TestWARCContentEncodingBomb(t *testing.T) {
	// 40 MB of text in a few dozen KB of gzip: decoded up to a page,
	// then refused.
	var z bytes.Buffer
	zw, err := gzip.NewWriterLevel(&z, gzip.BestSpeed)
	require.NoError(t, err)
	_, err = io.Copy(zw, repeat("live ", 8<<20))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	block := httpMsg("200 OK", []string{"Content-Type: text/plain", "Content-Encoding: gzip"}, z.Bytes())
	rec := warcRec{typ: "response", uri: "https://a.example/", ctype: response, block: block}
	good := warcRec{typ: "resource", uri: "https://a.example/", ctype: "text/plain", block: marathonText}
	kinds, errs, alloc := readAll(t, io.MultiReader(bytes.NewReader(rec.bytes()), bytes.NewReader(good.bytes())))
	require.Equal(t, []string{"too_large", "ok"}, kinds)
	assert.ErrorIs(t, errs[0], liveblog.ErrTooLarge)
	// Doubling up to a page allocates about two pages; appending by
	// quarters allocated six (and the race detector adds its share).
	assert.Less(t, alloc, uint64(4*maxPage), "allocated %d bytes", alloc)
}
