// Package fetchget hands package fetch a client of the module's own
// making: the command, follow and batch build their internal/httpclient
// Client (with its test hooks) and adjust each request (a follower's
// validators, a batch's per-host limit) before it goes out, which
// fetch's public Options cannot carry. The redirect policy is kept:
// fetch.Request.Found and fetch.Response.Private map onto the client's
// own fields.
package fetchget

import (
	"context"

	"github.com/liveblog-go/liveblog/fetch"
	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// Get returns a fetch.Options.Get that makes each request with c. edit,
// when set, may change the client's request (add validators) before it
// is made.
func Get(c *httpclient.Client, edit func(fetch.Request, *httpclient.Request)) func(context.Context, fetch.Request) (*fetch.Response, error) {
	return func(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
		hreq := httpclient.Request{URL: req.URL, Found: req.Found}
		if edit != nil {
			edit(req, &hreq)
		}
		resp, err := c.Get(ctx, hreq)
		if resp == nil {
			return nil, err
		}
		return &fetch.Response{
			URL:        resp.URL,
			StatusCode: resp.StatusCode,
			Status:     resp.Status,
			Header:     resp.Header,
			Body:       resp.Body,
			Private:    resp.Private,
		}, err
	}
}
