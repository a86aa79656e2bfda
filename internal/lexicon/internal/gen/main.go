// Command gen writes ../../cldr_tables.go, the time vocabulary of the
// languages the library reads, from a pinned release of CLDR's JSON
// distribution (the cldr-dates-full, cldr-numbers-full and cldr-core npm
// packages). It is run by `go generate ./internal/lexicon`.
//
// The packages are downloaded from the npm registry and checked against
// the sha512 integrity the registry published for them, which is pinned
// here: a tarball that does not match is an error, never a silent
// change of the tables. With -src the same files are read from a
// directory instead (one sub-directory per package, laid out as in the
// tarball without its "package/" prefix), which is how the tests run it
// on a small fixture without the network.
//
// The output depends only on the input files and the language list: the
// same inputs give the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// cldrVersion is the CLDR JSON release the tables are built from; it
// becomes lexicon.Version.
const cldrVersion = "48.2.0"

// pkg is one npm package of the CLDR JSON distribution.
type pkg struct {
	name      string
	version   string
	integrity string // as the registry publishes it: "sha512-" + base64
}

// packages are the pinned inputs. The integrities are those the npm
// registry published for these versions.
var packages = []pkg{
	{"cldr-dates-full", cldrVersion, "sha512-zMrKvjMO414HDftLr6vKH1fNQHakFNe+F1h4S0eg+zmL4WRi9pI41fxB3UrTJDY42MEM87jCuAw/qlqCgYKcAQ=="},
	{"cldr-numbers-full", cldrVersion, "sha512-0EQ+UkVDsyXOlxnWnL1RIENVZFqCnb04D1Yrku0obnOyttbuZz8tHmUd5c5AEvhGS/Gg2zI4fTaCm51LSGITog=="},
	{"cldr-core", cldrVersion, "sha512-zfmLothncSwfv2jlevoSrgI2VGgH8SDGHXst6jUEotHA8nq9Igeg9jzdJDFtBso9pgJuG89DK16TzrmZDdo2Bg=="},
}

// defaultTags are the languages of the tables, as BCP 47 tags; each is
// also the name of its CLDR locale directory. "zh" is Simplified
// Chinese, "sr" Serbian in Cyrillic.
var defaultTags = []string{
	"en", "de", "fr", "it", "es", "ru", "pl", "nl", "pt", "uk", "cs", "sk",
	"sv", "da", "nb", "fi", "tr", "ja", "zh", "zh-Hant", "ko", "ar", "hi",
	"bn", "ro", "hu", "el", "he", "id", "vi", "th", "bg", "hr", "sr",
	"sr-Latn", "ca",
	// Added from CLDR alone, with a hand entry each (hand_time_more.go).
	"be", "fil", "ms", "fa", "ur", "lt", "lv", "et", "sl", "mk",
	"sq", "az", "ka", "hy", "kk", "ta", "te", "mr", "gu",
}

func main() {
	out := flag.String("out", "cldr_tables.go", "the Go file to write")
	src := flag.String("src", "", "read the packages from this directory instead of the npm registry")
	tags := flag.String("tags", strings.Join(defaultTags, ","), "comma-separated languages to write")
	flag.Parse()

	if err := run(*out, *src, strings.Split(*tags, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out, src string, tags []string) error {
	var in files
	var err error
	if src != "" {
		in, err = readDir(src, tags)
	} else {
		in, err = download(packages, tags)
	}
	if err != nil {
		return err
	}
	b, err := generate(in, tags)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
