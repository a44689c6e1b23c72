package extract

import (
	"os"
	"path/filepath"
)

// SetTruecaseTables makes the truecaser read the tables truecase.txt and
// truecase_phrases.txt of dir instead of the embedded ones, until the
// function it returns is called: lowercase_test.go measures the
// lower-cased gold sets with tables built without them.
func SetTruecaseTables(dir string) (restore func(), err error) {
	words, err := os.ReadFile(filepath.Join(dir, "truecase.txt"))
	if err != nil {
		return nil, err
	}
	phrases, err := os.ReadFile(filepath.Join(dir, "truecase_phrases.txt"))
	if err != nil {
		return nil, err
	}
	oldWords, oldPhrases := truecaseForms, truecasePhrases
	truecaseForms, truecasePhrases = caseTable(string(words)), caseTable(string(phrases))
	return func() { truecaseForms, truecasePhrases = oldWords, oldPhrases }, nil
}

// TimedKey is the key ScoreTimed matches mentions by, so that the tests'
// lists of errors agree with the scores.
var TimedKey = timedKey

// PassNames are the names of the rules Extract runs after the model, in
// order.
func PassNames() []string {
	var names []string
	for _, p := range (&Model{}).passes() {
		names = append(names, p.name)
	}
	return names
}

// Without returns an extractor over x's entity model that leaves out the
// named passes: a test measures what a rule is worth by running without it.
func (x *Model) Without(names ...string) *Model {
	skip := map[string]bool{}
	for _, n := range names {
		skip[n] = true
	}
	return &Model{m: x.m, skip: skip}
}
