package jsonld

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeUpdates is what scanUpdates stands in for: the block decoded by
// encoding/json.
func decodeUpdates(raw []byte) (typ []byte, list []Dates, err error) {
	var p postingList
	err = json.Unmarshal(raw, &p)
	return p.Type, p.Updates, err
}

func TestScanUpdates(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		wantOK bool
	}{
		{"usual block", `{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"A day","liveBlogUpdate":[{"@type":"BlogPosting","datePublished":"2023-11-02T15:56:32+00:00","dateModified":"2023-11-02T16:01:00+00:00","articleBody":"<p>Text with \"quotes\", [brackets] and {braces}</p>"},{"datePublished":"2023-11-02T15:48:45Z","image":{"url":"x","w":[1,2,{"a":null}]}}]}`, true},
		{"white space everywhere", " {\n\t\"@type\" : [\"LiveBlogPosting\"] ,\r\n \"liveBlogUpdate\" : [ { \"datePublished\" : \"2023-11-02T15:56:32Z\" } , null ] } \n", true},
		{"updates null", `{"@type":"LiveBlogPosting","liveBlogUpdate":null}`, true},
		{"updates empty", `{"@type":"LiveBlogPosting","liveBlogUpdate":[]}`, true},
		{"no updates", `{"@type":"LiveBlogPosting","headline":"x"}`, true},
		{"date null keeps the earlier one", `{"@type":"LiveBlogPosting","liveBlogUpdate":[{"datePublished":"2023-11-02T15:56:32Z","datePublished":null}]}`, true},
		{"repeated date: the last wins", `{"@type":"LiveBlogPosting","liveBlogUpdate":[{"datePublished":"2023-11-02T15:56:32Z","datePublished":"2023-11-02T15:57:00Z"}]}`, true},
		{"escaped date", `{"@type":"LiveBlogPosting","liveBlogUpdate":[{"datePublished":"2023-11-02T15:56:32\u002B01:00"}]}`, true},
		{"non-ASCII in a skipped value", `{"@type":"LiveBlogPosting","headline":"città","liveBlogUpdate":[{"articleBody":"perché \\ \" ok","datePublished":"2023-11-02T15:56:32Z"}]}`, true},
		{"other type", `{"@type":"NewsArticle","datePublished":"2023-11-02T15:56:32Z"}`, true},
		{"numbers and literals", `{"@type":"LiveBlogPosting","n":-1.5e3,"t":true,"f":false,"liveBlogUpdate":[{"w":12,"datePublished":"2023-11-02T15:56:32Z"}]}`, true},
		{"updates one object", `{"@type":"LiveBlogPosting","liveBlogUpdate":{"datePublished":"2023-11-02T15:56:32Z"}}`, false},
		{"key in another case", `{"@type":"LiveBlogPosting","LiveBlogUpdate":[{"datePublished":"2023-11-02T15:56:32Z"}]}`, false},
		{"date key in another case", `{"@type":"LiveBlogPosting","liveBlogUpdate":[{"DatePublished":"2023-11-02T15:56:32Z"}]}`, false},
		{"escaped key", `{"@type":"LiveBlogPosting","liveBlog\u0055pdate":[{"datePublished":"2023-11-02T15:56:32Z"}]}`, false},
		{"non-ASCII key", `{"@type":"LiveBlogPosting","liveBlogUpdate":[{"datePubliſhed":"2023-11-02T15:56:32Z"}]}`, false},
		{"repeated updates", `{"@type":"LiveBlogPosting","liveBlogUpdate":[{"datePublished":"2023-11-02T15:56:32Z"}],"liveBlogUpdate":[{}]}`, false},
		{"date a number", `{"@type":"LiveBlogPosting","liveBlogUpdate":[{"datePublished":1698940592}]}`, false},
		{"update a string", `{"@type":"LiveBlogPosting","liveBlogUpdate":["2023-11-02T15:56:32Z"]}`, false},
		{"a list of blocks", `[{"@type":"LiveBlogPosting","liveBlogUpdate":[]}]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte(tt.in)
			require.True(t, json.Valid(raw))
			typ, list, ok := scanUpdates(raw)
			assert.Equal(t, tt.wantOK, ok)
			if !ok {
				return
			}
			wantTyp, wantList, err := decodeUpdates(raw)
			require.NoError(t, err)
			assert.Equal(t, string(wantTyp), string(typ))
			assert.Equal(t, wantList, list)
		})
	}
}

// FuzzScanUpdates checks that wherever scanUpdates answers, encoding/json
// decodes the same block without error and to the same dates.
func FuzzScanUpdates(f *testing.F) {
	f.Add(`{"@type":"LiveBlogPosting","liveBlogUpdate":[{"datePublished":"2023-11-02T15:56:32Z","x":[{"y":"]"}]}]}`)
	f.Add(`{"@type":"LiveBlogPosting","liveBlogUpdate":null}`)
	f.Fuzz(func(t *testing.T, in string) {
		raw := []byte(in)
		if !json.Valid(raw) {
			return
		}
		typ, list, ok := scanUpdates(raw)
		if !ok {
			return
		}
		wantTyp, wantList, err := decodeUpdates(raw)
		if err != nil {
			t.Fatalf("scanned %q, which does not decode: %v", in, err)
		}
		if string(typ) != string(wantTyp) || !assert.ObjectsAreEqual(wantList, list) {
			t.Fatalf("%q: scanned %s %v, decoded %s %v", in, typ, list, wantTyp, wantList)
		}
	})
}
