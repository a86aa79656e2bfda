package export

import "time"

// Option changes how Markdown and HTML write a blog.
type Option func(*settings)

// Location sets the zone of the readable times: "Tue 14 May 2024, 17:05
// BST" rather than the default "Tue 14 May 2024, 16:05 UTC". Machine
// times (RFC 3339) stay in UTC, so that they compare as text. A nil
// Location keeps UTC.
func Location(loc *time.Location) Option {
	return func(s *settings) {
		if loc != nil {
			s.loc = loc
		}
	}
}

// settings are the options after applying them.
type settings struct {
	loc *time.Location
	// rawHTML writes Entry.HTML into the reader page as it is, without
	// the allowlist pass. Only tests set it: it shows that the page's
	// Content-Security-Policy alone stops a script.
	rawHTML bool
}

func newSettings(opts []Option) *settings {
	s := &settings{loc: time.UTC}
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
	return s
}

// readableLayout is how times are written for people: weekday, day,
// month, year, clock and zone, in English.
const readableLayout = "Mon 2 Jan 2006, 15:04 MST"

// readable returns t as people read it, in the chosen zone.
func (s *settings) readable(t time.Time) string {
	return t.In(s.loc).Format(readableLayout)
}

// machine returns t in RFC 3339, in UTC.
func (s *settings) machine(t time.Time) string {
	return t.UTC().Format(time.RFC3339)
}
