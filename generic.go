package liveblog

// genericExtractors are the built-in extractors that work on any site,
// tried after every registered site adapter, in this order.
var genericExtractors = []Extractor{
	textExtractor{},
}
