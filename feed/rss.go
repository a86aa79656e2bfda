package feed

import (
	"encoding/xml"
	"io"
	"time"
)

// The RSS 2.0 document. RSS's own <author> wants an e-mail address, so
// authors go in Dublin Core's dc:creator, as most feeds do.
type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language,omitempty"`
	LastBuildDate string    `xml:"lastBuildDate"`
	Generator     string    `xml:"generator"`
	Items         []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link,omitempty"`
	GUID        rssGUID  `xml:"guid"`
	PubDate     string   `xml:"pubDate,omitempty"`
	Creators    []string `xml:"dc:creator"`
	Description string   `xml:"description"`
}

type rssGUID struct {
	IsPermaLink string `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

func writeRSS(w io.Writer, fd *feed) error {
	doc := rssDoc{
		Version: "2.0",
		DC:      "http://purl.org/dc/elements/1.1/",
		Channel: rssChannel{
			Title:         fd.title,
			Link:          fd.link,
			Description:   fd.summary,
			Language:      fd.lang,
			LastBuildDate: fd.updated.Format(time.RFC1123Z),
			Generator:     generator,
		},
	}
	if doc.Channel.Description == "" {
		doc.Channel.Description = fd.title
	}
	for _, it := range fd.items {
		ri := rssItem{
			Title:       it.title,
			Link:        it.link,
			GUID:        rssGUID{IsPermaLink: "false", Value: it.id},
			Creators:    it.authors,
			Description: it.html,
		}
		if it.link == it.id {
			ri.GUID.IsPermaLink = "true"
		}
		if !it.published.IsZero() {
			ri.PubDate = it.published.Format(time.RFC1123Z)
		}
		doc.Channel.Items = append(doc.Channel.Items, ri)
	}
	return encodeXML(w, doc)
}
