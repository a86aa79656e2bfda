//go:build !unix

package batch

// openFlags are none where O_NONBLOCK and O_NOFOLLOW are not: Dir relies
// on the type the directory listing gave.
const openFlags = 0
