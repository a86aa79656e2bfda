package liveblog

import "encoding/binary"

// sameTextIndex finds, among the entries kept so far, a copy of the same
// post (one shown twice: a pinned copy above the stream). Two entries are
// copies when a 40-character window taken near the start of one's text
// key (at most 100 characters in) occurs near the start of the other's:
// copies begin alike, give or take a title or a label (sameTextSlack).
// The first kept entry whose key holds the window is the one found.
//
// Every entry is compared with every one kept before it, so the search
// must not look at each: the 8-byte grams of each kept entry's searched
// region are indexed at every 32nd position, and a window (40 bytes, so
// it covers at least one indexed position of any place it occurs) looks
// up each of its 33 grams, checking the places they point to. A page of
// 27,000 entries costs what one of 27 costs a thousand times; comparing
// each pair, even through a bit set of grams, grew with the square.
type sameTextIndex struct {
	regions []string // the searched start of each entry's key, by serial; "" when too short or removed
	kept    []int32  // the serials of the kept entries, in kept order
	heads   []int32  // hash table of indexed grams: the first posting of each bucket, -1 for none
	posts   []gramPost
}

// gramPost is an indexed gram: where it stands, and the next posting of
// its bucket.
type gramPost struct {
	serial, pos, next int32
}

// sameTextSlack is how much further into another entry's key than in its
// own a repeated window may start.
const sameTextSlack = 240

// Window geometry: the window's length, the longest region searched, and
// the step between indexed grams, no more than the window's grams span.
const (
	sameTextWindow = 40
	sameTextRegion = 100 + sameTextWindow + sameTextSlack
	gramStep       = sameTextWindow - 8
)

func newSameTextIndex(n int) *sameTextIndex {
	return &sameTextIndex{regions: make([]string, 0, n), kept: make([]int32, 0, n)}
}

func gramOf(s string) uint64 { return binary.LittleEndian.Uint64([]byte(s[:8])) }

func (x *sameTextIndex) bucket(g uint64) int {
	return int((g * 0x9E3779B97F4A7C15) >> 32 & uint64(len(x.heads)-1))
}

// add keeps key as the text key of the next entry.
func (x *sameTextIndex) add(key string) {
	serial := int32(len(x.regions))
	region := ""
	if len(key) >= 60 {
		region = key[:min(len(key), sameTextRegion)]
	}
	x.regions = append(x.regions, region)
	x.kept = append(x.kept, serial)
	for p := 0; p+8 <= len(region); p += gramStep {
		if len(x.posts) >= len(x.heads) {
			x.grow()
		}
		b := x.bucket(gramOf(region[p:]))
		x.posts = append(x.posts, gramPost{serial: serial, pos: int32(p), next: x.heads[b]})
		x.heads[b] = int32(len(x.posts) - 1)
	}
}

// grow doubles the hash table and files the postings again, leaving
// out those of removed entries.
func (x *sameTextIndex) grow() {
	x.heads = make([]int32, max(64, 2*len(x.heads)))
	for i := range x.heads {
		x.heads[i] = -1
	}
	live := x.posts[:0]
	for _, pt := range x.posts {
		region := x.regions[pt.serial]
		if region == "" {
			continue
		}
		b := x.bucket(gramOf(region[pt.pos:]))
		pt.next, x.heads[b] = x.heads[b], int32(len(live))
		live = append(live, pt)
	}
	x.posts = live
}

// remove forgets the j-th kept entry.
func (x *sameTextIndex) remove(j int) {
	x.regions[x.kept[j]] = "" // its postings stay, and lead nowhere
	x.kept = append(x.kept[:j], x.kept[j+1:]...)
}

// find returns the index among the kept entries of the first that is a
// copy of the entry with text key key, or -1.
func (x *sameTextIndex) find(key string) int {
	if len(key) < 60 || len(x.heads) == 0 {
		return -1
	}
	at := min(len(key)/3, 100)
	win := key[at : at+sameTextWindow]
	best := int32(-1)
	for o := 0; o+8 <= len(win); o++ {
		g := win[o : o+8]
		for i := x.heads[x.bucket(gramOf(g))]; i >= 0; i = x.posts[i].next {
			pt := x.posts[i]
			if best >= 0 && pt.serial >= best {
				continue
			}
			region := x.regions[pt.serial]
			q := int(pt.pos) - o // where the window would start in region
			limit := min(len(region), at+sameTextWindow+sameTextSlack)
			if q >= 0 && q+sameTextWindow <= limit && region[pt.pos:pt.pos+8] == g && region[q:q+sameTextWindow] == win {
				best = pt.serial
			}
		}
	}
	if best < 0 {
		return -1
	}
	// Serials grow down the kept list: find best's place in it.
	lo, hi := 0, len(x.kept)
	for lo < hi {
		mid := (lo + hi) / 2
		if x.kept[mid] < best {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
