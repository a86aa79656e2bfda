package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// files holds the input files the generator reads, keyed by package name
// and path inside the package: "cldr-dates-full/main/de/dateFields.json".
type files map[string][]byte

// needed reports whether the generator reads the file at path (inside
// package name) for the languages tags.
func needed(name, path string, tags []string) bool {
	switch name {
	case "cldr-core":
		return path == "supplemental/numberingSystems.json"
	case "cldr-dates-full":
		for _, t := range tags {
			if path == "main/"+t+"/ca-gregorian.json" || path == "main/"+t+"/dateFields.json" {
				return true
			}
		}
	case "cldr-numbers-full":
		for _, t := range tags {
			if path == "main/"+t+"/numbers.json" {
				return true
			}
		}
	}
	return false
}

// download fetches each package's tarball from the npm registry, checks
// it against its pinned integrity and keeps the files needed.
func download(pkgs []pkg, tags []string) (files, error) {
	client := &http.Client{Timeout: 5 * time.Minute}
	in := files{}
	for _, p := range pkgs {
		url := fmt.Sprintf("https://registry.npmjs.org/%s/-/%s-%s.tgz", p.name, p.name, p.version)
		resp, err := client.Get(url)
		if err != nil {
			return nil, err
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", url, err)
		}
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("%s: %s", url, resp.Status)
		}
		if err := checkIntegrity(body, p.integrity); err != nil {
			return nil, fmt.Errorf("%s: %w", url, err)
		}
		if err := untar(body, p.name, tags, in); err != nil {
			return nil, fmt.Errorf("%s: %w", url, err)
		}
	}
	return in, nil
}

// checkIntegrity compares b with an npm integrity string
// ("sha512-<base64>").
func checkIntegrity(b []byte, integrity string) error {
	want, ok := strings.CutPrefix(integrity, "sha512-")
	if !ok {
		return fmt.Errorf("integrity %q is not sha512", integrity)
	}
	sum := sha512.Sum512(b)
	if got := base64.StdEncoding.EncodeToString(sum[:]); got != want {
		return fmt.Errorf("sha512 is %s, want %s", got, want)
	}
	return nil
}

// untar keeps from the gzipped tarball b the files of package name that
// the generator needs.
func untar(b []byte, name string, tags []string, in files) error {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		path, ok := strings.CutPrefix(h.Name, "package/")
		if !ok || h.Typeflag != tar.TypeReg || !needed(name, path, tags) {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		in[name+"/"+path] = data
	}
}

// readDir reads the needed files from dir, laid out as
// dir/<package>/<path>.
func readDir(dir string, tags []string) (files, error) {
	in := files{}
	for _, p := range packages {
		root, err := filepath.EvalSymlinks(filepath.Join(dir, p.name))
		if err != nil {
			return nil, err
		}
		err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			rel = filepath.ToSlash(rel)
			if !needed(p.name, rel, tags) {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			in[p.name+"/"+rel] = data
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return in, nil
}
