// Package batch parses many pages at once: a directory of saved pages, a
// list of URLs or WARC web archives, on a bounded pool of workers.
//
// A batch is two parts joined by an iterator of Pages:
//
//   - a reader yields the pages: Dir walks a directory tree, WARC reads a
//     web archive, Fetcher.Fetch downloads a list of URLs. Any
//     iter.Seq2[Page, error] will do, so pages can come from a database
//     or a queue as well;
//   - a Job parses them with a liveblog.Parser on Options.Workers
//     goroutines and yields one Result per live blog (or per page that
//     failed), in input order or as completed.
//
// Pages that are not live blogs (liveblog.ErrNotLiveBlog) are counted in
// Stats and skipped, not reported as errors. Memory is bounded however
// long the input is: readers stream, and at most Options.Window pages are
// held between reading and delivery.
//
//	job := batch.New(batch.WARCFile("crawl.warc.gz"), batch.Options{})
//	for r := range job.Results(ctx) {
//		if r.Err != nil {
//			log.Printf("%s: %v", r.Source, r.Err)
//			continue
//		}
//		fmt.Println(r.URL, len(r.Blog.Entries))
//	}
//	if err := job.Err(); err != nil { ... } // the context's error, if it ended the run
//	fmt.Println(job.Stats())
//
// Parse is pure and safe for concurrent use, so to go past one machine
// call it from the workers of a distributed engine instead; this package
// is for one machine.
package batch
