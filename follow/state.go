package follow

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/liveblog-go/liveblog"
)

// State is what a Follower remembers between polls: the entries it has
// reported and the validators of the last page.
type State struct {
	// URL is the followed page.
	URL string `json:"url"`
	// ETag and LastModified are the validators of the last page parsed,
	// sent back in conditional requests.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// Fetched is when a page was last parsed; zero before the first.
	Fetched time.Time `json:"fetched,omitzero"`
	// Entries are the entries as last reported.
	Entries []liveblog.Entry `json:"entries"`
	// Missing counts, for each reported entry absent from the last page,
	// the polls in a row it has been absent.
	Missing map[string]int `json:"missing,omitempty"`
	// Edited holds, for each entry reported updated, when the follower
	// saw its latest edit: a feed's updated date when the page gives
	// none.
	Edited map[string]time.Time `json:"edited,omitempty"`
	// Title, Summary and Language are the last page's, for a feed of
	// the blog written before the next page arrives.
	Title    string `json:"title,omitempty"`
	Summary  string `json:"summary,omitempty"`
	Language string `json:"language,omitempty"`
}

// noteEdit records when an update was seen, and forgets a removed
// entry's.
func (s *State) noteEdit(c liveblog.Change, at time.Time) {
	switch c.Kind {
	case liveblog.EntryUpdated:
		if s.Edited == nil {
			s.Edited = map[string]time.Time{}
		}
		s.Edited[c.Entry.ID] = at
	case liveblog.EntryRemoved:
		delete(s.Edited, c.Entry.ID)
	}
}

// apply records one delivered change, seen at at.
func (s *State) apply(c liveblog.Change, at time.Time) {
	s.noteEdit(c, at)
	i := slices.IndexFunc(s.Entries, func(e liveblog.Entry) bool { return e.ID == c.Entry.ID })
	switch c.Kind {
	case liveblog.EntryAdded:
		if i < 0 {
			s.Entries = append(s.Entries, c.Entry)
		}
	case liveblog.EntryUpdated:
		if i >= 0 {
			s.Entries[i] = c.Entry
		}
	case liveblog.EntryRemoved:
		if i >= 0 {
			s.Entries = slices.Delete(s.Entries, i, i+1)
		}
		delete(s.Missing, c.Entry.ID)
	}
}

// A Store keeps a Follower's State across restarts.
type Store interface {
	// Load returns the stored state, or nil and no error when nothing is
	// stored yet.
	Load() (*State, error)
	// Save replaces the stored state.
	Save(*State) error
}

// FileStore keeps the State in a JSON file. Save writes a temporary file
// next to it and renames it into place, so that a crash never leaves a
// half-written state.
type FileStore struct {
	// Path is the file's name.
	Path string
}

// Load reads the file; a file that does not exist holds no state.
func (s FileStore) Load() (*State, error) {
	data, err := os.ReadFile(s.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("liveblog: follow: loading state: %w", err)
	}
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("liveblog: follow: loading state from %s: %w", s.Path, err)
	}
	return &st, nil
}

// Save writes the state atomically.
func (s FileStore) Save(st *State) (err error) {
	data, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("liveblog: follow: saving state: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.Path), "."+filepath.Base(s.Path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("liveblog: follow: saving state: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("liveblog: follow: saving state: %w", err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("liveblog: follow: saving state: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("liveblog: follow: saving state: %w", err)
	}
	if err = os.Rename(tmp.Name(), s.Path); err != nil {
		return fmt.Errorf("liveblog: follow: saving state: %w", err)
	}
	return nil
}

// load reads the Store once.
func (f *Follower) load() error {
	if f.opts.Store != nil {
		st, err := f.opts.Store.Load()
		if err != nil {
			return err
		}
		if st != nil {
			if st.URL != f.url {
				return fmt.Errorf("%w: %q, not %q", ErrOtherURL, st.URL, f.url)
			}
			f.state = *st
		}
	}
	f.loaded = true
	return nil
}

func (f *Follower) save() error {
	if f.opts.Store == nil {
		return nil
	}
	return f.opts.Store.Save(&f.state)
}

// State returns a copy of what the follower remembers.
func (f *Follower) State() State {
	st := f.state
	st.Entries = slices.Clone(st.Entries)
	st.Missing = maps.Clone(st.Missing)
	st.Edited = maps.Clone(st.Edited)
	return st
}

// Blog returns the blog as the follower knows it, to publish as a feed
// (package feed): the followed URL; the title, summary and language of
// the last page parsed; the entries as last reported, those missing from
// the page but not yet reported removed included. An entry reported
// updated has Updated set to when the follower saw the edit, unless the
// page gives a later edit time, so that feed readers see the edit (Atom
// updated, JSON Feed date_modified). It is nil before the first page.
func (f *Follower) Blog() *liveblog.Blog {
	if f.state.Fetched.IsZero() {
		return nil
	}
	b := &liveblog.Blog{
		URL:      f.url,
		Title:    f.state.Title,
		Summary:  f.state.Summary,
		Language: f.state.Language,
		Entries:  slices.Clone(f.state.Entries),
	}
	for i := range b.Entries {
		e := &b.Entries[i]
		if at, ok := f.state.Edited[e.ID]; ok && at.After(e.Updated) {
			e.Updated = at
		}
	}
	return b
}
