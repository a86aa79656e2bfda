package liveblog_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/liveblog-go/liveblog"
)

func ExampleNormalizer_Read() {
	n := &liveblog.Normalizer{
		Location: time.FixedZone("MSK", 3*60*60), // the publisher's zone
		Now:      time.Date(2021, 9, 6, 20, 0, 0, 0, time.UTC),
	}
	for _, s := range []string{
		"14:18 GMT 06.09.2021",
		"6 сентября 2021, 14:18",
		"5 min ago",
		"Table of contents",
	} {
		st, err := n.Read(s)
		if err != nil {
			fmt.Println(errors.Is(err, liveblog.ErrBadTime), err)
			continue
		}
		fmt.Println(st.Time.UTC().Format(time.RFC3339), st.HasDate, st.HasZone)
	}
	// Output:
	// 2021-09-06T14:18:00Z true true
	// 2021-09-06T11:18:00Z true false
	// 2021-09-06T19:55:00Z true false
	// true liveblog: cannot read time "Table of contents": unknown word "Table"
}

func ExampleNormalizer_ResolveSequence() {
	n := &liveblog.Normalizer{Now: time.Date(2021, 9, 7, 1, 0, 0, 0, time.UTC)}
	var stamps []liveblog.Stamp
	for _, s := range []string{"00:40", "00:05", "23:50", "23:10"} { // newest first
		st, _ := n.Read(s)
		stamps = append(stamps, st)
	}
	times, order := n.ResolveSequence(stamps, time.Time{})
	fmt.Println(order == liveblog.NewestFirst)
	for _, t := range times {
		fmt.Println(t.Format("Jan 2 15:04"))
	}
	// Output:
	// true
	// Sep 7 00:40
	// Sep 7 00:05
	// Sep 6 23:50
	// Sep 6 23:10
}
