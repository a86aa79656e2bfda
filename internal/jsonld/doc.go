// Package jsonld reads the schema.org JSON-LD of a page: its blocks, raw
// and checked for validity only when one would count (Blocks, Valid, in
// one pass that agrees with json.Valid); a lenient decoding of the fields
// the library uses (a field of an unexpected shape reads as empty instead
// of spoiling its block); the LiveBlogPosting and its liveBlogUpdate
// items, decoded once per page; and a scanner that finds the updates'
// dates in one pass without decoding their bodies.
package jsonld
