package pipeline

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// walk calls visit for every regular file under paths, in lexical order
// within each folder, each file once however many times it is reached.
// Problems with one path (missing, unreadable folder) are passed to visit as
// werr so they are reported like bad files, and the walk goes on. Hidden
// files and folders below a given folder are skipped; symbolic links inside
// folders are not followed into directories, so a link loop cannot trap the
// walk.
func walk(ctx context.Context, paths []string, visit func(path string, werr error) error) error {
	seen := make(map[string]bool)
	once := func(path string, werr error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		key := path
		if abs, err := filepath.Abs(path); err == nil {
			key = abs
		}
		if seen[key] {
			return nil
		}
		seen[key] = true
		return visit(path, werr)
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			if err := once(root, err); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := once(root, nil); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if path == root {
					return once(path, err)
				}
				if err := once(path, err); err != nil {
					return err
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			return once(path, nil)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
