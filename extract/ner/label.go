package ner

// Entity types, in label order.
var types = [...]string{"PER", "LOC", "ORG", "MISC"}

var (
	bTags = [...]string{"B-PER", "B-LOC", "B-ORG", "B-MISC"}
	iTags = [...]string{"I-PER", "I-LOC", "I-ORG", "I-MISC"}
)

// Labels use the BILOU scheme: label 0 is O; type t has labels 1+4t (B),
// 2+4t (I), 3+4t (L) and 4+4t (U).
const (
	nTypes  = len(types)
	nLabels = 1 + 4*nTypes
	start   = nLabels // the row of the transition matrix for the sentence start
)

const (
	posB = iota
	posI
	posL
	posU
)

func labelType(y int) int { return (y - 1) / 4 }
func labelPos(y int) int  { return (y - 1) % 4 }
func makeLabel(t, pos int) int {
	return 1 + 4*t + pos
}

func typeIndex(s string) int {
	for i, t := range types {
		if t == s {
			return i
		}
	}
	return -1
}

// allowed reports whether label b may follow label a (or the sentence start).
func allowed(a, b int) bool {
	inside := a != start && a != 0 && (labelPos(a) == posB || labelPos(a) == posI)
	if inside {
		return b != 0 && labelType(b) == labelType(a) && (labelPos(b) == posI || labelPos(b) == posL)
	}
	return b == 0 || labelPos(b) == posB || labelPos(b) == posU
}

// allowedEnd reports whether a sentence may end with label a.
func allowedEnd(a int) bool {
	return a == 0 || labelPos(a) == posL || labelPos(a) == posU
}

// encodeBILOU turns IOB2 tags into BILOU labels; it returns false when a tag
// has an unknown type.
func encodeBILOU(tags []string, dst []int) ([]int, bool) {
	dst = dst[:0]
	for range tags {
		dst = append(dst, 0)
	}
	for _, sp := range spans(tags) {
		t := typeIndex(sp.typ)
		if t < 0 {
			return dst, false
		}
		if sp.end-sp.start == 1 {
			dst[sp.start] = makeLabel(t, posU)
			continue
		}
		dst[sp.start] = makeLabel(t, posB)
		for i := sp.start + 1; i < sp.end-1; i++ {
			dst[i] = makeLabel(t, posI)
		}
		dst[sp.end-1] = makeLabel(t, posL)
	}
	return dst, true
}

// labelSpans decodes entity token ranges from a BILOU label sequence.
func labelSpans(ys []int, dst []span) []span {
	dst = dst[:0]
	for i := 0; i < len(ys); i++ {
		y := ys[i]
		if y == 0 {
			continue
		}
		t := labelType(y)
		j := i + 1
		if labelPos(y) == posB {
			for j < len(ys) && ys[j] != 0 && labelType(ys[j]) == t && (labelPos(ys[j]) == posI || labelPos(ys[j]) == posL) {
				j++
				if labelPos(ys[j-1]) == posL {
					break
				}
			}
		}
		dst = append(dst, span{i, j, types[t]})
		i = j - 1
	}
	return dst
}

// iob2 writes the IOB2 tags of a BILOU label sequence into dst.
func iob2(ys []int, dst []string) []string {
	dst = dst[:0]
	for _, y := range ys {
		switch {
		case y == 0:
			dst = append(dst, "O")
		case labelPos(y) == posB || labelPos(y) == posU:
			dst = append(dst, bTags[labelType(y)])
		default:
			dst = append(dst, iTags[labelType(y)])
		}
	}
	return dst
}
