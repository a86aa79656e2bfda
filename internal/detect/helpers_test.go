package detect

import "github.com/liveblog-go/liveblog/internal/timeparse"

// testNorm reads times in UTC.
var testNorm timeparse.Normalizer
