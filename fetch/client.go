package fetch

import (
	"context"

	"github.com/liveblog-go/liveblog/internal/httpclient"
)

// clientGet makes requests with the library's client, built from opts.
func clientGet(opts Options) func(context.Context, Request) (*Response, error) {
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	c := httpclient.New(httpclient.Options{
		Timeout:               timeout,
		MaxSize:               opts.MaxSize,
		UserAgent:             opts.UserAgent,
		AllowPrivateRedirects: opts.AllowPrivateRedirects,
		Client:                opts.Client,
		Hooks:                 opts.hooks,
	})
	return func(ctx context.Context, req Request) (*Response, error) {
		resp, err := c.Get(ctx, httpclient.Request{URL: req.URL, Found: req.Found})
		if resp == nil {
			return nil, err
		}
		return &Response{
			URL:        resp.URL,
			StatusCode: resp.StatusCode,
			Status:     resp.Status,
			Header:     resp.Header,
			Body:       resp.Body,
			Private:    resp.Private,
		}, err
	}
}
