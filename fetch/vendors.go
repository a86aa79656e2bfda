package fetch

import (
	"sync"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/arena"
	"github.com/liveblog-go/liveblog/sources/lb24"
	"github.com/liveblog-go/liveblog/sources/norkon"
	"github.com/liveblog-go/liveblog/sources/scribblelive"
	"github.com/liveblog-go/liveblog/sources/sourcefabric"
	"github.com/liveblog-go/liveblog/sources/tickaroo"
)

// vendorRegistry holds the adapters of the vendors whose embeds Parse
// reports (Feed.Vendor names them), for callers whose own registry lacks
// them: a vendor feed is read by its vendor's adapter whatever else the
// caller registered. The adapters register nothing by being imported.
var vendorRegistry = sync.OnceValue(func() *liveblog.Registry {
	r := liveblog.NewRegistry()
	for _, e := range []liveblog.Extractor{tickaroo.New(), norkon.New(), scribblelive.New(), sourcefabric.New(), arena.New(), lb24.New()} {
		if err := r.Register(e); err != nil {
			panic(err) // six distinct names, fixed at build time
		}
	}
	return r
})

// feedOptions are the parser options for a vendor's feed: its adapter
// forced, from the caller's registry when it has one of that name, else
// from vendorRegistry. An unknown vendor leaves the choice to Match.
func feedOptions(base liveblog.Options, vendor string) liveblog.Options {
	opts := base
	opts.Extractor = ""
	reg := opts.Registry
	if reg == nil {
		reg = liveblog.DefaultRegistry
	}
	if _, ok := reg.Lookup(vendor); ok {
		opts.Extractor = vendor
		return opts
	}
	if _, ok := vendorRegistry().Lookup(vendor); ok {
		opts.Registry, opts.Extractor = vendorRegistry(), vendor
	}
	return opts
}
