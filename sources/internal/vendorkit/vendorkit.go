// Package vendorkit holds what the adapters of live-blog vendors share:
// the vendors answer their embed scripts with JSON whose entry bodies are
// HTML strings and whose times are epochs or ISO strings, so each adapter
// needs to recognise a JSON response by its shape, decode times that come
// as numbers or strings, and turn an HTML string into nodes for the
// library's renderer (never into output of its own).
package vendorkit

import (
	"encoding/json"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/kit"
)

// Matcher recognises a vendor's responses: by the host of the page URL
// (Options.URL) when it is one of Hosts, else by the shape of a JSON
// input, which must hold every one of Keys as an object key. A JSON input
// from another host is still the vendor's when its shape says so: vendors
// serve their feeds from CDNs and publishers proxy them.
type Matcher struct {
	// Hosts are the vendor's hosts; their subdomains match too.
	Hosts []string
	// Keys are object keys (without quotes) that a response holds.
	Keys []string
	// HTML, when set, decides for HTML input (the vendor's own pages);
	// nil refuses HTML.
	HTML func(*liveblog.Document) bool
}

// Match reports whether d is one of the vendor's responses.
func (m Matcher) Match(d *liveblog.Document) bool {
	if d.IsHTML() {
		return m.HTML != nil && m.HTML(d)
	}
	if IsJSON(d.Text()) && HasKeys(d.Text(), m.Keys...) {
		return true
	}
	h := d.Host()
	return h != "" && len(m.Hosts) > 0 && kit.HostIs(h, m.Hosts...) && IsJSON(d.Text())
}

// IsJSON reports whether s starts like a JSON object or array.
func IsJSON(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n\ufeff")
	return s != "" && (s[0] == '{' || s[0] == '[')
}

// HasKeys reports whether the JSON text s holds every one of keys as an
// object key ("key" followed by a colon). It is a cheap test for Match,
// not a parse.
func HasKeys(s string, keys ...string) bool {
	if len(keys) == 0 {
		return false
	}
	for _, k := range keys {
		if !hasKey(s, k) {
			return false
		}
	}
	return true
}

func hasKey(s, k string) bool {
	q := `"` + k + `"`
	for {
		i := strings.Index(s, q)
		if i < 0 {
			return false
		}
		rest := strings.TrimLeft(s[i+len(q):], " \t\r\n")
		if strings.HasPrefix(rest, ":") {
			return true
		}
		s = s[i+len(q):]
	}
}

// Decode decodes the JSON text of d into v, as an error wrapping
// liveblog.ErrNotLiveBlog when it is not JSON of that shape: a response
// that cannot be read holds no entries.
func Decode(d *liveblog.Document, v any) error {
	text := strings.TrimPrefix(strings.TrimSpace(d.Text()), "\ufeff")
	if err := json.Unmarshal([]byte(text), v); err != nil {
		return liveblog.ErrNotLiveBlog
	}
	return nil
}

// Body parses an HTML string, as a vendor's JSON carries an entry body,
// into a detached <div> holding its nodes, for Draft.Body: the library's
// renderer then writes what its allowlist keeps. It returns nil for a
// body with no markup and no text.
func Body(s string) *html.Node {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil || len(nodes) == 0 {
		return nil
	}
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		div.AppendChild(n)
	}
	return div
}

// Bodies returns the non-nil nodes among ns, for Draft.Body.
func Bodies(ns ...*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range ns {
		if n != nil {
			out = append(out, n)
		}
	}
	return out
}

// Time reads a time as vendors put it in JSON: a number of seconds or
// milliseconds since the epoch (told apart by size; fractions allowed),
// an ISO 8601 string with a zone, a string of digits, or the .NET form
// "/Date(1461842662000+0000)/". It returns the zero Time for anything
// else, null included.
func Time(raw json.RawMessage) time.Time {
	s := strings.TrimSpace(string(raw))
	if s == "" || s == "null" {
		return time.Time{}
	}
	if s[0] == '"' {
		var str string
		if json.Unmarshal(raw, &str) != nil {
			return time.Time{}
		}
		return TimeString(str)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return time.Time{}
	}
	return epoch(f)
}

// TimeString reads a time given as a string (see Time).
func TimeString(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	if inner, ok := strings.CutPrefix(s, "/Date("); ok {
		inner, _, _ = strings.Cut(inner, ")")
		// The offset after the milliseconds only says how to print the
		// instant; the milliseconds are UTC.
		if i := strings.IndexAny(inner[min(1, len(inner)):], "+-"); i >= 0 {
			inner = inner[:i+1]
		}
		ms, err := strconv.ParseInt(inner, 10, 64)
		if err != nil {
			return time.Time{}
		}
		return time.UnixMilli(ms).UTC()
	}
	if t, ok := kit.MachineTime(s); ok {
		return t
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return epoch(f)
	}
	return time.Time{}
}

// epoch reads seconds or milliseconds since 1970. Values before 2000 in
// either unit are refused: no live blog posted then, and a small number
// is a count or an id, not a time.
func epoch(f float64) time.Time {
	const y2000 = 946684800
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0) || f < y2000:
		return time.Time{}
	case f < 1e11: // seconds (until the year 5138)
		sec, frac := math.Modf(f)
		return time.Unix(int64(sec), int64(frac*1e9)).UTC()
	case f < 1e14: // milliseconds
		return time.UnixMilli(int64(f)).UTC()
	}
	return time.Time{}
}

// Flag reads a JSON flag that vendors give as true/false, 1/0 or a
// string ("true", "1", "yes", "sticky").
func Flag(raw json.RawMessage) bool {
	s := strings.Trim(strings.ToLower(strings.TrimSpace(string(raw))), `"`)
	switch s {
	case "", "null", "false", "0", "no", "none", "off":
		return false
	}
	return true
}

// String reads a JSON value that vendors give as a string or a number
// (ids), as a string; "" for null, objects and arrays.
func String(raw json.RawMessage) string {
	s := strings.TrimSpace(string(raw))
	if s == "" || s == "null" {
		return ""
	}
	if s[0] == '"' {
		var str string
		if json.Unmarshal(raw, &str) != nil {
			return ""
		}
		return str
	}
	if s[0] == '{' || s[0] == '[' || s == "true" || s == "false" {
		return ""
	}
	return s
}

// WithQuery returns the page URL of d with its query parameter key set to
// value, or "" when d has no URL. Vendors page their feeds by a query
// parameter, so an adapter builds its Result.Older this way.
func WithQuery(d *liveblog.Document, key, value string) string {
	u := d.URL()
	if u == nil {
		return ""
	}
	c := *u
	q := c.Query()
	q.Set(key, value)
	c.RawQuery = q.Encode()
	return c.String()
}

// PathParts returns the non-empty segments of the page URL's path, or nil
// when d has no URL.
func PathParts(d *liveblog.Document) []string {
	u := d.URL()
	if u == nil {
		return nil
	}
	var out []string
	for _, p := range strings.Split(u.EscapedPath(), "/") {
		if p == "" {
			continue
		}
		if un, err := url.PathUnescape(p); err == nil {
			p = un
		}
		out = append(out, p)
	}
	return out
}
