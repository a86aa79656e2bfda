package batch

// A WARC reader of our own, not github.com/nlnwa/gowarc/v3 or
// github.com/internetarchive/gowarc: we read one record type out of a
// simple format (version line, headers, Content-Length block, two CRLFs),
// and the standard library already holds every hard part (compress/gzip
// for per-record members, net/http for the HTTP message,
// httputil.NewChunkedReader). The libraries would bring their module
// graphs into every library user's go.mod (internetarchive/gowarc: utls,
// miekg/dns, cobra, a socks5 proxy; gowarc/v3: klauspost/compress,
// uuid, whatwg-url, bitset) for writing, validation and digests we do
// not need, and neither undoes chunked Transfer-Encoding in the payload.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
)

// WARCFile yields the pages of the WARC file at path, as WARC does.
func WARCFile(path string) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		f, err := os.Open(path)
		if err != nil {
			yield(Page{Source: path}, err)
			return
		}
		defer f.Close()
		for p, err := range WARC(f, path) {
			if !yield(p, err) {
				return
			}
		}
	}
}

// WARC yields the pages in a WARC 1.0 or 1.1 archive read from r, plain
// or gzip-compressed (one gzip member per record, as crawlers write them,
// or the whole file as one). name is used in Page.Source, followed by
// "#" and the offset in r of the record (of its gzip member, for a
// compressed file), as CDX indexes give it.
//
// It yields the "response" records holding an HTTP response with a 2xx
// status (but not 204 or 206) and an HTML or text payload, and the
// "resource" records holding HTML or text. The payload's chunked
// Transfer-Encoding and gzip or deflate Content-Encoding are undone
// (when the crawler stored them undone already, the bytes are kept as
// they are). Page.URL is the record's WARC-Target-URI, Page.Date its
// WARC-Date, Page.ContentType the HTTP Content-Type, charset included.
// Every other record is skipped.
//
// A record that cannot be read yields an error wrapping ErrMalformed or
// ErrTruncated. A truncated record, the usual end of an interrupted
// crawl, ends the archive: the records before it are all yielded. After
// a malformed record the reader goes on when it can find the next one
// (the block length was readable, or the next gzip member follows).
// It never closes r.
func WARC(r io.Reader, name string) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		w := newWARCReader(r, name)
		for {
			p, err, ok := w.next()
			if !ok || !yield(p, err) {
				return
			}
		}
	}
}

// The reader's bounds. Every length it reads from its input is checked
// against them before it holds that much, so that a record costs at most
// one page (maxPage) plus its headers, as the batch's memory bound
// (Options.Window pages) assumes:
//
//   - a WARC header line: warcLineMax bytes (the line buffer's size);
//     the header: warcHeadersMax lines and headerBytesMax bytes;
//   - the HTTP header inside a response record: warcHeadersMax lines and
//     headerBytesMax bytes (net/http's server default), read before
//     net/http parses it;
//   - the record's Content-Length: a record to be read that claims more
//     than a page and its HTTP header is ErrTooLarge at once, and the
//     buffer made up front from any claimed length is at most
//     sizeHintMax; other records are skipped as they stream, holding
//     nothing;
//   - the payload: maxPage bytes, and after undoing chunked encoding
//     (chunk sizes are never trusted beyond the bytes present) and a
//     gzip or deflate Content-Encoding (all members together), maxPage
//     again;
//   - a gzip member of the file: its records are bounded as above, its
//     header fields by compress/gzip.
const (
	warcLineMax    = 64 << 10
	warcHeadersMax = 1000
	headerBytesMax = 1 << 20
)

// warcReader reads records one at a time.
type warcReader struct {
	name  string
	count *countReader  // the input, counting bytes
	src   *bufio.Reader // over count
	zr    *gzip.Reader  // the current gzip member, for a compressed file
	rec   *bufio.Reader // the record stream: src, or over zr
	gz    bool
	// inMember is set while records are read from a gzip member.
	inMember bool
	member   int64 // offset of the current member
	done     bool
	httpBuf  *bufio.Reader // reused to read HTTP messages
	httpHdr  []byte        // reused: the HTTP header of a response
	hdrRead  bytes.Reader  // reused: over httpHdr
	hdrBuf   *bufio.Reader // reused: over hdrRead, for net/http
}

func newWARCReader(r io.Reader, name string) *warcReader {
	w := &warcReader{name: name, count: &countReader{r: r}}
	w.src = bufio.NewReaderSize(w.count, warcLineMax)
	if magic, _ := w.src.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		w.gz = true
	} else {
		w.rec = w.src
	}
	return w
}

// offset is the position in the input of the next byte src gives.
func (w *warcReader) offset() int64 { return w.count.n - int64(w.src.Buffered()) }

// next returns the next page or error; ok is false at the end.
func (w *warcReader) next() (p Page, err error, ok bool) {
	for !w.done {
		if w.gz && !w.inMember {
			start := w.offset()
			if err := w.nextMember(); err != nil {
				w.done = true
				if err == io.EOF {
					return Page{}, nil, false
				}
				return Page{Source: w.source(start)}, err, true
			}
			w.member = start
		}
		p, err, ok := w.record()
		if ok {
			return p, err, true
		}
	}
	return Page{}, nil, false
}

