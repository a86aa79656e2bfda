package batch

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http/httputil"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// warcRec is one record of a test archive.
type warcRec struct {
	version, typ, uri, date, ctype string
	block                          []byte
	// cut keeps only this many bytes of the serialised record (a crawl
	// interrupted while writing it); 0 keeps all.
	cut int
}

func (r warcRec) bytes() []byte {
	var b bytes.Buffer
	v := r.version
	if v == "" {
		v = "WARC/1.1"
	}
	fmt.Fprintf(&b, "%s\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\n", v, r.typ, len(r.block))
	if r.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
	}
	if r.date != "" {
		fmt.Fprintf(&b, "WARC-Date: %s\r\n", r.date)
	}
	if r.ctype != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.ctype)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(r.block))
	b.Write(r.block)
	b.WriteString("\r\n\r\n")
	if r.cut > 0 {
		return b.Bytes()[:r.cut]
	}
	return b.Bytes()
}

// httpMsg is an HTTP response as a crawler records it.
func httpMsg(status string, headers []string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\n", status)
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

func chunked(body []byte) []byte {
	var b bytes.Buffer
	w := httputil.NewChunkedWriter(&b)
	for len(body) > 0 {
		n := min(len(body), 40)
		w.Write(body[:n])
		body = body[n:]
	}
	w.Close()
	b.WriteString("\r\n")
	return b.Bytes()
}

func gzipped(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// archive serialises records plain, one gzip member per record, or as
// one gzip stream; it returns the file and each record's offset as the
// reader names it (the member's, for gzip).
func archive(t testing.TB, recs []warcRec, mode string) ([]byte, []int) {
	var out bytes.Buffer
	var offsets []int
	for _, r := range recs {
		offsets = append(offsets, out.Len())
		switch mode {
		case "plain", "onegzip":
			out.Write(r.bytes())
		case "gzip":
			if r.cut > 0 {
				// The crawl died while compressing this record.
				full := r
				full.cut = 0
				z := gzipped(t, full.bytes())
				out.Write(z[:len(z)*r.cut/len(full.bytes())])
				continue
			}
			out.Write(gzipped(t, r.bytes()))
		}
	}
	if mode == "onegzip" {
		data := gzipped(t, out.Bytes())
		// Records in one member share its offset: 0.
		return data, make([]int, len(recs))
	}
	return out.Bytes(), offsets
}

var (
	harbourText = []byte(`Harbour bridge reopens after storm repairs

09:05 GMT 06.09.2021
The first buses crossed the bridge shortly after nine.

09:40 GMT 06.09.2021
Cyclists are asked to keep to the eastern lane.
`)
	cafeText     = []byte("Caf\xe9 owners protest new rules\n\n18:00 GMT 03.03.2023\nThe caf\xe9 on the square closed early.\n\n18:45 GMT 03.03.2023\nA petition gathered two hundred names.\n")
	marathonText = []byte("City marathon\n\n07:30 GMT 12.05.2024\nRunners gather.\n\n08:00 GMT 12.05.2024\nThe elite field sets off.\n")
	articleHTML  = []byte(`<!doctype html><html><head><title>Garden show</title></head><body><p>The garden show opened on Saturday.</p></body></html>`)
)

// testRecords is an archive of every kind of record the reader meets,
// ending with a truncated response.
func testRecords() []warcRec {
	return []warcRec{
		{typ: "warcinfo", ctype: "application/warc-fields", block: []byte("software: test\r\n")},
		{typ: "request", uri: "https://news.example/harbour", ctype: "application/http;msgtype=request",
			block: []byte("GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n")},
		// 2: a live blog as text, WARC 1.0 with its bracketed URI.
		{version: "WARC/1.0", typ: "response", uri: "<https://news.example/harbour>", date: "2021-09-06T10:00:00Z",
			ctype: "application/http; msgtype=response",
			block: httpMsg("200 OK", []string{"Content-Type: text/plain; charset=utf-8", fmt.Sprintf("Content-Length: %d", len(harbourText))}, harbourText)},
		// 3: an image.
		{typ: "response", uri: "https://news.example/logo.png", ctype: "application/http; msgtype=response",
			block: httpMsg("200 OK", []string{"Content-Type: image/png"}, []byte("\x89PNG\r\n\x1a\nxxxx"))},
		// 4: a 404 page.
		{typ: "response", uri: "https://news.example/gone", ctype: "application/http; msgtype=response",
			block: httpMsg("404 Not Found", []string{"Content-Type: text/html"}, []byte("<p>Not found</p>"))},
		// 5: chunked, gzip-encoded, windows-1252.
		{typ: "response", uri: "https://news.example/cafe", date: "2023-03-03T19:00:00.123Z", ctype: "application/http; msgtype=response",
			block: httpMsg("200 OK", []string{"Content-Type: text/plain; charset=windows-1252", "Content-Encoding: gzip", "Transfer-Encoding: chunked"},
				chunked(gzippedNoT(cafeText)))},
		{typ: "metadata", uri: "https://news.example/cafe", ctype: "application/warc-fields", block: []byte("outlinks: none\r\n")},
		// 7: a resource record (no HTTP message).
		{typ: "resource", uri: "file:///saved/marathon.txt", date: "2024-05-12T09:00:00Z", ctype: "text/plain", block: marathonText},
		// 8: an ordinary article: not a live blog.
		{typ: "response", uri: "https://news.example/garden", ctype: "application/http; msgtype=response",
			block: httpMsg("200 OK", []string{"Content-Type: text/html; charset=utf-8"}, articleHTML)},
		// 9: not an HTTP message.
		{typ: "response", uri: "https://news.example/broken", ctype: "application/http; msgtype=response",
			block: []byte("this is not HTTP\r\n\r\n")},
		// 10: a DNS record.
		{typ: "response", uri: "dns:news.example", ctype: "text/dns", block: []byte("news.example. 300 IN A 192.0.2.1\n")},
		// 11: no Content-Type (sniffed as text); header says chunked but
		// the crawler stored the payload dechunked.
		{typ: "response", uri: "https://news.example/marathon", ctype: "application/http; msgtype=response",
			block: httpMsg("200 OK", []string{"Transfer-Encoding: chunked"}, marathonText)},
		// 12: cut short by the end of the crawl.
		{typ: "response", uri: "https://news.example/cut", ctype: "application/http; msgtype=response",
			block: httpMsg("200 OK", []string{"Content-Type: text/plain"}, harbourText), cut: 300},
	}
}

// gzippedNoT compresses outside a test, for table literals.
func gzippedNoT(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func TestWARC(t *testing.T) {
	recs := testRecords()
	for _, mode := range []string{"plain", "gzip", "onegzip"} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			data, offsets := archive(t, recs, mode)
			type got struct {
				page Page
				err  error
			}
			var pages []got
			for p, err := range WARC(bytes.NewReader(data), "crawl.warc") {
				pages = append(pages, got{p, err})
			}
			src := func(rec int) string { return fmt.Sprintf("crawl.warc#%d", offsets[rec]) }
			wantRecs := []int{2, 5, 7, 8, 9, 11, 12}
			require.Len(t, pages, len(wantRecs))
			for i, rec := range wantRecs {
				assert.Equal(t, src(rec), pages[i].page.Source, "record %d", rec)
			}

			h := pages[0]
			require.NoError(t, h.err)
			assert.Equal(t, "https://news.example/harbour", h.page.URL)
			assert.Equal(t, "text/plain; charset=utf-8", h.page.ContentType)
			assert.True(t, h.page.Date.Equal(time.Date(2021, 9, 6, 10, 0, 0, 0, time.UTC)))
			assert.Equal(t, harbourText, h.page.Body)

			c := pages[1]
			require.NoError(t, c.err)
			assert.Equal(t, "https://news.example/cafe", c.page.URL)
			assert.Equal(t, cafeText, c.page.Body, "dechunked and gunzipped, charset left to the parser")
			assert.Equal(t, "text/plain; charset=windows-1252", c.page.ContentType)
			assert.True(t, c.page.Date.Equal(time.Date(2023, 3, 3, 19, 0, 0, 123e6, time.UTC)))

			m := pages[2]
			require.NoError(t, m.err)
			assert.Equal(t, "file:///saved/marathon.txt", m.page.URL)
			assert.Equal(t, "text/plain", m.page.ContentType)
			assert.Equal(t, marathonText, m.page.Body)

			a := pages[3]
			require.NoError(t, a.err)
			assert.Equal(t, articleHTML, a.page.Body)

			assert.ErrorIs(t, pages[4].err, ErrMalformed)
			assert.Equal(t, "https://news.example/broken", pages[4].page.URL)

			s := pages[5]
			require.NoError(t, s.err)
			assert.Empty(t, s.page.ContentType)
			assert.Equal(t, marathonText, s.page.Body, "payload stored dechunked is kept")

			assert.ErrorIs(t, pages[6].err, ErrTruncated)
			assert.Nil(t, pages[6].page.Body)
		})
	}
}

