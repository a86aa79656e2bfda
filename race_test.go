//go:build race

package liveblog_test

// raceSlowdown scales time limits in tests: the race detector makes code
// five to twenty times slower.
const raceSlowdown = 20
