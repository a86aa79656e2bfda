// Command timecompare runs the timestamp tables that the liveblog tests
// use through liveblog's Normalizer, github.com/markusmobius/go-dateparser
// and github.com/araddon/dateparse, and prints each one's accuracy and
// speed, overall and per family, as markdown tables. The tables are
// testdata/timestamps.json (families such as "sputnik", "ru", "error"),
// testdata/timestamps/lang/<tag>.json (family "lang/<tag>": stamps as live
// blogs in that language print them) and testdata/timestamps/peers.json
// (family "peers": the in-scope case shapes of the parsers' own test
// suites).
//
// Run it from the bench directory:
//
//	go run ./cmd/timecompare
//
// Every parser is given what the table row gives: the publisher's zone as
// the default zone, the reference time, the languages where the row sets
// them, and the row's day/month order where it sets one (the language and
// peers tables set neither: each parser finds the language itself, as
// liveblog does). Where the row sets no order, araddon/dateparse is told
// month-first only for American zones (liveblog's OrderAuto rule), and
// go-dateparser keeps its own locale-based order: forcing DMY on it makes
// it read 2023-11-02 as 11 February.
// go-dateparser is run twice, with and without its IgnoreSurroundingText
// option, since liveblog tolerates filler words around a stamp. A row is
// right when the parser returns the expected instant (compared with
// time.Time.Equal), or, for a row that is not a timestamp, when it returns
// an error.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // a command may embed the tz database; the library does not

	"github.com/araddon/dateparse"
	"github.com/liveblog-go/liveblog"
	dps "github.com/markusmobius/go-dateparser"
)

// timeCase is one row of testdata/timestamps.json; the liveblog tests
// read the same file.
type timeCase struct {
	Name   string            `json:"name"`
	Family string            `json:"family"`
	Input  string            `json:"input"`
	TZ     string            `json:"tz"`
	Now    string            `json:"now"`
	Want   string            `json:"want"`
	Err    bool              `json:"err"`
	Order  string            `json:"order"`
	Langs  []string          `json:"langs"`
	Zones  map[string]string `json:"zones"`
}

// row is a table row with its values decoded.
type row struct {
	timeCase
	loc  *time.Location
	now  time.Time
	want time.Time
}

// parser is one library under comparison: parse reads s as the row says.
type parser struct {
	name  string
	parse func(r *row) (time.Time, error)
}

// result is how one parser did on the rows.
type result struct {
	right, wrong, failed, rejected, accepted int
	nsPerOp                                  []float64
	families                                 map[string][2]int // right, total
	familyNs                                 map[string][]float64
	misses                                   []string
}

func main() {
	table := flag.String("table", "../testdata/timestamps.json", "the shared timestamp table (\"\" to skip it)")
	langDir := flag.String("lang", "../testdata/timestamps", "the directory of the per-language tables and peers.json (\"\" to skip them)")
	minTime := flag.Duration("mintime", 200*time.Microsecond, "time each row for at least this long")
	misses := flag.Bool("misses", false, "list the rows each parser gets wrong")
	flag.Parse()

	rows, err := loadRows(*table, *langDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "timecompare:", err)
		os.Exit(1)
	}
	parsers := []parser{
		{"liveblog", parseLiveblog},
		{"go-dateparser", parseDateparser(false)},
		{"go-dateparser, IgnoreSurroundingText", parseDateparser(true)},
		{"araddon/dateparse", parseDateparse},
	}
	results := make([]result, len(parsers))
	for pi, p := range parsers {
		results[pi] = run(p, rows, *minTime, *misses)
	}
	printOverall(rows, parsers, results)
	printFamilies(rows, parsers, results)
	if *misses {
		printMisses(parsers, results)
	}
}

