// Package fetch reads a whole live blog from the web: the page at a URL,
// the older pages it links to, and, when the page itself holds no
// entries, the vendor-hosted ticker it embeds or its AMP alternate.
//
// liveblog.Parse reads one page and never touches the network; it
// reports where the rest of the blog is (Blog.Older, Blog.Feeds,
// Blog.AMP, *liveblog.EmbedError). A Fetcher follows those reports:
//
//  1. It fetches the page and parses it with Options.URL set to the
//     page's address (after redirects), its Content-Type and the time of
//     the fetch.
//  2. When the page has no entries — a host page whose ticker a vendor's
//     script fills (*liveblog.EmbedError), or a script-built page
//     (liveblog.ErrNotLiveBlog) — it fetches the vendor's feed
//     (Blog.Feeds, read by the vendor's adapter even when the caller's
//     registry lacks it), else the AMP alternate (rel=amphtml), which is
//     static and whole. The first that gives entries is the blog.
//  3. It follows Older from page to page, on the same host as the page
//     that gave the entries, up to Options.Pages pages (DefaultPages),
//     waiting Options.Delay (DefaultDelay) before every request after the
//     first. A page seen before (a loop), a page that adds no entry or
//     has none ends the walk; Newer links are not followed, so give the
//     blog's first page to read it all.
//  4. It merges the pages into one Blog: every entry once (by its stable
//     ID; see Merging), in the page's own order, newest first for most
//     blogs; the title, URL and summary of the page given. Blog.Older is
//     the next older page not read (the page limit, another host), ""
//     when the walk reached the end.
//
// # Errors
//
// Every error names the page that failed and wraps the cause (test with
// errors.Is: liveblog.ErrNotLiveBlog, liveblog.ErrVendorEmbed, ErrStatus,
// liveblog.ErrTooLarge, context.Canceled, ...) in a *PageError. When the
// page given cannot be read, or gives no entries by any way, Fetch
// returns no blog. When a later page fails (a 404 on page 3, a timeout,
// a cancelled context), Fetch returns the blog read so far together with
// the error, which then reports errors.Is(err, ErrIncomplete): a caller
// that wants a blog only when it is whole checks err; one that takes
// what there is checks the Result. Nothing in a fetch panics: a panic
// while parsing a hostile page becomes that page's error.
//
// # Merging
//
// Pages overlap (a blog that grew between two requests shows an entry at
// the foot of page 1 and again at the head of page 2). An entry whose ID
// was met on an earlier page is left out when the ID is the site's own,
// or when it was derived by the parser (from the entry's time and rank,
// which a page computes on its own) and the text is the same too; a
// different entry that happens to share a derived ID keeps its place
// under the ID with a suffix ("-2"). Each new page is placed by its
// entries' times: one whose entries are all newer than those read so far
// goes before them, any other after them, in the order of the first page
// (newest first, or oldest first for a blog that runs that way); pinned
// posts at the head of the first page stay there.
//
// # Safety
//
// Requests go through the module's one client (internal/httpclient):
// a timeout and a size limit on each, the library's User-Agent, and the
// redirect policy that refuses a redirect from a public address to a
// loopback, private or link-local one. An address read from a page (an
// older page, a vendor feed, an AMP alternate) is held to the same rule
// as a redirect: when the page came from a public address, a link to a
// non-public one is refused. AllowPrivateRedirects lifts the check; a
// Client or Get of the caller's own owns the policy.
package fetch
