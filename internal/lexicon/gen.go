package lexicon

// cldr_tables.go is written from the pinned CLDR JSON release (npm
// packages, checked against their published sha512) by the generator in
// internal/gen; run `go generate ./internal/lexicon` to rebuild it.
//go:generate go run ./internal/gen -out cldr_tables.go
