package store

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mentions/mentions/pipeline"
)

// IgnoreMark in the canonical column of an alias file ignores the alias: its
// mentions belong to no entity and leave every query and export.
const IgnoreMark = "-"

// ReadAliasFile reads a user alias file: CSV with the columns
// alias,canonical,type, an optional header row naming them, blank lines and
// lines starting with # skipped, and further columns ignored (so the output
// of 'mentions entities --suggest-merges --format csv' can be edited and
// applied). type is PERSON, PLACE, ORG or empty; canonical "-" ignores the
// alias. Bad lines are reported together as one error listing each as
// name:line: message; the good rules are returned with it.
func ReadAliasFile(name string, r io.Reader) ([]AliasRule, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	var rules []AliasRule
	var errs []error
	for first := true; ; first = false {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
			if pe == nil {
				break
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		for i := range rec {
			rec[i] = strings.TrimSpace(strings.TrimPrefix(rec[i], "\ufeff"))
		}
		if first && strings.EqualFold(rec[0], "alias") {
			continue
		}
		if len(rec) == 1 && rec[0] == "" {
			continue
		}
		ru, err := parseRule(rec)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
			continue
		}
		ru.Line = line
		rules = append(rules, ru)
	}
	return rules, errors.Join(errs...)
}

func parseRule(rec []string) (AliasRule, error) {
	if len(rec) < 2 {
		return AliasRule{}, fmt.Errorf("want alias,canonical,type; got %d field(s)", len(rec))
	}
	ru := AliasRule{Alias: strings.Join(strings.Fields(rec[0]), " "), Canonical: strings.Join(strings.Fields(rec[1]), " ")}
	if len(rec) > 2 {
		ru.Type = strings.ToUpper(rec[2])
	}
	switch {
	case ru.Alias == "":
		return ru, errors.New("empty alias")
	case ru.Canonical == "":
		return ru, fmt.Errorf("empty canonical name for %q (write %q to ignore it)", ru.Alias, IgnoreMark)
	case ru.Type != "" && ru.Type != pipeline.Person && ru.Type != pipeline.Place && ru.Type != pipeline.Org:
		return ru, fmt.Errorf("type %q: want PERSON, PLACE, ORG or empty", rec[2])
	}
	if ru.Canonical == IgnoreMark {
		ru.Canonical, ru.Ignore = "", true
	}
	return ru, nil
}

// WriteAliasFile writes rules in the format ReadAliasFile reads, with a
// header row.
func WriteAliasFile(w io.Writer, rules []AliasRule) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"alias", "canonical", "type"}); err != nil {
		return err
	}
	for _, r := range rules {
		c := r.Canonical
		if r.Ignore {
			c = IgnoreMark
		}
		if err := cw.Write([]string{r.Alias, c, r.Type}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
