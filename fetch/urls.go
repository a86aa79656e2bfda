package fetch

import (
	"net/url"
)

// pageKey is an address as a page: without its fragment, the host in
// lower case.
func pageKey(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	u.Fragment, u.RawFragment = "", ""
	u.Host = lowerASCII(u.Host)
	return u.String()
}

// sameHost reports whether a and b are on the same host: the same name
// and port, a scheme's default port matching the other's.
func sameHost(a, b string) bool {
	ua, err1 := url.Parse(a)
	ub, err2 := url.Parse(b)
	if err1 != nil || err2 != nil {
		return false
	}
	if lowerASCII(ua.Hostname()) != lowerASCII(ub.Hostname()) {
		return false
	}
	pa, pb := ua.Port(), ub.Port()
	return pa == pb || isDefaultPort(ua.Scheme, pa) && isDefaultPort(ub.Scheme, pb)
}

func isDefaultPort(scheme, port string) bool {
	return port == "" || scheme == "http" && port == "80" || scheme == "https" && port == "443"
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
