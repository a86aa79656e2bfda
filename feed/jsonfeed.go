package feed

import (
	"encoding/json"
	"io"
	"time"
)

// The JSON Feed 1.1 document (https://jsonfeed.org/version/1.1).
type jsonFeed struct {
	Version     string     `json:"version"`
	Title       string     `json:"title"`
	HomePageURL string     `json:"home_page_url,omitempty"`
	Description string     `json:"description,omitempty"`
	Language    string     `json:"language,omitempty"`
	Items       []jsonItem `json:"items"`
}

type jsonItem struct {
	ID    string `json:"id"`
	URL   string `json:"url,omitempty"`
	Title string `json:"title,omitempty"`
	// The spec wants content_html or content_text in every item:
	// content_html is always written.
	ContentHTML   string       `json:"content_html"`
	ContentText   string       `json:"content_text,omitempty"`
	Image         string       `json:"image,omitempty"`
	DatePublished string       `json:"date_published,omitempty"`
	DateModified  string       `json:"date_modified,omitempty"`
	Authors       []jsonAuthor `json:"authors,omitempty"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

func writeJSON(w io.Writer, fd *feed) error {
	jf := jsonFeed{
		Version:     "https://jsonfeed.org/version/1.1",
		Title:       fd.title,
		HomePageURL: fd.link,
		Description: fd.summary,
		Language:    fd.lang,
		Items:       make([]jsonItem, 0, len(fd.items)),
	}
	for _, it := range fd.items {
		ji := jsonItem{
			ID:          it.id,
			URL:         it.link,
			Title:       it.title,
			ContentHTML: it.html,
			ContentText: it.text,
			Image:       it.image,
		}
		if !it.published.IsZero() {
			ji.DatePublished = it.published.Format(time.RFC3339)
		}
		if !it.updated.IsZero() {
			ji.DateModified = it.updated.Format(time.RFC3339)
		}
		for _, a := range it.authors {
			ji.Authors = append(ji.Authors, jsonAuthor{Name: a})
		}
		jf.Items = append(jf.Items, ji)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(jf)
}