// nextMember starts reading the next gzip member; io.EOF means there is
// none.
func (w *warcReader) nextMember() error {
	var err error
	if w.zr == nil {
		w.zr, err = gzip.NewReader(w.src)
	} else {
		err = w.zr.Reset(w.src)
	}
	if err != nil {
		if err == io.EOF {
			return io.EOF
		}
		return gzipError(w.name, err)
	}
	w.zr.Multistream(false)
	if w.rec == nil {
		w.rec = bufio.NewReaderSize(w.zr, warcLineMax)
	} else {
		w.rec.Reset(w.zr)
	}
	w.inMember = true
	return nil
}

func (w *warcReader) source(offset int64) string {
	return w.name + "#" + strconv.FormatInt(offset, 10)
}

// record reads one record. ok is false when there was nothing to yield:
// a skipped record, or the end of a gzip member or of the input.
func (w *warcReader) record() (p Page, err error, ok bool) {
	start, line, err := w.firstLine()
	if err == io.EOF {
		w.inMember = false
		if !w.gz {
			w.done = true
		}
		return Page{}, nil, false
	}
	if err != nil {
		return w.fail(start, err)
	}
	src := w.source(start)
	hdr, length, err := w.recordHeader(line, src)
	if err != nil {
		return w.fail(start, err)
	}
	block := &blockReader{r: w.rec, n: length, length: length}
	p = Page{Source: src, URL: strings.Trim(hdr["warc-target-uri"], "<>")}
	if d, err := time.Parse(time.RFC3339, hdr["warc-date"]); err == nil {
		p.Date = d
	}
	want, err := w.payload(hdr, &p, block)
	return w.endRecord(start, p, block, want, err)
}

// firstLine skips the blank lines between records (two CRLFs follow
// each; more or fewer are tolerated) and returns the next record's first
// line and its offset: the member's in a gzip file, the line's own in a
// plain one. io.EOF means that no record follows in the member or the
// input.
func (w *warcReader) firstLine() (start int64, line []byte, err error) {
	start = w.member
	if !w.gz {
		start = w.offset()
	}
	for {
		line, err = w.line()
		if err == io.EOF && len(line) == 0 {
			return start, nil, io.EOF
		}
		if err != nil || len(line) > 0 {
			return start, line, err
		}
		if !w.gz {
			start = w.offset()
		}
	}
}

// recordHeader checks the version line of the record at src, reads its
// header and returns it with the block's length.
func (w *warcReader) recordHeader(version []byte, src string) (hdr map[string]string, length int64, err error) {
	if !bytes.HasPrefix(version, []byte("WARC/")) {
		return nil, 0, fmt.Errorf("%w: %s: no WARC version line", ErrMalformed, src)
	}
	hdr, err = w.headers()
	if err != nil {
		return nil, 0, err
	}
	length, err = strconv.ParseInt(hdr["content-length"], 10, 64)
	if err != nil || length < 0 {
		return nil, 0, fmt.Errorf("%w: %s: bad Content-Length %q", ErrMalformed, src, hdr["content-length"])
	}
	return hdr, length, nil
}

// payload reads the page out of a record's block into p when the record
// holds one: a response with an HTML or text payload, or such a
// resource. want is false for every other record, which is left unread.
func (w *warcReader) payload(hdr map[string]string, p *Page, block *blockReader) (want bool, err error) {
	length := block.length
	switch strings.ToLower(hdr["warc-type"]) {
	case "response":
		mt, _, _ := mime.ParseMediaType(hdr["content-type"])
		switch {
		case mt != "" && mt != "application/http":
		case length > maxPage+headerBytesMax:
			// Whatever it holds, its payload would be over the bound:
			// not worth reading.
			return true, tooLargeRecord(p.Source, length, maxPage+headerBytesMax)
		default:
			return w.response(p, block)
		}
	case "resource":
		switch {
		case !pageType(hdr["content-type"]):
		case length > maxPage:
			return true, tooLargeRecord(p.Source, length, maxPage)
		default:
			p.ContentType = hdr["content-type"]
			p.Body, err = readSized(block, maxPage, block.n)
			return true, err
		}
	}
	return false, nil
}

// tooLargeRecord is the error for a record at src whose Content-Length
// is over limit.
func tooLargeRecord(src string, length, limit int64) error {
	return fmt.Errorf("%w: %s: record Content-Length %d, more than %d bytes", liveblog.ErrTooLarge, src, length, limit)
}

