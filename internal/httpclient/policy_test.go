package httpclient

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/dns/dnsmessage"
)

func TestIsPublic(t *testing.T) {
	tests := []struct {
		addr   string
		public bool
	}{
		{"8.8.8.8", true},
		{"93.184.216.34", true},
		{"172.32.0.1", true},  // just past 172.16.0.0/12
		{"100.128.0.1", true}, // just past 100.64.0.0/10
		{"11.0.0.1", true},    // just past 10.0.0.0/8
		{"223.255.255.255", true},
		{"127.0.0.1", false},
		{"127.0.0.2", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"100.64.0.1", false}, // CGNAT
		{"100.127.255.255", false},
		{"224.0.0.1", false},
		{"239.255.255.250", false},
		{"240.0.0.1", false},
		{"255.255.255.255", false},
		{"192.0.2.10", false}, // documentation
		{"198.18.0.1", false}, // benchmarking
		{"2606:4700::1111", true},
		{"2a00:1450:4001::200e", true},
		{"::1", false},
		{"::", false},
		{"fe80::1", false},
		{"fe80::1%eth0", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"fec0::1", false},
		{"ff02::1", false},
		{"::ffff:8.8.8.8", false}, // IPv4-mapped: refused whatever it maps
		{"::ffff:127.0.0.1", false},
		{"::ffff:169.254.169.254", false},
		{"2001:db8::1", false},
		{"2001::1", false},         // Teredo
		{"64:ff9b::808:808", true}, // NAT64 of 8.8.8.8
		{"64:ff9b::a00:1", false},  // NAT64 of 10.0.0.1
		{"64:ff9b::7f00:1", false}, // NAT64 of 127.0.0.1
	}
	for _, tt := range tests {
		assert.Equal(t, tt.public, IsPublic(netip.MustParseAddr(tt.addr)), tt.addr)
	}
	assert.False(t, IsPublic(netip.Addr{}), "the zero Addr")
}

// lab is a set of loopback servers, some of which the hooks call public,
// and a resolver that knows names for them.
type lab struct {
	t      *testing.T
	public map[uint16]bool
	mu     sync.Mutex
	asked  []string // the addresses the strict dialer checked
	names  map[string]netip.Addr
}

func newLab(t *testing.T) *lab {
	return &lab{t: t, public: map[uint16]bool{}, names: map[string]netip.Addr{}}
}

// server starts a loopback server, public to the hooks or not, and
// counts the requests it gets.
func (l *lab) server(public bool, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		h(w, r)
	}))
	l.t.Cleanup(srv.Close)
	l.public[port(l.t, srv.URL)] = public
	return srv, &hits
}

func port(t *testing.T, rawURL string) uint16 {
	_, p, err := net.SplitHostPort(rawURL[len("http://"):])
	require.NoError(t, err)
	n, err := strconv.ParseUint(p, 10, 16)
	require.NoError(t, err)
	return uint16(n)
}

func (l *lab) hooks() Hooks {
	return Hooks{
		Resolver: fakeResolver(l.names),
		Public: func(ap netip.AddrPort) bool {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.asked = append(l.asked, ap.String())
			return ap.Addr().IsLoopback() && l.public[ap.Port()]
		},
	}
}

func (l *lab) client(opts Options) *Client {
	opts.Hooks = l.hooks()
	return New(opts)
}

func redirectTo(target string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target, http.StatusFound)
	}
}

func page(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, body) }
}

func TestDirectNonPublicURLWorks(t *testing.T) {
	l := newLab(t)
	internal, hits := l.server(false, page("intranet page"))
	resp, err := l.client(Options{}).Get(t.Context(), Request{URL: internal.URL + "/x"})
	require.NoError(t, err)
	assert.Equal(t, "intranet page", string(resp.Body))
	assert.Equal(t, int32(1), hits.Load())
}

func TestRedirectFromPublicToNonPublicRefused(t *testing.T) {
	l := newLab(t)
	internal, hits := l.server(false, page("secret"))
	pub, _ := l.server(true, redirectTo(internal.URL+"/latest/meta-data"))
	_, err := l.client(Options{}).Get(t.Context(), Request{URL: pub.URL + "/live"})
	require.ErrorIs(t, err, ErrRedirectBlocked)
	assert.Contains(t, err.Error(), internal.Listener.Addr().String(), "the refused address is named")
	assert.Zero(t, hits.Load(), "the internal server was never reached")
	assert.Contains(t, l.asked, internal.Listener.Addr().String(), "checked on the dialled address")
}

func TestRedirectThroughANameRefused(t *testing.T) {
	// A name that resolves to an internal address when dialled: what a
	// check of the URL's host alone would let through.
	l := newLab(t)
	l.names["rebind.test."] = netip.MustParseAddr("127.0.0.1")
	internal, hits := l.server(false, page("secret"))
	byName := fmt.Sprintf("http://rebind.test:%d/admin", port(t, internal.URL))
	pub, _ := l.server(true, redirectTo(byName))
	c := l.client(Options{})

	resp, err := c.Get(t.Context(), Request{URL: byName})
	require.NoError(t, err, "given directly, the name resolves and is fetched")
	assert.Equal(t, "secret", string(resp.Body))
	require.Equal(t, int32(1), hits.Load())

	_, err = c.Get(t.Context(), Request{URL: pub.URL})
	require.ErrorIs(t, err, ErrRedirectBlocked)
	assert.Equal(t, int32(1), hits.Load(), "no request after the redirect, although a connection to it was idle")
}

