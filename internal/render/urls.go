package render

import (
	"net/url"
	"strings"
)

// SafeURL returns u when it is an absolute http or https URL (or mailto,
// when allowed), else "".
func SafeURL(u string, mailto bool) string {
	u = strings.TrimSpace(u)
	if PlainAbsoluteURL(u) {
		return u // what parsing and printing it would give
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		if p.Host == "" {
			return ""
		}
		return p.String()
	case "mailto":
		if mailto {
			return p.String()
		}
	}
	return ""
}

// SafeRef returns u when it is an absolute http or https URL, or a
// reference within the page's own site (it could not be resolved for
// lack of a page URL): a fragment ("#post-12"), a path ("/live/12",
// "page/2"). Anything else is "": a permalink or a page link must never
// carry a script or data URL, nor lead to another host once a browser
// resolves it — "//evil.example/x" names a host, and browsers read
// "/\evil.example/x" the same way and drop tabs and newlines from URLs.
func SafeRef(u string) string {
	if PlainAbsoluteURL(u) {
		return u
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	if p.Scheme == "" {
		if p.Host != "" || p.User != nil || strings.HasPrefix(u, "//") || strings.ContainsAny(u, "\\ \t\n\r\f") {
			return ""
		}
		return u
	}
	return SafeURL(u, false)
}

// PlainAbsoluteURL reports whether ref is an absolute http(s) URL that
// resolving would return unchanged: lower-case scheme, a host of letters,
// digits, dots and hyphens (and a port), then only characters that need no
// escaping, no percent escapes to normalise, no "." or ".." path segments
// and at most one '#'. Most links and images on a page are such URLs, and
// parsing and printing each one again was a tenth of what Parse allocated
// on link-heavy pages.
func PlainAbsoluteURL(ref string) bool {
	rest, ok := strings.CutPrefix(ref, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(ref, "http://"); !ok {
			return false
		}
	}
	host := hostEnd(rest)
	if host == 0 {
		return false
	}
	rest = rest[host:]
	if rest != "" && rest[0] != '/' && rest[0] != '?' && rest[0] != '#' {
		return false
	}
	return plainPath(rest)
}

// hostEnd returns the length of the host (letters, digits, dots and
// hyphens) and port at the start of s; 0 when there is no host.
func hostEnd(s string) int {
	host := 0
	for host < len(s) && (isAlnumByte(s[host]) || s[host] == '.' || s[host] == '-') {
		host++
	}
	if host == 0 {
		return 0
	}
	if host < len(s) && s[host] == ':' {
		host++
		for host < len(s) && ('0' <= s[host] && s[host] <= '9') {
			host++
		}
	}
	return host
}

// plainPath reports whether the path, query and fragment of a URL need
// no change when parsed and printed again: only plainURLByte characters,
// at most one non-empty fragment, no "." or ".." segments.
func plainPath(rest string) bool {
	fragment := false
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if !plainURLByte[c] {
			return false
		}
		if c == '#' {
			if fragment || i+1 == len(rest) { // a second '#' is escaped, an empty fragment dropped
				return false
			}
			fragment = true
		}
		if c == '.' && rest[i-1] == '/' && dotSegment(rest[i:]) {
			return false
		}
	}
	return true
}

// dotSegment reports whether s, which starts a path segment, is "." or
// ".." up to the next '/', '?' or '#'.
func dotSegment(s string) bool {
	end := func(s string) bool { return s == "" || s[0] == '/' || s[0] == '?' || s[0] == '#' }
	return end(s[1:]) || s[1] == '.' && end(s[2:])
}

func isAlnumByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// plainURLByte holds the bytes PlainAbsoluteURL accepts after the host:
// letters, digits and -._~/?#:@!$&'()*+,;= (RFC 3986's unreserved and
// reserved characters but '[', ']' and '%').
var plainURLByte = func() (t [256]bool) {
	for _, c := range []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?#:@!$&'()*+,;=") {
		t[c] = true
	}
	return t
}()

// Fragment returns the #fragment of a URL, unescaped, or "".
func Fragment(u string) string {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		f, err := url.PathUnescape(u[i+1:])
		if err != nil {
			return u[i+1:]
		}
		return f
	}
	return ""
}
