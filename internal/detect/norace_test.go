//go:build !race

package detect_test

// raceSlowdown stretches deadlines under the race detector.
const raceSlowdown = 1
