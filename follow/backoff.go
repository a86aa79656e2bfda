package follow

import (
	"errors"
	"net/http"
	"strconv"
	"time"
)

// This file times the polls: the interval with jitter after a good poll,
// an exponential backoff after failures, and a server's Retry-After.

// retryAfter reads a Retry-After header: delay seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseInt(v, 10, 64); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(min(s, int64(24*time.Hour/time.Second))) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return min(t.Sub(now), 24*time.Hour)
	}
	return 0
}

// backoff returns the wait before the next poll after one that ended in
// err: the interval after a success, doubling with each failure in a row
// up to MaxBackoff, at least a Retry-After (itself capped by MaxBackoff).
func (f *Follower) backoff(err error) time.Duration {
	if err == nil {
		f.failures = 0
		return f.jitter(f.opts.Interval)
	}
	f.failures++
	d := f.opts.Interval
	for i := 0; i < f.failures && d < f.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = f.jitter(min(d, f.opts.MaxBackoff))
	if se, ok := errors.AsType[*StatusError](err); ok && se.RetryAfter > d {
		d = se.RetryAfter
	}
	return min(d, f.opts.MaxBackoff)
}

// jitter spreads d by up to Options.Jitter either way, so that
// followers started together do not poll together.
func (f *Follower) jitter(d time.Duration) time.Duration {
	if f.opts.Jitter <= 0 {
		return d
	}
	return d + time.Duration(float64(d)*f.opts.Jitter*(2*f.random()-1))
}
