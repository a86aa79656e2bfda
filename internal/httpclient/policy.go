package httpclient

// The redirect policy.
//
// A request goes wherever its URL says: a user's own intranet page, or a
// test server on loopback, is theirs to fetch. A redirect is another
// matter: a public page answering 302 to http://169.254.169.254/ or to
// http://127.0.0.1:6379/ would make the fetcher query an internal service
// and hand its answer back as the page. So every hop after the first goes
// through one of two transports:
//
//   - after a hop whose server was at a public address (or whose address
//     was not seen), a strict transport whose dialer refuses, in its
//     Control hook, every address that is not public. The hook sees the
//     IP the socket is about to connect to, after name resolution, so a
//     name that resolves to a public address when looked up by someone
//     else and to 127.0.0.1 when dialled (DNS rebinding) is refused too.
//     Its idle connections were all dialled through that check, so a
//     connection kept from a direct request to an internal host is never
//     reused for a redirect.
//   - after a hop to a non-public server (an intranet site redirecting
//     within itself), and for the first hop, the ordinary transport.
//
// A URL that was read from a page rather than given (Request.Found: an
// older page, a vendor embed, an AMP alternate) is a redirect in all but
// name: its first hop takes the strict transport too, unless the page it
// came from was served from a non-public address (Response.Private).
//
// Neither transport uses a proxy: behind one, the address dialled would
// be the proxy's and the check meaningless. A caller who needs a proxy
// passes an http.Client of its own (Options.Client) and owns the policy.

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/netip"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// ErrRedirectBlocked is wrapped by the error of a request whose redirect
// the policy refused.
var ErrRedirectBlocked = errors.New("redirect from a public address to a non-public one refused")

// blockedError names the address refused.
type blockedError struct{ addr string }

func (e *blockedError) Error() string { return ErrRedirectBlocked.Error() + " (" + e.addr + ")" }
func (e *blockedError) Unwrap() error { return ErrRedirectBlocked }

// Hooks replace what the policy asks of the system, for tests: they make
// a loopback server stand in for a public one.
type Hooks struct {
	// Resolver resolves names; nil means the system's.
	Resolver *net.Resolver
	// Public classifies the address about to be dialled; nil means
	// IsPublic of its IP.
	Public func(netip.AddrPort) bool
}

// nonPublic4 are the IPv4 ranges where no public server lives (RFC 6890
// and its updates): this network, private, shared address space (CGNAT),
// loopback, link-local, IETF assignments, documentation, 6to4 relays,
// benchmarking, multicast, reserved and broadcast.
var nonPublic4 = prefixes(
	"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
	"169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24",
	"192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
	"203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
)

// public6 is global unicast IPv6; everything outside it (loopback,
// unspecified, IPv4-mapped, unique local, link-local, site-local,
// multicast, discard) is not public. nonPublic6 are the parts of it that
// are not public either: the IETF assignments (Teredo, ORCHID, ...) and
// the two documentation prefixes.
var (
	public6    = netip.MustParsePrefix("2000::/3")
	nonPublic6 = prefixes("2001::/23", "2001:db8::/32", "3fff::/20")
	// nat64 embeds an IPv4 address in its last 32 bits (RFC 6052): it is
	// as public as that address.
	nat64 = netip.MustParsePrefix("64:ff9b::/96")
)

func prefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

// IsPublic reports whether a server at addr is on the public Internet:
// not loopback, private, link-local, unspecified, shared (CGNAT),
// multicast, reserved, documentation, unique local IPv6, nor an
// IPv4-mapped IPv6 address.
func IsPublic(addr netip.Addr) bool {
	addr = addr.WithZone("")
	switch {
	case !addr.IsValid():
		return false
	case addr.Is4():
		for _, p := range nonPublic4 {
			if p.Contains(addr) {
				return false
			}
		}
		return true
	case addr.Is4In6():
		return false
	case nat64.Contains(addr):
		b := addr.As16()
		return IsPublic(netip.AddrFrom4([4]byte(b[12:])))
	case !public6.Contains(addr):
		return false
	}
	for _, p := range nonPublic6 {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

// hopsKey keys the redirect state of one Get in its context.
type hopsKey struct{}

// hops is the state of one request's redirect chain.
type hops struct {
	n atomic.Int32
	// private is set when the last hop's server was seen at a non-public
	// address: the next hop may go to one too.
	private atomic.Bool
	// found makes the first hop strict too: its URL was read from a
	// public page (Request.Found).
	found bool
}

func withHops(ctx context.Context, found bool) (context.Context, *hops) {
	h := &hops{found: found}
	return context.WithValue(ctx, hopsKey{}, h), h
}

// policyTransport sends each hop through the transport the policy
// chooses. A request without hops in its context (the policy lifted)
// goes through open.
type policyTransport struct {
	open, strict http.RoundTripper
	public       func(netip.AddrPort) bool
}

func (t *policyTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	h, _ := req.Context().Value(hopsKey{}).(*hops)
	if h == nil {
		return t.open.RoundTrip(req)
	}
	rt := t.strict
	if h.n.Add(1) == 1 && !h.found || h.private.Load() {
		rt = t.open
	}
	h.private.Store(false)
	trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		ap, err := netip.ParseAddrPort(info.Conn.RemoteAddr().String())
		h.private.Store(err == nil && !t.public(ap))
	}}
	return rt.RoundTrip(req.WithContext(httptrace.WithClientTrace(req.Context(), trace)))
}

// transportFor returns the transport of a client with opts: the shared
// one unless hooks replace the resolver or the classification.
func transportFor(opts Options) http.RoundTripper {
	if opts.Hooks.Resolver == nil && opts.Hooks.Public == nil {
		return sharedTransport()
	}
	return newPolicyTransport(opts.Hooks)
}

// sharedTransport is the transport every Client without hooks shares, so
// that the command, followers and fetchers reuse connections.
var sharedTransport = sync.OnceValue(func() http.RoundTripper { return newPolicyTransport(Hooks{}) })

func newPolicyTransport(h Hooks) *policyTransport {
	public := h.Public
	if public == nil {
		public = func(ap netip.AddrPort) bool { return IsPublic(ap.Addr()) }
	}
	control := func(_ context.Context, _, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil || !public(ap) {
			return &blockedError{addr: address}
		}
		return nil
	}
	return &policyTransport{
		open:   newTransport(h.Resolver, nil),
		strict: newTransport(h.Resolver, control),
		public: public,
	}
}

// newTransport is net/http's default transport without a proxy, dialling
// through control when it is set.
func newTransport(resolver *net.Resolver, control func(context.Context, string, string, syscall.RawConn) error) *http.Transport {
	d := &net.Dialer{
		Timeout:        30 * time.Second,
		KeepAlive:      30 * time.Second,
		Resolver:       resolver,
		ControlContext: control,
	}
	return &http.Transport{
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           100,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
}
