package liveblog

import "flag"

// update makes golden-file tests rewrite their golden files:
// go test -run Golden -update .
var update = flag.Bool("update", false, "rewrite golden files")
