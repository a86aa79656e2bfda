package pagedate

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// ldDateRe is the expression ldDates stands in for.
var ldDateRe = regexp.MustCompile(`"(datePublished|dateCreated|startDate|uploadDate|dateModified)"\s*:\s*"([^"]{8,40})"`)

func ldDatesByRegexp(raw string, max int) []ldDate {
	var out []ldDate
	for _, m := range ldDateRe.FindAllStringSubmatch(raw, max) {
		out = append(out, ldDate{m[1], m[2]})
	}
	return out
}

var ldDateCases = []string{
	`{"@type":"NewsArticle","datePublished":"2024-02-24T07:00:00Z","dateModified" : "2024-02-24T13:05:00Z"}`,
	"{\"startDate\"\t:\n\"2024-02-24\",\"uploadDate\":\"2024\"}",
	`{"dateCreated":"` + "2024-02-24T07:00:00.000000000000000000000000000+01:00" + `"}`,
	`{"datePublished":"24 février 2024 à 07:00"}`, `{"datePublished":"été 2024"}`, "{\"datePublished\":\"\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\"}",
	`{"xdatePublished":"2024-02-24T07:00Z","datePublished":"2024-02-24T08:00Z"}`,
	`"datePublished":"datePublished":"2024-02-24T07:00Z"`, `"datePublished""dateModified":"2024-02-24T07:00Z"`,
	`{"datePublished":"2024-02-24T07:00Z`, `{"datePublished":2024}`, `{"datePublished" "2024-02-24T07:00Z"}`,
	`"dateModified":"2024-01-01T00:00Z","dateModified":"2024-01-02T00:00Z","dateModified":"2024-01-03T00:00Z","dateModified":"2024-01-04T00:00Z","dateModified":"2024-01-05T00:00Z"`,
}

func TestLDDatesAgreesWithTheExpression(t *testing.T) {
	for _, s := range ldDateCases {
		for _, max := range []int{-1, 1, 4} {
			assert.Equal(t, ldDatesByRegexp(s, max), ldDates(s, max), "%q max %d", s, max)
		}
	}
}

func FuzzLDDates(f *testing.F) {
	for _, s := range ldDateCases {
		f.Add(s, 4)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max > 8 {
			max = -1
		}
		if max == 0 {
			return // FindAll returns nil for 0, as ldDates does; not worth a case
		}
		want, got := ldDatesByRegexp(s, max), ldDates(s, max)
		if len(want) != len(got) {
			t.Fatalf("%q max %d: regexp %v, ldDates %v", s, max, want, got)
		}
		for i := range want {
			if want[i] != got[i] {
				t.Fatalf("%q max %d: regexp %v, ldDates %v", s, max, want, got)
			}
		}
	})
}
