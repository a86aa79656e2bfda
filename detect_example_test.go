package liveblog_test

import (
	"fmt"
	"strings"

	"github.com/liveblog-go/liveblog"
)

// Detect tells a live blog from other pages without extracting it, and
// says why.
func ExampleDetect() {
	page := `<html><head><title>Harbour storm live: updates</title></head><body>
<h1>Harbour storm</h1>
<div class="updates">
<article><time datetime="2024-06-01T11:30:00Z">11:30</time>
<p>The coastguard asked skippers to return to the inner basin before the squall.</p></article>
<article><time datetime="2024-06-01T10:05:00Z">10:05</time>
<p>The ferry to the island was cancelled for the rest of the afternoon, the operator said.</p></article>
<article><time datetime="2024-06-01T09:15:00Z">09:15</time>
<p>Winds reached 90km/h at the pier head, the highest reading since the spring.</p></article>
</div></body></html>`
	d, err := liveblog.Detect(strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	fmt.Printf("live: %v (%.2f)\n", d.Live, d.Confidence)
	fmt.Printf("extractor: %s, %d entries\n", d.Extractor, d.Entries)
	for _, e := range d.Evidence {
		fmt.Println(e)
	}
	// Output:
	// live: true (0.70)
	// extractor: structural, 3 entries
	// stream: 3 entries under div.updates, times run one way
	// title says live
}
