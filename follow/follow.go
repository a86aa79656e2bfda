// Package follow polls a live blog and reports its entries as they are
// added, edited and removed.
//
// A Follower fetches the page with conditional requests, parses it with
// liveblog, compares it with what it reported before (liveblog.Diff) and
// hands each change to a callback once. Between polls it waits the
// configured interval with jitter; after an error, a 429 or a 503 it backs
// off exponentially, honouring Retry-After, up to a ceiling.
//
// Each poll goes through package fetch: a page whose ticker is a vendor
// embed, or that a script builds, is read through the vendor's feed or
// its AMP alternate, and Options.Pages reads older pages too (one page by
// default: a poll every half minute need not walk twenty). While the
// page's own entries are the blog, the page is asked for with conditional
// requests; through a vendor feed or an AMP alternate, every poll reads
// them afresh.
//
// A page that fails to fetch or parse changes nothing: the next good page
// is compared with the last good one. When the blog read goes on past the
// pages read (Blog.Older: the page limit, a failed older page), entries
// missing from it that are older than the oldest it holds have only
// moved on to a page not read: they are kept, never reported removed. An entry is reported removed only
// after it has been missing from several polls in a row, and a page that
// shares no entry with the blog followed so far is held back until it is
// seen again, so that an error page or a stale copy served once does not
// report the whole blog as removed.
//
// With a Store, what was reported survives a restart:
//
//	f, err := follow.New(url, follow.Options{Store: follow.FileStore{Path: "blog.json"}})
//	...
//	err = f.Run(ctx, func(c liveblog.Change) error {
//		fmt.Println(c.Kind, c.Entry.Title)
//		return nil
//	})
package follow

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/fetch"
	"github.com/liveblog-go/liveblog/internal/fetchget"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// DefaultUserAgent is the User-Agent sent when Options gives none.
const DefaultUserAgent = httpclient.DefaultUserAgent

// Defaults used for the zero values of Options fields.
const (
	DefaultInterval   = 30 * time.Second
	DefaultJitter     = 0.1
	DefaultMaxBackoff = 15 * time.Minute
	DefaultTimeout    = 30 * time.Second
	DefaultConfirm    = 2
)

// Errors reported by a Follower; each is wrapped, test with errors.Is.
var (
	// ErrStatus means the server answered with a status other than 200
	// or 304. The error is a *StatusError.
	ErrStatus = errors.New("liveblog: unexpected HTTP status")
	// ErrUnrelatedPage means a page shared no entry with the blog
	// followed so far and was held back (see Options.Confirm).
	ErrUnrelatedPage = errors.New("liveblog: page shares no entry with the followed blog")
	// ErrOtherURL means the Store holds the state of another URL.
	ErrOtherURL = errors.New("liveblog: stored state is for another URL")
)

// StatusError is an HTTP response the Follower could not use.
type StatusError struct {
	// StatusCode is the HTTP status code.
	StatusCode int
	// RetryAfter is the wait the server asked for in a Retry-After
	// header, 0 when it gave none.
	RetryAfter time.Duration
}

