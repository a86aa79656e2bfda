package liveblog

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"sync"
)

// ErrDuplicateExtractor is returned by Register for a name already taken.
var ErrDuplicateExtractor = errors.New("liveblog: duplicate extractor name")

// A Registry is an ordered list of extractors. Parse asks each
// extractor's Match in order and extracts with the first that accepts
// the page; when that one finds no entries, the next that accepts it is
// tried. Site adapters come first (Register), then the generic
// extractors that work on any site (GenericExtractors), which a caller
// may remove (Remove) or put in another order (Remove, then Append).
//
// A Registry is safe for concurrent use, including registering while other
// goroutines parse. The zero value is not usable: call NewRegistry.
type Registry struct {
	mu      sync.RWMutex
	sites   []Extractor // registered site adapters, tried first
	generic []Extractor // the generic extractors, and those appended after them
}

// NewRegistry returns a registry holding the generic extractors, in
// their usual order, and no site adapter.
func NewRegistry() *Registry { return &Registry{generic: slices.Clone(genericExtractors)} }

// DefaultRegistry is the registry used by Parse and by Parsers whose
// Options name none. Site adapters join it when a program imports
// github.com/liveblog-go/liveblog/sources/all.
var DefaultRegistry = NewRegistry()

// GenericExtractors returns the extractors that work on any site, in the
// order a new Registry tries them: AMP live lists, microdata, the
// WordPress live-blog plugin and hAtom, the structural fallback, JSON-LD
// alone, and the plain-text reader.
func GenericExtractors() []Extractor { return slices.Clone(genericExtractors) }

// Register adds a site extractor to the registry, after those already
// registered and before the generic ones. It returns an error wrapping
// ErrDuplicateExtractor when the name is taken.
func (r *Registry) Register(e Extractor) error {
	return r.add(e, func() { r.sites = append(r.sites, e) })
}

// Append adds an extractor at the end of the registry, after the generic
// ones. It returns an error wrapping ErrDuplicateExtractor when the name is
// taken.
func (r *Registry) Append(e Extractor) error {
	return r.add(e, func() { r.generic = append(r.generic, e) })
}

func (r *Registry) add(e Extractor, insert func()) error {
	if e == nil || e.Name() == "" {
		return errors.New("liveblog: Register of a nil or unnamed extractor")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.lookupLocked(e.Name()) != nil {
		return fmt.Errorf("%w: %q", ErrDuplicateExtractor, e.Name())
	}
	insert()
	return nil
}

// Remove takes the extractor with the given name, registered or generic,
// out of the registry, and reports whether there was one.
func (r *Registry) Remove(name string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, list := range []*[]Extractor{&r.sites, &r.generic} {
		if i := slices.IndexFunc(*list, func(e Extractor) bool { return e.Name() == name }); i >= 0 {
			*list = slices.Delete(slices.Clone(*list), i, i+1)
			return true
		}
	}
	return false
}

// Lookup returns the extractor with the given name.
func (r *Registry) Lookup(name string) (Extractor, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	e := r.lookupLocked(name)
	return e, e != nil
}

func (r *Registry) lookupLocked(name string) Extractor {
	for _, list := range [][]Extractor{r.sites, r.generic} {
		for _, e := range list {
			if e.Name() == name {
				return e
			}
		}
	}
	return nil
}

// Extractors returns the extractors in the order they are tried.
func (r *Registry) Extractors() []Extractor {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return append(slices.Clone(r.sites), r.generic...)
}

// Matching yields, in order, the extractors whose Match accepts d: the
// ones Parse tries.
func (r *Registry) Matching(d *Document) iter.Seq[Extractor] {
	list := r.Extractors()
	return func(yield func(Extractor) bool) {
		for _, e := range list {
			if e.Match(d) && !yield(e) {
				return
			}
		}
	}
}

// Choose returns the first extractor that matches d, or nil.
func (r *Registry) Choose(d *Document) Extractor {
	for e := range r.Matching(d) {
		return e
	}
	return nil
}

// Register adds a site extractor to DefaultRegistry.
func Register(e Extractor) error { return DefaultRegistry.Register(e) }

// Lookup finds an extractor in DefaultRegistry by name.
func Lookup(name string) (Extractor, bool) { return DefaultRegistry.Lookup(name) }

// Extractors lists DefaultRegistry's extractors in the order they are tried.
func Extractors() []Extractor { return DefaultRegistry.Extractors() }
