package claim

import (
	"strings"
	"unicode"
)

// Speaker and turn features. They describe a sentence's place in the
// conversation, never who speaks: no speaker name is ever hashed. A turn is
// a maximal run of consecutive sentences with the same (case-folded,
// trimmed) speaker; a sentence without a speaker has no speaker features
// (its block is empty, so it scores as under a model without them).

// spkMode says which speaker features the model reads.
type spkMode uint8

const (
	// spkTurn: the sentence's position in its turn (first, middle, last,
	// alone), its index in the turn and the turn's length (buckets).
	spkTurn spkMode = 1 << iota
	// spkRole: the speaker's role in the document: share of their
	// sentences that are questions (moderators ask), share of the
	// document's sentences, rank by sentences, mean turn length, and the
	// number of speakers in the document.
	spkRole
	// spkCross: conjunctions of the above with each other and with
	// whether the sentence is a question.
	spkCross
)

// nsSpeaker is the namespace of speaker features.
const nsSpeaker = 's'

var nsSpeakerMix = hashNS(nsSpeaker)

// speakerKey normalises a speaker for comparison: trimmed, lower case.
func speakerKey(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// isQuestion reports whether a sentence ends with '?' (closing quotes and
// brackets skipped).
func isQuestion(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '\'' || r == ')' || r == '”' || r == '’'
	})
	return strings.HasSuffix(s, "?")
}

// speakerFeatures returns the speaker features of each sentence of a
// document under mode: texts[i] said by speakers[i] ("" when unknown).
// speakers may be nil or shorter than texts (the rest unknown). It returns
// nil when mode is 0 or no sentence has a speaker.
func speakerFeatures(texts, speakers []string, mode spkMode) [][]uint64 {
	if mode == 0 || len(speakers) == 0 {
		return nil
	}
	n := len(texts)
	keys := make([]string, n)
	known := 0
	for i := range keys {
		if i < len(speakers) {
			keys[i] = speakerKey(speakers[i])
		}
		if keys[i] != "" {
			known++
		}
	}
	if known == 0 {
		return nil
	}
	// per speaker: sentences, questions, turns
	type stat struct{ sents, questions, turns int }
	stats := map[string]*stat{}
	question := make([]bool, n)
	for i, k := range keys {
		question[i] = isQuestion(texts[i])
		if k == "" {
			continue
		}
		st := stats[k]
		if st == nil {
			st = &stat{}
			stats[k] = st
		}
		st.sents++
		if question[i] {
			st.questions++
		}
		if i == 0 || keys[i-1] != k {
			st.turns++
		}
	}
	// rank of each speaker by sentences (ties: same rank)
	rank := map[string]int{}
	for k, st := range stats {
		r := 0
		for _, o := range stats {
			if o.sents > st.sents {
				r++
			}
		}
		rank[k] = r
	}
	nSpk := bucket(len(stats), 1, 2, 4)
	out := make([][]uint64, n)
	for i := 0; i < n; {
		k := keys[i]
		j := i + 1
		for j < n && keys[j] == k {
			j++
		}
		if k == "" {
			i = j
			continue
		}
		st := stats[k]
		turnLen := j - i
		qshare := bucket(100*st.questions/st.sents, 0, 5, 15, 30)
		share := bucket(100*st.sents/known, 5, 15, 30, 50)
		meanTurn := bucket(st.sents/st.turns, 1, 2, 4, 8)
		rk := bucket(rank[k], 0, 1, 2)
		for p := i; p < j; p++ {
			var f []uint64
			add := func(name string, vs ...int) {
				h := hashText(nsSpeakerMix, name, false)
				for _, v := range vs {
					h = mix(h, uint64(v))
				}
				f = append(f, h)
			}
			pos := posMiddle
			switch {
			case turnLen == 1:
				pos = posAlone
			case p == i:
				pos = posFirst
			case p == j-1:
				pos = posLast
			}
			q := 0
			if question[p] {
				q = 1
			}
			tl := bucket(turnLen, 1, 2, 4, 8, 16)
			idx := bucket(p-i, 0, 1, 2, 5)
			if mode&spkTurn != 0 {
				add("turnpos", pos)
				add("turnlen", tl)
				add("turnidx", idx)
			}
			if mode&spkRole != 0 {
				add("qshare", qshare)
				add("share", share)
				add("rank", rk)
				add("meanturn", meanTurn)
				add("nspk", nSpk)
			}
			if mode&spkCross != 0 {
				add("qshare*q", qshare, q)
				add("qshare*pos", qshare, pos)
				add("rank*pos", rk, pos)
				add("nspk*pos", nSpk, pos)
				add("share*tl", share, tl)
				add("q*pos", q, pos)
			}
			out[p] = f
		}
		i = j
	}
	return out
}