// Error implements the error interface.
func (e *StatusError) Error() string {
	s := fmt.Sprintf("liveblog: HTTP %d %s", e.StatusCode, http.StatusText(e.StatusCode))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Unwrap makes errors.Is(err, ErrStatus) true.
func (e *StatusError) Unwrap() error { return ErrStatus }

// Options configure a Follower. The zero value is valid: every field has
// a default.
type Options struct {
	// Interval is the wait between two polls. 0 means DefaultInterval.
	Interval time.Duration
	// Jitter spreads the waits: each is lengthened or shortened at random
	// by up to this fraction of itself, so that many followers do not
	// poll in step. 0 means DefaultJitter; a negative value means none.
	Jitter float64
	// MaxBackoff is the ceiling of the wait after failures. It also caps
	// a server's Retry-After, so that no server can stall the follower
	// for longer. 0 means DefaultMaxBackoff; it is never less than
	// Interval.
	MaxBackoff time.Duration
	// Timeout limits each request, body included. 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxSize is the largest response body accepted, in bytes. 0 means
	// liveblog.DefaultMaxSize.
	MaxSize int64
	// Client makes the requests. Nil means the library's own client,
	// which connects directly (no proxy) and refuses a redirect from a
	// public address to a loopback, private or link-local one (see
	// AllowPrivateRedirects); a Client given is used as it is, redirect
	// policy included.
	Client *http.Client
	// AllowPrivateRedirects lets the library's client follow a redirect
	// from a public address to a non-public one. A followed URL that is
	// itself non-public is fetched either way.
	AllowPrivateRedirects bool
	// UserAgent is sent with every request. Empty means DefaultUserAgent.
	UserAgent string
	// Parser configures the parsing of each page, as fetch.Options.Parser
	// does: its URL is each page's address (after redirects), its
	// ContentType, when empty, the response's.
	Parser liveblog.Options
	// Store keeps what was reported across restarts. Nil keeps it in
	// memory only.
	Store Store
	// SkipExisting leaves out the entries already on the page at the
	// first fetch: only later changes are reported. A follower restarted
	// from a Store has had its first fetch.
	SkipExisting bool
	// Confirm is how many polls in a row must agree before an entry is
	// reported removed, and before a page that shares no entry with the
	// blog followed so far is believed. 0 means DefaultConfirm; 1 means
	// at once.
	Confirm int
	// OnError, when set, is told about each failed poll and how long the
	// follower waits before the next one. The follower keeps going.
	OnError func(err error, wait time.Duration)
	// OnPoll, when set, is called by Run after each poll that succeeded
	// (a page parsed, or not modified), once its changes are delivered
	// and the Store saved, with those changes: none for a page that did
	// not change. A feed of the blog (Follower.Blog) is rewritten there.
	OnPoll func(changes []liveblog.Change)

	// Pages is how many pages of the blog each poll reads: the page and
	// its older pages (see package fetch). 0 means 1.
	Pages int
	// Delay is the wait between two requests of one poll (older pages, a
	// vendor feed). 0 means fetch.DefaultDelay; a negative value means
	// none.
	Delay time.Duration
	// NoEmbeds and NoAMP leave a page without entries as it is: its
	// vendor embed's feed, its AMP alternate, are not fetched (see
	// fetch.Options).
	NoEmbeds, NoAMP bool

	// hooks stand loopback servers in for public ones in tests.
	hooks httpclient.Hooks
}

// A Follower polls one live blog. It is not safe for concurrent use:
// run one Run or Poll at a time.
type Follower struct {
	url     string
	opts    Options
	fetcher *fetch.Fetcher
	// header is the response header of this poll's page, when its own
	// entries made the blog (its validators are worth keeping).
	header http.Header

	// The clock and randomness, replaced by tests.
	sleep  func(ctx context.Context, d time.Duration) error
	now    func() time.Time
	random func() float64

	state     State
	loaded    bool
	failures  int // polls failed in a row
	unrelated int // unrelated pages in a row
}

// New returns a Follower of the page at rawURL, an http or https URL.
func New(rawURL string, opts Options) (*Follower, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("liveblog: follow: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("liveblog: follow: %q is not an http or https URL", rawURL)
	}
	if opts.Interval <= 0 {
		opts.Interval = DefaultInterval
	}
	if opts.Jitter == 0 {
		opts.Jitter = DefaultJitter
	}
	opts.Jitter = min(max(opts.Jitter, 0), 1)
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = DefaultMaxBackoff
	}
	opts.MaxBackoff = max(opts.MaxBackoff, opts.Interval)
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = liveblog.DefaultMaxSize
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Confirm <= 0 {
		opts.Confirm = DefaultConfirm
	}
	if opts.Pages <= 0 {
		opts.Pages = 1
	}
	f := &Follower{
		url:    rawURL,
		opts:   opts,
		sleep:  httpclient.Wait,
		now:    time.Now,
		random: rand.Float64,
		state:  State{URL: rawURL},
	}
	client := httpclient.New(httpclient.Options{
		Timeout:               opts.Timeout,
		MaxSize:               opts.MaxSize,
		UserAgent:             opts.UserAgent,
		AllowPrivateRedirects: opts.AllowPrivateRedirects,
		Client:                opts.Client,
		Hooks:                 opts.hooks,
	})
	f.fetcher = fetch.New(fetch.Options{
		Pages:    opts.Pages,
		Delay:    opts.Delay,
		NoEmbeds: opts.NoEmbeds,
		NoAMP:    opts.NoAMP,
		Parser:   opts.Parser,
		Get: fetchget.Get(client, func(req fetch.Request, h *httpclient.Request) {
			if req.Kind == fetch.KindPage {
				h.ETag, h.LastModified = f.state.ETag, f.state.LastModified
			}
		}),
		OnPage: func(p fetch.Page, resp *fetch.Response) {
			if p.Kind == fetch.KindPage && p.Err == nil {
				f.header = resp.Header
			}
		},
	})
	return f, nil
}

