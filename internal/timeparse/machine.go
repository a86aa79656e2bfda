package timeparse

import "time"

// parseISO reads RFC 3339 and the ISO 8601 forms around it:
// 2021-09-06, 2021-09-06T14:18, 2021-09-06 14:18:05.123Z,
// 2021-09-06T14:18:05+05:30, +0530, +05. It reports false, leaving p
// for the general reader, on anything else.
func parseISO(s string, p *parsed) bool {
	if !isoDate(s, p) {
		return false
	}
	if len(s) == 10 {
		return true
	}
	if c := s[10]; c != 'T' && c != 't' && c != ' ' {
		return false
	}
	r, ok := isoClock(s[11:], p)
	if !ok {
		return false
	}
	if !isoZone(r, p) {
		return false
	}
	p.hasClock = true
	return true
}

// isoDate reads the date that starts s: 2021-09-06.
func isoDate(s string, p *parsed) bool {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	y, ok1 := atoiFixed(s[0:4])
	mo, ok2 := atoiFixed(s[5:7])
	d, ok3 := atoiFixed(s[8:10])
	if !ok1 || !ok2 || !ok3 || mo < 1 || mo > 12 || d < 1 || d > 31 || y < minYear || y > maxYear {
		return false
	}
	p.hasDate, p.hasYear, p.y, p.mo, p.d = true, true, y, time.Month(mo), d
	return true
}

// isoClock reads the clock that starts r — 14:18, 14:18:05, with a
// fraction after a dot or a comma — into p and returns the rest.
func isoClock(r string, p *parsed) (string, bool) {
	if len(r) < 5 || r[2] != ':' {
		return r, false
	}
	h, ok1 := atoiFixed(r[0:2])
	mi, ok2 := atoiFixed(r[3:5])
	if !ok1 || !ok2 || h > 23 || mi > 59 {
		return r, false
	}
	r = r[5:]
	sec, ns := 0, 0
	if len(r) >= 3 && r[0] == ':' {
		var ok bool
		if sec, ok = atoiFixed(r[1:3]); !ok || sec > 60 {
			return r, false
		}
		r = r[3:]
	}
	if len(r) >= 2 && (r[0] == '.' || r[0] == ',') && isDigit(r[1]) {
		j := 1
		var v int64
		for j < len(r) && isDigit(r[j]) && j < 19 {
			v = v*10 + int64(r[j]-'0')
			j++
		}
		ns = fraction(v, j-1)
		r = r[j:]
	}
	p.h, p.mi, p.sec, p.ns = h, mi, sec, ns
	return r, true
}

// isoZone reads what follows an ISO clock: nothing, Z, or an offset
// (+05, +0530, +05:30).
func isoZone(r string, p *parsed) bool {
	switch {
	case r == "":
		return true
	case r == "Z" || r == "z":
		p.zone, p.hasZone = zoneSpec{kind: zFixed}, true
		return true
	case r[0] != '+' && r[0] != '-':
		return false
	}
	var oh, om int
	var ok1, ok2 bool
	switch len(r) {
	case 3: // +05
		oh, ok1 = atoiFixed(r[1:3])
		ok2 = true
	case 5: // +0530
		oh, ok1 = atoiFixed(r[1:3])
		om, ok2 = atoiFixed(r[3:5])
	case 6: // +05:30
		oh, ok1 = atoiFixed(r[1:3])
		om, ok2 = atoiFixed(r[4:6])
		ok2 = ok2 && r[3] == ':'
	}
	if !ok1 || !ok2 || oh > 14 || om > 59 {
		return false
	}
	off := oh*hour + om*60
	if r[0] == '-' {
		off = -off
	}
	p.zone, p.hasZone = zoneSpec{kind: zFixed, off: off}, true
	return true
}

// parseEpoch reads Unix time: 9 or 10 digits are seconds, 12 or 13
// milliseconds (as found in data-* attributes), 16 microseconds and 19
// nanoseconds (as logs and some feeds write them).
func parseEpoch(s string, p *parsed) bool {
	switch len(s) {
	case 9, 10, 12, 13, 16, 19:
	default:
		return false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || v > (1<<63-1-9)/10 {
			return false
		}
		v = v*10 + int64(s[i]-'0')
	}
	p.epoch = true
	switch {
	case len(s) == 19:
		p.at = time.Unix(0, v)
	case len(s) == 16:
		p.at = time.UnixMicro(v)
	case len(s) >= 12:
		p.at = time.UnixMilli(v)
	default:
		p.at = time.Unix(v, 0)
	}
	return true
}

// parseCompact reads a date or date and time written without
// separators, as file names and some feeds write them: 20140601,
// 20140722105203. Every field must be in range, so that another number
// of eight or fourteen digits is no date.
func parseCompact(s string, p *parsed) bool {
	if len(s) != 8 && len(s) != 14 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	y, _ := atoiFixed(s[0:4])
	mo, _ := atoiFixed(s[4:6])
	d, _ := atoiFixed(s[6:8])
	if y < minYear || y > maxYear || mo < 1 || mo > 12 || d < 1 || d > daysIn(time.Month(mo), y) {
		return false
	}
	if len(s) == 14 {
		h, _ := atoiFixed(s[8:10])
		mi, _ := atoiFixed(s[10:12])
		sec, _ := atoiFixed(s[12:14])
		if h > 23 || mi > 59 || sec > 59 {
			return false
		}
		p.hasClock, p.h, p.mi, p.sec = true, h, mi, sec
	}
	p.hasDate, p.hasYear, p.y, p.mo, p.d = true, true, y, time.Month(mo), d
	return true
}

// parseISOWeek reads an ISO 8601 week date: 2025-W42 (its Monday),
// 2025-W42-3 and the basic forms 2025W42, 2025W423 (the weekday, 1 for
// Monday to 7). The week must exist in that year.
func parseISOWeek(s string, p *parsed) bool {
	if len(s) < 7 || len(s) > 10 {
		return false
	}
	y, ok := atoiFixed(s[0:4])
	r := s[4:]
	if r[0] == '-' {
		r = r[1:]
	}
	if !ok || y < minYear || y > maxYear || len(r) < 3 || r[0] != 'W' && r[0] != 'w' {
		return false
	}
	w, ok := atoiFixed(r[1:3])
	r = r[3:]
	day := 1
	switch {
	case !ok || w < 1:
		return false
	case len(r) == 2 && r[0] == '-' && s[4] == '-' && '1' <= r[1] && r[1] <= '7':
		day = int(r[1] - '0')
	case len(r) == 1 && s[4] != '-' && '1' <= r[0] && r[0] <= '7':
		day = int(r[0] - '0')
	case len(r) != 0:
		return false
	}
	// Week 1 holds 4 January; its Monday starts the ISO year.
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	t := monday.AddDate(0, 0, (w-1)*7+day-1)
	if _, iw := t.ISOWeek(); iw != w {
		return false
	}
	p.hasDate, p.hasYear, p.y, p.mo, p.d = true, true, t.Year(), t.Month(), t.Day()
	return true
}