func TestJobOverWARC(t *testing.T) {
	// The whole pipeline over a gzip archive on disk: every live blog is
	// found, the rest counted.
	data, _ := archive(t, testRecords(), "gzip")
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	require.NoError(t, os.WriteFile(path, data, 0o644))

	job := New(WARCFile(path), Options{Workers: 2, Ordered: true})
	var urls []string
	var blogs []Result
	for r := range job.Results(t.Context()) {
		urls = append(urls, r.URL)
		if r.Err == nil {
			blogs = append(blogs, r)
		}
	}
	require.NoError(t, job.Err())
	assert.Equal(t, []string{
		"https://news.example/harbour", "https://news.example/cafe", "file:///saved/marathon.txt",
		"https://news.example/broken", "https://news.example/marathon", "https://news.example/cut",
	}, urls)
	require.Len(t, blogs, 4)
	assert.Equal(t, "https://news.example/harbour", blogs[0].Blog.URL, "the record's URI reached the parser")
	assert.Len(t, blogs[0].Blog.Entries, 2)
	assert.Equal(t, "The café on the square closed early.", blogs[1].Blog.Entries[0].Text)
	assert.Equal(t, "Café owners protest new rules", blogs[1].Blog.Title)
	assert.True(t, blogs[1].Date.Equal(time.Date(2023, 3, 3, 19, 0, 0, 123e6, time.UTC)))
	assert.Len(t, blogs[2].Blog.Entries, 2)
	assert.Len(t, blogs[3].Blog.Entries, 2)

	s := job.Stats()
	assert.Equal(t, 7, s.Pages)
	assert.Equal(t, 4, s.Live)
	assert.Equal(t, 8, s.Entries)
	assert.Equal(t, 1, s.NotLive)
	assert.Equal(t, map[string]int{"malformed": 1, "truncated": 1}, s.Kinds)
}