// endRecord skips what is left of the block of the record that starts at
// start, and turns what payload made of it (p, want, err) into what
// record returns.
func (w *warcReader) endRecord(start int64, p Page, block *blockReader, want bool, err error) (Page, error, bool) {
	// Skip the rest of the block, all of it for a record not wanted.
	if _, derr := io.Copy(io.Discard, block); derr != nil && err == nil {
		err = derr
	}
	if w.gz && !block.truncated && err == nil {
		// Read on to the end of a per-record member, so that its checksum
		// is verified before the page is yielded.
		if cerr := w.skipBlank(); cerr != nil && cerr != io.EOF {
			return w.fail(start, cerr)
		}
	}
	if block.truncated {
		w.done = true
		return Page{Source: p.Source, URL: p.URL}, fmt.Errorf("%w: %s: block shorter than its Content-Length %d", ErrTruncated, p.Source, block.length), true
	}
	if err != nil {
		// Errors of the payload's own encoding come wrapped as
		// malformed; a bare one is the member's.
		member := w.gz && !errors.Is(err, ErrMalformed)
		switch {
		case member && isStreamError(err):
			// The gzip stream itself is broken: nothing after it can be
			// found.
			w.done = true
			err = gzipError(p.Source, err)
		case member && errors.Is(err, gzip.ErrChecksum):
			// The member ended short of the block, and its checksum is
			// wrong: the next member follows.
			w.inMember = false
			err = gzipError(p.Source, err)
		}
		return Page{Source: p.Source, URL: p.URL}, err, true
	}
	if !want {
		return Page{}, nil, false
	}
	return p, nil, true
}

// fail reports an error at the start of a record. In a gzip file the
// next member may still be read; in a plain one the next record cannot be
// found.
func (w *warcReader) fail(start int64, err error) (Page, error, bool) {
	src := w.source(start)
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		w.done = true
		return Page{Source: src}, fmt.Errorf("%w: %s: %w", ErrTruncated, src, err), true
	}
	if !errors.Is(err, ErrMalformed) {
		err = gzipError(src, err)
	}
	switch {
	case w.gz && errors.Is(err, gzip.ErrChecksum):
		// The member was read to its end: the next one follows.
		w.inMember = false
	case w.gz && errors.Is(err, ErrMalformed) && !isStreamError(err):
		// Skip the rest of this member; a broken stream ends the file.
		if _, derr := io.Copy(io.Discard, w.rec); derr != nil {
			w.done = true
		}
		w.inMember = false
	default:
		w.done = true
	}
	return Page{Source: src}, err, true
}

// skipBlank reads the CRLFs after a record. It returns io.EOF at the end
// of a gzip member, after which the member is done.
func (w *warcReader) skipBlank() error {
	for {
		b, err := w.rec.Peek(1)
		if err == io.EOF {
			w.inMember = false
			return io.EOF
		}
		if err != nil {
			return err
		}
		if b[0] != '\r' && b[0] != '\n' {
			return nil
		}
		w.rec.Discard(1)
	}
}

// line reads one line without its CRLF or LF.
func (w *warcReader) line() ([]byte, error) {
	line, err := w.rec.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		return nil, fmt.Errorf("%w: header line longer than %d bytes", ErrMalformed, warcLineMax)
	}
	if err == io.EOF && len(line) > 0 {
		err = io.ErrUnexpectedEOF
	}
	return bytes.TrimRight(line, "\r\n"), err
}

// headers reads the named fields up to the blank line, keyed in lower
// case. Continuation lines are joined. The header is at most
// warcHeadersMax lines and headerBytesMax bytes.
func (w *warcReader) headers() (map[string]string, error) {
	hdr := make(map[string]string, 12)
	last := ""
	var parts []string // the current field's value and its continuations
	flush := func() {
		if last != "" {
			hdr[last] = strings.Join(parts, " ")
		}
		parts = parts[:0]
	}
	size := 0
	for range warcHeadersMax {
		line, err := w.line()
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			return nil, err
		}
		if size += len(line); size > headerBytesMax {
			return nil, fmt.Errorf("%w: WARC header over %d bytes", ErrMalformed, headerBytesMax)
		}
		if len(line) == 0 {
			flush()
			return hdr, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			parts = append(parts, strings.TrimSpace(string(line)))
			continue
		}
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return nil, fmt.Errorf("%w: header line without a colon", ErrMalformed)
		}
		flush()
		last = strings.ToLower(strings.TrimSpace(string(k)))
		parts = append(parts, strings.TrimSpace(string(v)))
	}
	return nil, fmt.Errorf("%w: more than %d header lines", ErrMalformed, warcHeadersMax)
}

// blockReader reads a record block of n bytes and notes when the input
// ends before it does.
type blockReader struct {
	r         io.Reader
	n         int64 // bytes left
	length    int64 // the block's Content-Length
	truncated bool
}

func (b *blockReader) Read(p []byte) (int, error) {
	if b.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.n {
		p = p[:b.n]
	}
	n, err := b.r.Read(p)
	b.n -= int64(n)
	if err == io.EOF && b.n > 0 {
		b.truncated = true
		err = io.ErrUnexpectedEOF
	} else if errors.Is(err, io.ErrUnexpectedEOF) {
		b.truncated = true
	}
	return n, err
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// isStreamError reports an error of the compressed stream itself, after
// which nothing more can be read. After a checksum error the next member
// can still be found.
func isStreamError(err error) bool {
	return isFlateError(err)
}
