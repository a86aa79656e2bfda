// Package render turns the nodes of an entry body into plain text and
// safe HTML, by allowlist and in one walk, and says which links, images
// and embeds the body holds. It is the one place that decides what of a
// page's markup may reach Entry.HTML; see Nodes.
package render
