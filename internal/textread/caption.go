package textread

import (
	"strings"
	"unicode"
)

// Image captions in copied text carry a credit suffix (" - Agency Name,
// 1920"); a credit printed twice or more on a page marks its lines as
// captions, which are left out of the entries. An entry whose body is a
// caption followed by one headline line is a link to a story: that line
// is its title.

// captionCredit returns the credit at the end of a caption line
// ("… in Kabul. - Agency Name, 1920" gives "Agency Name"), or "".
func captionCredit(l string) string {
	i := strings.LastIndex(l, " - ")
	if i < 0 {
		if !strings.HasPrefix(l, "- ") {
			return ""
		}
		i = -1
	}
	credit := l[i+3:]
	// Drop trailing ", 1920" and ", 24.01.2023" parts.
	for {
		j := strings.LastIndex(credit, ", ")
		if j < 0 || strings.IndexFunc(credit[j+2:], func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) >= 0 {
			break
		}
		credit = credit[:j]
	}
	if n := len(strings.Fields(credit)); n == 0 || n > 4 || len(credit) > 40 || !unicode.IsUpper([]rune(credit)[0]) {
		return ""
	}
	return credit
}

// captionLines reports, for each block, whether it is an image caption:
// it ends with a credit that ends two or more blocks.
func captionLines(blocks []block) []bool {
	credit := make([]string, len(blocks))
	count := map[string]int{}
	for i, b := range blocks {
		if c := captionCredit(b.text); c != "" {
			credit[i] = c
			count[c]++
		}
	}
	out := make([]bool, len(blocks))
	for i, c := range credit {
		out[i] = c != "" && count[c] >= 2
	}
	return out
}
