// Package all registers every site adapter of liveblog with
// liveblog.DefaultRegistry. Import it for its side effect:
//
//	import _ "github.com/liveblog-go/liveblog/sources/all"
//
// It is the only package of the module whose import registers anything;
// the adapters themselves have no init side effects, so a program can
// instead register the ones it wants, in the order it wants, with
// liveblog.Register or in a registry of its own.
package all

import (
	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/ard"
	"github.com/liveblog-go/liveblog/sources/arena"
	"github.com/liveblog-go/liveblog/sources/guardian"
	"github.com/liveblog-go/liveblog/sources/independent"
	"github.com/liveblog-go/liveblog/sources/lb24"
	"github.com/liveblog-go/liveblog/sources/ndtv"
	"github.com/liveblog-go/liveblog/sources/norkon"
	"github.com/liveblog-go/liveblog/sources/reach"
	"github.com/liveblog-go/liveblog/sources/repubblica"
	"github.com/liveblog-go/liveblog/sources/scribblelive"
	"github.com/liveblog-go/liveblog/sources/sourcefabric"
	"github.com/liveblog-go/liveblog/sources/sputnik"
	"github.com/liveblog-go/liveblog/sources/tickaroo"
)

// Adapters returns a new instance of every site adapter, in the order they
// are registered.
func Adapters() []liveblog.Extractor {
	return []liveblog.Extractor{
		// One line per adapter, e.g. guardian.New(),
		ndtv.New(),
		sputnik.New(),
		repubblica.New(),
		guardian.New(),
		reach.New(),
		independent.New(),
		ard.New(),
		// Live-blog vendors: their JSON responses, and Live Blog's
		// published page.
		tickaroo.New(),
		norkon.New(),
		scribblelive.New(),
		sourcefabric.New(),
		arena.New(),
		lb24.New(),
	}
}

func init() {
	for _, e := range Adapters() {
		if err := liveblog.Register(e); err != nil {
			panic(err)
		}
	}
}
