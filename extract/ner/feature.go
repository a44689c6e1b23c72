package ner

import (
	"unicode"
	"unicode/utf8"
)

// Feature groups, switched on per model and stored in its file.
const (
	groupGazetteer = 1 << iota
	groupMemory
	groupClusters
	groupDocCase
	groupTwoPass
	groupLexicon
	groupDomain
)

// Domains of the documents, for groupDomain: every feature also has a
// copy of its own in the domain of the document, so that newswire and
// speech transcripts share what they have in common and keep apart what
// they annotate differently (Daumé III 2007, "Frustratingly easy domain
// adaptation"). TagTokens tags CoNLL-style text as newswire, Document
// tags as speech.
const (
	domainNews   uint64 = 1
	domainSpeech uint64 = 2
)

// domainSalt spreads a domain's copies of the features over the table.
const domainSalt = 0x9e3779b97f4a7c15

// Feature templates. Their numbers are part of the model file format: add
// new ones at the end.
const (
	tBias = iota + 1
	tWord
	tLower
	tLowerM2
	tLowerM1
	tLowerP1
	tLowerP2
	tShape
	tShapeM1
	tShapeP1
	tShapeL
	tShapeR
	tShape3
	tBigramL
	tBigramR
	tPrefix // 4 templates
	_
	_
	_
	tSuffix // 4 templates
	_
	_
	_
	tClassFirst
	tCapsSent
	tLowerM1Shape
	tShapeLowerP1
	tLength
	tGaz
	tGazClass
	tMem
	tMemClass
	tCluster // 4 templates
	_
	_
	_
	tClusterM1
	tClusterP1
	tDocLower
	tLowerSent
	tMem2
	tMem2Class
	tLex
	tLexClass
	tCase
)

// Capitalisation classes.
const (
	clsPunct = iota
	clsNumber
	clsAllCaps
	clsInitCap
	clsLower
	clsMixed
)

// clusContext is the cluster level used for the neighbouring words.
const clusContext = 2

// tokInfo is what the features of one token are built from.
type tokInfo struct {
	word, lower, shape uint64
	cls, length        uint8
	pre, suf           [4]uint64
	gaz                uint32                   // bit 4*category+position of gazetteer matches
	mem                uint8                    // 0: unseen; 1: seen outside entities; 2+t: seen as type t
	lex                uint16                   // bit 4*type+position of lexicon matches
	caps               uint8                    // capitalisation bucket in the unlabelled text (caseBucket); 0: unknown
	clus               [maxClusterLevels]uint64 // cluster path prefixes, coarse to fine; 0: none
}

// analyze fills the word-level parts of t from w.
func analyze(w string, t *tokInfo) {
	t.word = hashString(w)
	t.lower = hashLower(w)
	if a, ok := undotted(w); ok {
		t.lower = hashLower(a)
	}
	var (
		shape                             = uint64(fnvOffset)
		last                              = byte(0)
		nLetters, nUpper, nLower, nDigits int
		firstUpper                        bool
		runes                             int
	)
	for i := 0; i < len(w); {
		r, n := runeAt(w, i)
		i += n
		runes++
		var c byte
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c = 'x'
			nLetters++
			nLower++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c = 'X'
			nLetters++
			nUpper++
		case '0' <= r && r <= '9':
			c = 'd'
			nDigits++
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
			nLetters++
			nUpper++
		case unicode.IsLetter(r):
			c = 'x'
			nLetters++
			nLower++
		case unicode.IsDigit(r):
			c = 'd'
			nDigits++
		default:
			c = '*'
		}
		if runes == 1 {
			firstUpper = c == 'X'
		}
		if c != last {
			shape ^= uint64(c)
			shape *= fnvPrime
			last = c
		}
	}
	t.shape = shape
	switch {
	case nLetters == 0 && nDigits == 0:
		t.cls = clsPunct
	case nLetters == 0:
		t.cls = clsNumber
	case nLower == 0:
		t.cls = clsAllCaps
	case firstUpper:
		t.cls = clsInitCap
	case nUpper == 0:
		t.cls = clsLower
	default:
		t.cls = clsMixed
	}
	t.length = uint8(min(runes, 8))
	// Prefixes and suffixes of the lowercased bytes.
	h := uint64(fnvOffset)
	for k := 0; k < 4; k++ {
		if k < len(w) {
			h ^= uint64(lowerByte(w[k]))
			h *= fnvPrime
		}
		t.pre[k] = h
	}
	for k := 0; k < 4; k++ {
		h := uint64(fnvOffset)
		for i := max(len(w)-k-1, 0); i < len(w); i++ {
			h ^= uint64(lowerByte(w[i]))
			h *= fnvPrime
		}
		t.suf[k] = h
	}
}