// Run polls the blog until ctx is done or fn returns an error, calling fn
// once for each change, oldest first. It returns ctx's error, or fn's.
// Failed polls do not stop it: they are reported to Options.OnError and
// retried after a backoff. A change fn returned an error for is offered
// again at the next poll; the ones before it are not.
//
// The Store is written after each poll's changes have been delivered: a
// process that dies in between may deliver that poll's changes again
// when restarted, never lose them.
func (f *Follower) Run(ctx context.Context, fn func(liveblog.Change) error) error {
	if !f.loaded {
		if err := f.load(); err != nil {
			return err
		}
	}
	deliver := fn
	var delivered []liveblog.Change
	if f.opts.OnPoll != nil {
		deliver = func(c liveblog.Change) error {
			if err := fn(c); err != nil {
				return err
			}
			delivered = append(delivered, c)
			return nil
		}
	}
	for {
		delivered = delivered[:0]
		err := f.poll(ctx, deliver)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if he, ok := errors.AsType[*handlerError](err); ok {
			return he.err
		}
		// A blog read in part (an older page failed) was still compared
		// and delivered: the poll counts as done, and the failure is told.
		done := err == nil || errors.Is(err, fetch.ErrIncomplete)
		if done && f.opts.OnPoll != nil {
			f.opts.OnPoll(delivered)
		}
		var wait time.Duration
		if done {
			wait = f.backoff(nil)
		} else {
			wait = f.backoff(err)
		}
		if err != nil && f.opts.OnError != nil {
			f.opts.OnError(err, wait)
		}
		if err := f.sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// Poll fetches the blog once and returns what changed since the last
// poll. The changes count as reported. An error that reports
// errors.Is(err, fetch.ErrIncomplete) comes with the changes of the
// pages that were read.
func (f *Follower) Poll(ctx context.Context) ([]liveblog.Change, error) {
	var out []liveblog.Change
	err := f.poll(ctx, func(c liveblog.Change) error {
		out = append(out, c)
		return nil
	})
	return out, err
}

// handlerError carries the callback's error out of poll.
type handlerError struct{ err error }

func (e *handlerError) Error() string { return e.err.Error() }
func (e *handlerError) Unwrap() error { return e.err }

// poll fetches, compares and delivers once.
func (f *Follower) poll(ctx context.Context, fn func(liveblog.Change) error) error {
	if !f.loaded {
		if err := f.load(); err != nil {
			return err
		}
	}
	res, err := f.fetch(ctx)
	if err != nil || res.blog == nil {
		return err
	}
	changes, missing, moved, err := f.compare(res.blog)
	if err != nil {
		return err
	}
	first := f.state.Fetched.IsZero()
	if first && f.opts.SkipExisting {
		changes = nil
	}
	now := f.now().UTC()
	for i, c := range changes {
		if err := fn(c); err != nil {
			// Keep what was delivered; the validators are not kept, so
			// the next poll fetches the page again and offers the rest.
			for _, d := range changes[:i] {
				f.state.apply(d, now)
			}
			return errors.Join(&handlerError{err}, f.save())
		}
	}
	for _, c := range changes {
		f.state.noteEdit(c, now)
	}
	// The page as it is now, then the entries missing from it whose
	// removal is not confirmed yet, and those on pages not read.
	kept := res.blog.Entries
	for _, e := range f.state.Entries {
		if _, ok := missing[e.ID]; ok || moved[e.ID] {
			kept = append(kept, e)
		}
	}
	f.state.Entries = kept
	f.state.Missing = missing
	f.state.ETag, f.state.LastModified = res.etag, res.lastModified
	f.state.Title, f.state.Summary, f.state.Language = res.blog.Title, res.blog.Summary, res.blog.Language
	f.state.Fetched = now
	if err := f.save(); err != nil {
		return err
	}
	return res.incomplete
}

// fetched is the result of one poll's requests: a blog and the
// validators to send next time, or a nil blog when the page was not
// modified; incomplete is the error of a later page that failed.
type fetched struct {
	blog               *liveblog.Blog
	etag, lastModified string
	incomplete         error
}

func (f *Follower) fetch(ctx context.Context) (fetched, error) {
	f.header = nil
	res, err := f.fetcher.Fetch(ctx, f.url)
	if res == nil {
		return f.failed(err)
	}
	out := fetched{blog: res.Blog}
	if len(res.Pages) > 0 && res.Pages[0].Kind == fetch.KindPage && res.Pages[0].Err == nil && f.header != nil {
		// The page's own entries: its validators tell whether it changed.
		out.etag, out.lastModified = f.header.Get("ETag"), f.header.Get("Last-Modified")
	}
	if err != nil {
		out.incomplete = &followError{err}
	}
	return out, nil
}

// failed turns the error of a fetch that read nothing into a poll's:
// not modified, a StatusError of the page, or the cause with the
// package's prefix.
func (f *Follower) failed(err error) (fetched, error) {
	cause := err
	var pe *fetch.PageError
	if errors.As(err, &pe) && pe.Kind == fetch.KindPage {
		cause = pe.Err
	}
	if se, ok := cause.(*fetch.StatusError); ok {
		if se.StatusCode == http.StatusNotModified {
			return fetched{}, nil
		}
		return fetched{}, &StatusError{StatusCode: se.StatusCode, RetryAfter: retryAfter(se.Header.Get("Retry-After"), f.now())}
	}
	if errors.Is(cause, liveblog.ErrTooLarge) {
		return fetched{}, cause
	}
	return fetched{}, &followError{cause}
}

// followError is a fetch's or Parse's error with the package's prefix
// once: "liveblog: follow: not a live blog" (errors.Is still sees the
// cause).
type followError struct{ err error }

func (e *followError) Error() string {
	s := strings.TrimPrefix(e.err.Error(), "liveblog: ")
	return "liveblog: follow: " + strings.TrimPrefix(s, "fetch: ")
}

func (e *followError) Unwrap() error { return e.err }
