package site_test

import (
	"testing"

	"github.com/liveblog-go/liveblog/kit"
	"github.com/stretchr/testify/assert"

	"github.com/liveblog-go/liveblog"
	"github.com/liveblog-go/liveblog/sources/internal/site"
	"github.com/liveblog-go/liveblog/sources/internal/sitetest"
)

var liveSel = kit.MustCompile(`.live`)

func TestMatcher(t *testing.T) {
	named := `<html><head><meta property="og:site_name" content="The Example TIMES"></head><body><div class="live">x</div></body></html>`
	bare := `<html><body><div class="live">x</div></body></html>`
	canonical := `<html><head><link rel="canonical" href="https://news.example.com/live/1"></head><body></body></html>`
	text := "10:00 GMT 01.01.2024\nThe Example Times\n"
	byHost := site.Matcher{Domains: []string{"example.com", "example.org"}}
	byName := site.Matcher{Domains: []string{"example.com"}, NoURL: site.NameIs("nobody", "the example times")}
	byWord := site.Matcher{Domains: []string{"example.com"}, NoURL: site.NameHas("times")}
	both := site.Matcher{Domains: []string{"example.com"}, NoURL: site.All(site.NameHas("example"), site.Has(liveSel))}
	either := site.Matcher{Domains: []string{"example.com"}, NoURL: site.Any(site.NameIs("other"), site.Has(liveSel))}
	htmlOnly := site.Matcher{HTMLOnly: true, Domains: []string{"example.com"}}
	tests := []struct {
		name string
		m    site.Matcher
		page string
		url  string
		want bool
	}{
		{"domain", byHost, bare, "https://example.com/x", true},
		{"subdomain", byHost, bare, "https://www.example.org/x", true},
		{"canonical link", byHost, canonical, "", true},
		{"look-alike host", byHost, bare, "https://notexample.com/x", false},
		{"look-alike subdomain", byHost, bare, "https://example.com.evil.net/x", false},
		{"no URL and no NoURL", byHost, named, "", false},
		{"site name, any case", byName, named, "", true},
		{"other host wins over site name", byName, named, "https://other.net/x", false},
		{"site name missing", byName, bare, "", false},
		{"word of the site name", byWord, named, "", true},
		{"All: name and markup", both, named, "", true},
		{"All: markup without name", both, bare, "", false},
		{"Any: markup alone", either, bare, "", true},
		{"Any: neither", either, `<html><body></body></html>`, "", false},
		{"HTMLOnly refuses text", htmlOnly, text, "https://example.com/x", false},
		{"HTMLOnly takes HTML", htmlOnly, bare, "https://example.com/x", true},
		{"text by host", byHost, text, "https://example.com/x", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := liveblog.NewExtractor("m", tt.m.Match, nil)
			got := sitetest.Matches(t, []byte(tt.page), liveblog.Options{URL: tt.url}, e)
			assert.Equal(t, tt.want, got["m"])
		})
	}
}
