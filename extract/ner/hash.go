package ner

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes: the bytes of a word are hashed with FNV-1a and
// the result is mixed with a template id, so no strings are built per token.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9E3779B97F4A7C15
)

// fmix is the MurmurHash3 64-bit finaliser.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// feat is the hash of template t with value v.
func feat(t int, v uint64) uint64 { return fmix(v ^ uint64(t)*golden) }

// feat2 is the hash of template t with the pair of values (a, b).
func feat2(t int, a, b uint64) uint64 { return fmix(fmix(a^uint64(t)*golden) + b) }

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashLower is FNV-1a over s lowercased, with every ASCII digit read as 0.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '1' <= c && c <= '9':
				c = '0'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		r = unicode.ToLower(r)
		var buf [utf8.UTFMax]byte
		k := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:k] {
			h ^= uint64(b)
			h *= fnvPrime
		}
		i += n
	}
	return h
}

// hashSeq extends a hash of a token sequence by one more token hash.
func hashSeq(h, next uint64) uint64 { return fmix(h*golden + next) }