// loadRows reads the shared table and the language tables, each
// skipped when its path is "".
func loadRows(table, langDir string) ([]row, error) {
	var rows []row
	if table != "" {
		r, err := load(table)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	if langDir != "" {
		r, err := loadLangTables(langDir)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	return rows, nil
}

// run parses every row with p, scores it and times it; with misses, it
// notes the rows p gets wrong.
func run(p parser, rows []row, minTime time.Duration, misses bool) result {
	res := result{families: map[string][2]int{}, familyNs: map[string][]float64{}}
	for i := range rows {
		r := &rows[i]
		got, err := safeParse(p, r)
		ok := res.count(r, got, err)
		f := res.families[r.Family]
		f[1]++
		if ok {
			f[0]++
		} else if misses {
			res.misses = append(res.misses, fmt.Sprintf("%s %q: got %v (%v), want %v", r.Name, r.Input, got, err, r.want))
		}
		res.families[r.Family] = f
		ns := timeIt(p, r, minTime)
		res.nsPerOp = append(res.nsPerOp, ns)
		res.familyNs[r.Family] = append(res.familyNs[r.Family], ns)
	}
	return res
}

// count adds what a parser returned for r to the totals and reports
// whether it was right: the expected instant, or for a row that is not a
// timestamp, an error or no time.
func (res *result) count(r *row, got time.Time, err error) bool {
	switch {
	case r.Err && (err != nil || got.IsZero()):
		res.rejected++
		return true
	case r.Err:
		res.accepted++
	case err != nil || got.IsZero():
		res.failed++
	case got.Equal(r.want):
		res.right++
		return true
	default:
		res.wrong++
	}
	return false
}

// printOverall prints the table of each parser's totals.
func printOverall(rows []row, parsers []parser, results []result) {
	valid, garbage := 0, 0
	for _, r := range rows {
		if r.Err {
			garbage++
		} else {
			valid++
		}
	}
	fmt.Printf("%d rows: %d timestamps, %d texts that are not timestamps.\n\n", len(rows), valid, garbage)
	fmt.Println("| parser | right overall | timestamps read right | wrong instant | failed to read | non-timestamps rejected | median ns/op | mean ns/op |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|")
	for pi, p := range parsers {
		res := &results[pi]
		right := res.right + res.rejected
		fmt.Printf("| %s | %d/%d (%.1f%%) | %d/%d | %d | %d | %d/%d | %s | %s |\n", p.name,
			right, len(rows), 100*float64(right)/float64(len(rows)),
			res.right, valid, res.wrong, res.failed, res.rejected, garbage,
			fmtNs(median(res.nsPerOp)), fmtNs(mean(res.nsPerOp)))
	}
}

// printFamilies prints the table of each parser's rows right and median
// time per family, families in the order of their first row.
func printFamilies(rows []row, parsers []parser, results []result) {
	families := []string{}
	for _, r := range rows {
		if !slices.Contains(families, r.Family) {
			families = append(families, r.Family)
		}
	}
	fmt.Println()
	fmt.Println("Per family (lang/<tag> is a language table, peers the peers' case shapes): rows right, and the median ns per stamp.")
	fmt.Println()
	fmt.Print("| family | rows |")
	for _, p := range parsers {
		fmt.Printf(" %s |", p.name)
	}
	fmt.Print("\n|---|---:|")
	fmt.Println(strings.Repeat("---:|", len(parsers)))
	for _, f := range families {
		fmt.Printf("| %s | %d |", f, results[0].families[f][1])
		for pi := range parsers {
			fmt.Printf(" %d · %s ns |", results[pi].families[f][0], fmtNs(median(results[pi].familyNs[f])))
		}
		fmt.Println()
	}
}

// printMisses lists the rows each parser got wrong.
func printMisses(parsers []parser, results []result) {
	for pi, p := range parsers {
		fmt.Printf("\n## %s misses\n\n", p.name)
		for _, m := range results[pi].misses {
			fmt.Println("-", m)
		}
	}
}

func load(path string) ([]row, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var file struct {
		Cases []timeCase `json:"cases"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rows := make([]row, len(file.Cases))
	for i, c := range file.Cases {
		r, err := decodeRow(c)
		if err != nil {
			return nil, err
		}
		rows[i] = r
	}
	return rows, nil
}

func parseLiveblog(r *row) (time.Time, error) {
	n := liveblog.Normalizer{Location: r.loc, Now: r.now, Languages: r.Langs}
	switch r.Order {
	case "dmy":
		n.Order = liveblog.DayFirst
	case "mdy":
		n.Order = liveblog.MonthFirst
	}
	for abbr, name := range r.Zones {
		loc, err := time.LoadLocation(name)
		if err != nil {
			return time.Time{}, err
		}
		if n.Zones == nil {
			n.Zones = map[string]*time.Location{}
		}
		n.Zones[abbr] = loc
	}
	return n.Normalize(r.Input)
}

func parseDateparser(ignoreSurroundingText bool) func(r *row) (time.Time, error) {
	return func(r *row) (time.Time, error) {
		cfg := &dps.Configuration{
			CurrentTime:           r.now.In(r.loc),
			DefaultTimezone:       r.loc,
			IgnoreSurroundingText: ignoreSurroundingText,
		}
		// Its own order (the detected locale's) unless the row sets one:
		// forcing DMY on it makes it read 2023-11-02 as 11 February.
		switch r.Order {
		case "dmy":
			cfg.DateOrder = dps.DMY
		case "mdy":
			cfg.DateOrder = dps.MDY
		}
		for _, l := range r.Langs {
			cfg.Languages = append(cfg.Languages, l[:2]) // "de-DE" is a locale to it
		}
		d, err := dps.Parse(cfg, r.Input)
		return d.Time, err
	}
}

func parseDateparse(r *row) (time.Time, error) {
	return dateparse.ParseIn(r.Input, r.loc,
		dateparse.PreferMonthFirst(r.monthFirst()), dateparse.RetryAmbiguousDateWithSwap(true))
}

// monthFirst is the order hint every parser gets: the row's own, else
// month-first for the publishers in American zones (liveblog's OrderAuto
// rule).
func (r *row) monthFirst() bool {
	return r.Order == "mdy" || r.Order == "" && strings.HasPrefix(r.TZ, "America/")
}

// safeParse turns a panic into an error.
func safeParse(p parser, r *row) (t time.Time, err error) {
	defer func() {
		if v := recover(); v != nil {
			t, err = time.Time{}, fmt.Errorf("panic: %v", v)
		}
	}()
	return p.parse(r)
}

// timeIt returns the mean time of one parse of r, repeated for at least
// minTime.
func timeIt(p parser, r *row, minTime time.Duration) float64 {
	n := 0
	start := time.Now()
	var elapsed time.Duration
	for elapsed < minTime {
		_, _ = safeParse(p, r)
		n++
		elapsed = time.Since(start)
	}
	return float64(elapsed.Nanoseconds()) / float64(n)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func mean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// fmtNs prints a duration in nanoseconds with thousands separators.
func fmtNs(ns float64) string {
	s := fmt.Sprintf("%.0f", ns)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