func TestRedirectsAllowed(t *testing.T) {
	l := newLab(t)
	internal2, _ := l.server(false, page("intranet, moved"))
	internal1, _ := l.server(false, redirectTo(internal2.URL+"/new"))
	pub2, _ := l.server(true, page("public, moved"))
	pub1, _ := l.server(true, redirectTo(pub2.URL+"/new"))
	c := l.client(Options{})
	for _, tt := range []struct{ from, url, body string }{
		{internal1.URL, internal2.URL + "/new", "intranet, moved"}, // non-public to non-public
		{pub1.URL, pub2.URL + "/new", "public, moved"},             // public to public
	} {
		resp, err := c.Get(t.Context(), Request{URL: tt.from})
		require.NoError(t, err, tt.from)
		assert.Equal(t, tt.body, string(resp.Body))
		assert.Equal(t, tt.url, resp.URL, "the address after redirects")
	}
}

func TestRedirectBackInsideRefused(t *testing.T) {
	// intranet -> public -> intranet: the last hop leaves a public server.
	l := newLab(t)
	internal2, hits := l.server(false, page("secret"))
	pub, _ := l.server(true, redirectTo(internal2.URL))
	internal1, _ := l.server(false, redirectTo(pub.URL))
	_, err := l.client(Options{}).Get(t.Context(), Request{URL: internal1.URL})
	require.ErrorIs(t, err, ErrRedirectBlocked)
	assert.Zero(t, hits.Load())
}

func TestAllowPrivateRedirectsLiftsTheCheck(t *testing.T) {
	l := newLab(t)
	internal, hits := l.server(false, page("intranet page"))
	pub, _ := l.server(true, redirectTo(internal.URL))
	resp, err := l.client(Options{AllowPrivateRedirects: true}).Get(t.Context(), Request{URL: pub.URL})
	require.NoError(t, err)
	assert.Equal(t, "intranet page", string(resp.Body))
	assert.Equal(t, int32(1), hits.Load())
}

func TestDefaultClientFollowsRedirectsAmongLoopback(t *testing.T) {
	// Without hooks the classification is IsPublic: loopback servers are
	// not public, so a redirect among them is followed (the first hop is
	// the user's own), as the command's tests on loopback rely on.
	internal := httptest.NewServer(page("intranet"))
	defer internal.Close()
	hop := httptest.NewServer(redirectTo(internal.URL))
	defer hop.Close()
	resp, err := New(Options{}).Get(t.Context(), Request{URL: hop.URL})
	require.NoError(t, err)
	assert.Equal(t, "intranet", string(resp.Body))
}

// fakeResolver answers A queries for names from the table, without a
// socket: the resolver talks DNS over TCP framing on an in-memory pipe.
func fakeResolver(names map[string]netip.Addr) *net.Resolver {
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
			client, server := net.Pipe()
			go serveDNS(server, names)
			return client, nil
		},
	}
}

func serveDNS(c net.Conn, names map[string]netip.Addr) {
	defer c.Close()
	for {
		var n [2]byte
		if _, err := io.ReadFull(c, n[:]); err != nil {
			return
		}
		msg := make([]byte, binary.BigEndian.Uint16(n[:]))
		if _, err := io.ReadFull(c, msg); err != nil {
			return
		}
		var p dnsmessage.Parser
		h, err := p.Start(msg)
		if err != nil {
			return
		}
		q, err := p.Question()
		if err != nil {
			return
		}
		resp := dnsmessage.Message{
			Header:    dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionAvailable: true},
			Questions: []dnsmessage.Question{q},
		}
		addr, ok := names[q.Name.String()]
		switch {
		case !ok:
			resp.Header.RCode = dnsmessage.RCodeNameError
		case q.Type == dnsmessage.TypeA && addr.Is4():
			resp.Answers = append(resp.Answers, dnsmessage.Resource{
				Header: dnsmessage.ResourceHeader{Name: q.Name, Type: dnsmessage.TypeA, Class: dnsmessage.ClassINET, TTL: 60},
				Body:   &dnsmessage.AResource{A: addr.As4()},
			})
		}
		out, err := resp.Pack()
		if err != nil {
			return
		}
		binary.BigEndian.PutUint16(n[:], uint16(len(out)))
		if _, err := c.Write(append(n[:], out...)); err != nil {
			return
		}
	}
}

func TestFoundURLIsCheckedLikeARedirect(t *testing.T) {
	// A public page links to an internal address (an "older page", an
	// embed): fetching that link is a redirect in all but name.
	l := newLab(t)
	internal, hits := l.server(false, page("secret"))
	pub, _ := l.server(true, page("public page"))
	c := l.client(Options{})

	resp, err := c.Get(t.Context(), Request{URL: pub.URL})
	require.NoError(t, err)
	assert.False(t, resp.Private, "a public server")
	resp, err = c.Get(t.Context(), Request{URL: pub.URL + "/older", Found: true})
	require.NoError(t, err, "a found URL on a public server is fetched")
	assert.Equal(t, "public page", string(resp.Body))

	_, err = c.Get(t.Context(), Request{URL: internal.URL + "/admin", Found: true})
	require.ErrorIs(t, err, ErrRedirectBlocked)
	assert.Zero(t, hits.Load())

	resp, err = c.Get(t.Context(), Request{URL: internal.URL})
	require.NoError(t, err, "given directly, it is fetched")
	assert.True(t, resp.Private, "and said to be non-public, so its own links may stay inside")

	_, err = l.client(Options{AllowPrivateRedirects: true}).Get(t.Context(), Request{URL: internal.URL, Found: true})
	require.NoError(t, err, "the check lifted")
}
