// Package timeparse is the library's one reader of times and dates: the
// engine behind liveblog.Normalizer (Read, ResolveSequence) and the
// questions the extractors ask of page text — is this a clock, a date
// line, a stamp, and where in this text. Its vocabulary comes from
// internal/lexicon; it declares no word list of its own.
package timeparse
