package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// langTable is one file of testdata/timestamps (lang/<tag>.json or
// peers.json); the root package's timestamp_lang_test.go reads the same
// files. See testdata/timestamps/README.md.
type langTable struct {
	Lang  string `json:"lang"`
	Now   string `json:"now"`
	Zone  string `json:"zone"`
	Cases []struct {
		In     string `json:"in"`
		Want   string `json:"want"`
		Error  bool   `json:"error"`
		Now    string `json:"now"`
		Zone   string `json:"zone"`
		Source string `json:"source"`
	} `json:"cases"`
}

// loadLangTables reads dir/lang/*.json (family "lang/<tag>") and
// dir/peers.json (family "peers") as rows. Parsers get what liveblog's
// test gives the Normalizer: the zone and the reference time, no
// language and no date order.
func loadLangTables(dir string) ([]row, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "lang", "*.json"))
	if err != nil {
		return nil, err
	}
	paths = append(paths, filepath.Join(dir, "peers.json"))
	var rows []row
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var t langTable
		if err := json.Unmarshal(b, &t); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		family := "peers"
		if t.Lang != "" {
			family = "lang/" + t.Lang
		}
		for i, c := range t.Cases {
			tc := timeCase{
				Name:   fmt.Sprintf("%s/%03d", family, i),
				Family: family,
				Input:  c.In,
				TZ:     first(c.Zone, t.Zone),
				Now:    first(c.Now, t.Now),
				Want:   c.Want,
				Err:    c.Error,
			}
			r, err := decodeRow(tc)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			rows = append(rows, r)
		}
	}
	return rows, nil
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// decodeRow parses a case's zone, reference time and wanted instant.
func decodeRow(c timeCase) (row, error) {
	r := row{timeCase: c, loc: time.UTC}
	var err error
	if c.TZ != "" && !strings.EqualFold(c.TZ, "UTC") {
		if r.loc, err = time.LoadLocation(c.TZ); err != nil {
			return r, fmt.Errorf("%s: %w", c.Name, err)
		}
	}
	if r.now, err = time.Parse(time.RFC3339, c.Now); err != nil {
		return r, fmt.Errorf("%s: %w", c.Name, err)
	}
	if !c.Err {
		if r.want, err = time.Parse(time.RFC3339Nano, c.Want); err != nil {
			return r, fmt.Errorf("%s: %w", c.Name, err)
		}
	}
	return r, nil
}
