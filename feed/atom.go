package feed

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"time"
)

// The Atom 1.0 document, as much of RFC 4287 as a live blog fills.
type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr,omitempty"`
	ID        string      `xml:"id"`
	Title     atomText    `xml:"title"`
	Subtitle  *atomText   `xml:"subtitle,omitempty"`
	Updated   string      `xml:"updated"`
	Link      *atomLink   `xml:"link,omitempty"`
	Author    *atomPerson `xml:"author,omitempty"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomEntry struct {
	ID        string       `xml:"id"`
	Title     atomText     `xml:"title"`
	Updated   string       `xml:"updated"`
	Published string       `xml:"published,omitempty"`
	Link      *atomLink    `xml:"link,omitempty"`
	Authors   []atomPerson `xml:"author"`
	Content   atomText     `xml:"content"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

func writeAtom(w io.Writer, fd *feed) error {
	af := atomFeed{
		Lang:      fd.lang,
		ID:        fd.id,
		Title:     atomText{Type: "text", Body: fd.title},
		Updated:   fd.updated.Format(time.RFC3339),
		Generator: generator,
	}
	if fd.summary != "" {
		af.Subtitle = &atomText{Type: "text", Body: fd.summary}
	}
	if fd.link != "" {
		af.Link = &atomLink{Rel: "alternate", Href: fd.link}
	}
	for _, it := range fd.items {
		ae := atomEntry{
			ID:      it.id,
			Title:   atomText{Type: "text", Body: it.title},
			Updated: fd.updated.Format(time.RFC3339),
			Content: atomText{Type: "html", Body: it.html},
		}
		if !it.updated.IsZero() {
			// Atom requires an updated date: an entry without a time is
			// as new as the feed.
			ae.Updated = it.updated.Format(time.RFC3339)
		}
		if !it.published.IsZero() {
			ae.Published = it.published.Format(time.RFC3339)
		}
		if it.link != "" {
			ae.Link = &atomLink{Rel: "alternate", Href: it.link}
		}
		for _, a := range it.authors {
			ae.Authors = append(ae.Authors, atomPerson{Name: a})
		}
		if len(ae.Authors) == 0 && af.Author == nil {
			// RFC 4287 4.1.1: a feed whose entries do not all name an
			// author names one itself.
			af.Author = &atomPerson{Name: fd.author}
		}
		af.Entries = append(af.Entries, ae)
	}
	return encodeXML(w, af)
}

// encodeXML writes v as an indented XML document, quotation marks
// written &quot;.
func encodeXML(w io.Writer, v any) error {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, namedQuotes(b.String()))
	return err
}

// namedQuotes replaces the numeric reference encoding/xml writes for a
// quotation mark, &#34;, with the named one. Readers that decode the
// numeric form before sanitising an entry's HTML (or while re-emitting
// it) have turned an escaped quote in content or an attribute back into
// a live one; &quot; is what feed sanitisers expect. The encoder escapes
// every "&" it is given as &amp;, so each &#34; in its output is one it
// wrote for a quotation mark.
func namedQuotes(s string) string {
	return strings.ReplaceAll(s, "&#34;", "&quot;")
}