// undotted returns a dotted abbreviation such as "U.S." or "U.N" without
// its dots, so that it shares the lowercase features, the gazetteer and
// the document memory of "US" and "UN" (written without dots in most
// current text, and in transcripts).
func undotted(w string) (string, bool) {
	if len(w) < 3 || len(w) > 8 || w[1] != '.' {
		return "", false
	}
	var b [4]byte
	n := 0
	for i := 0; i < len(w); i += 2 {
		if !isASCIILetter(w[i]) || i+1 < len(w) && w[i+1] != '.' {
			return "", false
		}
		b[n] = w[i]
		n++
	}
	return string(b[:n]), true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

var (
	hashBOS = hashString("<s>")
	hashEOS = hashString("</s>")
)

// sentenceFeatures appends the features of every token of a sentence to fs,
// and the offset where each token's features end to ends.
//
// In the second pass of two-pass tagging, the memory features describe the
// whole document (but the sentence itself) and use their own templates.
func sentenceFeatures(ti []tokInfo, groups int, pass2 bool, domain uint64, fs []uint64, ends []int32) ([]uint64, []int32) {
	tm, tmc := tMem, tMemClass
	if pass2 {
		tm, tmc = tMem2, tMem2Class
	}
	n := len(ti)
	var caps, letters int
	for i := range ti {
		switch ti[i].cls {
		case clsAllCaps:
			caps++
			letters++
		case clsInitCap, clsLower, clsMixed:
			letters++
		}
	}
	capsSent := uint64(0)
	if letters > 0 && caps*2 > letters {
		capsSent = 1
	}
	lower := func(i int) uint64 {
		switch {
		case i < 0:
			return hashBOS
		case i >= n:
			return hashEOS
		}
		return ti[i].lower
	}
	shape := func(i int) uint64 {
		switch {
		case i < 0:
			return hashBOS
		case i >= n:
			return hashEOS
		}
		return ti[i].shape
	}
	for i := range ti {
		start := len(fs)
		t := &ti[i]
		cls := uint64(t.cls)
		lm1, lp1 := lower(i-1), lower(i+1)
		sm1, sp1 := shape(i-1), shape(i+1)
		fs = append(fs,
			feat(tBias, 0),
			feat(tWord, t.word),
			feat(tLower, t.lower),
			feat(tLowerM2, lower(i-2)),
			feat(tLowerM1, lm1),
			feat(tLowerP1, lp1),
			feat(tLowerP2, lower(i+2)),
			feat(tShape, t.shape),
			feat(tShapeM1, sm1),
			feat(tShapeP1, sp1),
			feat2(tShapeL, sm1, t.shape),
			feat2(tShapeR, t.shape, sp1),
			feat2(tShape3, feat2(0, sm1, t.shape), sp1),
			feat2(tBigramL, lm1, t.lower),
			feat2(tBigramR, t.lower, lp1),
			feat2(tClassFirst, cls, uint64(min(i, 2))),
			feat2(tCapsSent, capsSent, cls),
			feat2(tLowerM1Shape, lm1, t.shape),
			feat2(tShapeLowerP1, t.shape, lp1),
			feat2(tLength, uint64(t.length), cls),
		)
		for k := 0; k < 4; k++ {
			fs = append(fs, feat(tPrefix+k, t.pre[k]), feat(tSuffix+k, t.suf[k]))
		}
		if groups&groupGazetteer != 0 && t.gaz != 0 {
			for g := t.gaz; g != 0; g &= g - 1 {
				b := uint64(trailingZeros(g))
				fs = append(fs, feat(tGaz, b), feat2(tGazClass, b, cls))
			}
		}
		if groups&groupLexicon != 0 && t.lex != 0 {
			for g := uint32(t.lex); g != 0; g &= g - 1 {
				b := uint64(trailingZeros(g))
				fs = append(fs, feat(tLex, b), feat2(tLexClass, b, cls))
			}
		}
		if groups&groupMemory != 0 && t.mem != 0 {
			fs = append(fs, feat(tm, uint64(t.mem)), feat2(tmc, uint64(t.mem), cls))
		}
		if groups&groupClusters != 0 {
			for k := range maxClusterLevels {
				if t.clus[k] != 0 {
					fs = append(fs, feat(tCluster+k, t.clus[k]))
				}
			}
			if t.cls >= clsAllCaps {
				fs = append(fs, feat2(tCase, uint64(t.caps), cls<<2|uint64(min(i, 2))))
			}
			if i > 0 && ti[i-1].clus[clusContext] != 0 {
				fs = append(fs, feat(tClusterM1, ti[i-1].clus[clusContext]))
			}
			if i+1 < n && ti[i+1].clus[clusContext] != 0 {
				fs = append(fs, feat(tClusterP1, ti[i+1].clus[clusContext]))
			}
		}
		if groups&groupDomain != 0 && domain != 0 {
			mix := domainSalt * domain
			for j, end := start, len(fs); j < end; j++ {
				fs = append(fs, fs[j]^mix)
			}
		}
		ends = append(ends, int32(len(fs)))
	}
	return fs, ends
}

func trailingZeros(x uint32) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}
