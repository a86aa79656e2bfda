//go:build !unix

package batch

import "time"

// cpuTime is not measured where getrusage is not.
func cpuTime() (time.Duration, bool) { return 0, false }
