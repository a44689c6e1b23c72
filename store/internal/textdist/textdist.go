// Package textdist measures how far apart two spellings are. The store uses
// it to propose merges of speech-recogniser variants; the place-alias
// generator uses it to match city spellings.
package textdist

// Edits is the Levenshtein distance between a and b, counted in runes.
func Edits(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			c := prev[j-1]
			if x[i-1] != y[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}
