//go:build unix

package batch

import "syscall"

// openFlags open a page file without blocking on a FIFO (whose type is
// then seen and refused) and without following a link in its last
// component: Dir has already resolved the links it follows.
const openFlags = syscall.O_NONBLOCK | syscall.O_NOFOLLOW