func TestWARCBroken(t *testing.T) {
	good := warcRec{typ: "resource", uri: "https://a.example/", ctype: "text/plain", block: marathonText}
	noVersion := []byte("HELLO\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n")
	badLength := warcRec{typ: "resource", ctype: "text/plain", block: []byte("x")}.bytes()
	badLength = bytes.Replace(badLength, []byte("Content-Length: 1"), []byte("Content-Length: x"), 1)
	tests := []struct {
		name string
		data func(t *testing.T) []byte
		// want lists, per yielded item, "ok" or the error's kind.
		want []string
	}{
		{"empty", func(*testing.T) []byte { return nil }, nil},
		{"only blank lines", func(*testing.T) []byte { return []byte("\r\n\r\n") }, nil},
		{"plain: no version line ends the file", func(*testing.T) []byte {
			return slicesConcat(good.bytes(), noVersion, good.bytes())
		}, []string{"ok", "malformed"}},
		{"gzip: no version line skips the member", func(t *testing.T) []byte {
			return slicesConcat(gzipped(t, good.bytes()), gzipped(t, noVersion), gzipped(t, good.bytes()))
		}, []string{"ok", "malformed", "ok"}},
		{"plain: bad Content-Length", func(*testing.T) []byte {
			return slicesConcat(good.bytes(), badLength)
		}, []string{"ok", "malformed"}},
		{"truncated in the headers", func(*testing.T) []byte {
			return slicesConcat(good.bytes(), good.bytes()[:40])
		}, []string{"ok", "truncated"}},
		{"gzip: garbage after the last member", func(t *testing.T) []byte {
			return slicesConcat(gzipped(t, good.bytes()), []byte("this is no gzip member at all"))
		}, []string{"ok", "malformed"}},
		{"gzip: corrupt member", func(t *testing.T) []byte {
			z := gzipped(t, good.bytes())
			z[len(z)-5] ^= 0xff // the CRC
			return slicesConcat(z, gzipped(t, good.bytes()))
		}, []string{"malformed", "ok"}},
		{"gzip: corrupt deflate data ends the file", func(t *testing.T) []byte {
			z := gzipped(t, good.bytes())
			for i := 10; i < len(z)-8; i++ {
				z[i] = 0xff
			}
			return slicesConcat(gzipped(t, good.bytes()), z, gzipped(t, good.bytes()))
		}, []string{"ok", "malformed"}},
		{"unsupported content encoding", func(*testing.T) []byte {
			return warcRec{typ: "response", ctype: "application/http; msgtype=response",
				block: httpMsg("200 OK", []string{"Content-Type: text/html", "Content-Encoding: br"}, []byte{0x8b, 0x02, 0x80, 0x00, 0x01, 0xff})}.bytes()
		}, []string{"malformed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for p, err := range WARC(bytes.NewReader(tt.data(t)), "x.warc") {
				if err != nil {
					got = append(got, ErrorKind(err))
					assert.True(t, strings.HasPrefix(p.Source, "x.warc#"), p.Source)
					continue
				}
				assert.Equal(t, marathonText, p.Body)
				got = append(got, "ok")
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func slicesConcat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// FuzzWARC reads arbitrary bytes as an archive, plain and as the one
// record of a gzip member (random bytes seldom make a gzip stream, so
// the fuzzer's plain inputs are also compressed for it): the reader must
// not panic, hold more than a page, yield more items than it has bytes,
// or return an error of no known kind.
func FuzzWARC(f *testing.F) {
	// Small seeds, one record of each kind, so that mutations land on
	// the fields that matter.
	for _, r := range testRecords() {
		if len(r.block) < 600 {
			f.Add(r.bytes())
		}
	}
	data, _ := archive(f, testRecords()[:4], "gzip")
	f.Add(data)
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: resource\r\nX: a\r\n b\r\n\tc\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"))
	// One compressor for every input: a new one allocates about a
	// megabyte, more than the reader under test.
	var zbuf bytes.Buffer
	zw := gzip.NewWriter(&zbuf)
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(in []byte) {
			n := 0
			for p, err := range WARC(bytes.NewReader(in), "f") {
				n++
				if n > len(in)+1 {
					t.Fatalf("more items (%d) than input bytes", n)
				}
				if !strings.HasPrefix(p.Source, "f#") {
					t.Fatalf("source %q", p.Source)
				}
				if err != nil {
					switch k := ErrorKind(err); k {
					case "truncated", "malformed", "too_large":
					default:
						t.Fatalf("error of kind %q: %v", k, err)
					}
					continue
				}
				if int64(len(p.Body)) > maxPage {
					t.Fatalf("page of %d bytes", len(p.Body))
				}
			}
		}
		check(data)
		zbuf.Reset()
		zw.Reset(&zbuf)
		if _, err := zw.Write(data); err != nil || zw.Close() != nil {
			t.Fatal("compressing the input")
		}
		check(zbuf.Bytes())
	})
}

// TestWARCBadChecksumEveryRecord corrupts the CRC of one member at a
// time, for every kind of record, with and without the CRLFs that end a
// record (without them the block ends where the member does, and the
// checksum fails while the payload is read) and with the member ending
// short of the block's Content-Length: the error is malformed, never
// unknown, and the next member is still read.
func TestWARCBadChecksumEveryRecord(t *testing.T) {
	good := testRecords()[2] // a page, yielded
	for i, r := range testRecords() {
		if r.cut > 0 {
			continue
		}
		for trim := range 3 {
			raw := r.bytes()
			raw = raw[:len(raw)-[]int{0, 4, 6}[trim]]
			z := gzipped(t, raw)
			z[len(z)-8] ^= 0xff // the CRC-32 of the trailer
			data := slicesConcat(z, gzipped(t, good.bytes()))
			var kinds []string
			for _, err := range WARC(bytes.NewReader(data), "f") {
				kinds = append(kinds, ErrorKind(err))
			}
			for _, k := range kinds {
				assert.Contains(t, []string{"", "malformed"}, k, "record %d trim %d: kinds %q", i, trim, kinds)
			}
			assert.Contains(t, kinds, "malformed", "record %d trim %d", i, trim)
			assert.Equal(t, "", kinds[len(kinds)-1], "record %d trim %d: the next member is read", i, trim)
		}
	}
}

// TestWARCCorruptPayloadEncoding: a page whose own Content-Encoding is
// corrupt is malformed, and only that page: the gzip member holding it is
// sound, so the next member is read.
func TestWARCCorruptPayloadEncoding(t *testing.T) {
	z := gzipped(t, []byte("<html><body><p>Ferry timetable changes from Monday.</p></body></html>"))
	z[12] ^= 0xff // inside the deflate data
	bad := warcRec{typ: "response", uri: "https://news.example/ferry", ctype: "application/http; msgtype=response",
		block: slicesConcat([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"), z)}
	for _, mode := range []string{"plain", "gzip"} {
		data, _ := archive(t, []warcRec{bad, testRecords()[2]}, mode)
		var kinds []string
		for _, err := range WARC(bytes.NewReader(data), "f") {
			kinds = append(kinds, ErrorKind(err))
		}
		assert.Equal(t, []string{"malformed", ""}, kinds, mode)
	}
}
