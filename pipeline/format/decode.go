package format

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// sniffLen is how much of a file decide looks at to call it binary.
const sniffLen = 8 << 10

// decode turns the bytes of a file into text every parser can rely on:
// UTF-8 without a BOM, LF line ends, not blank. UTF-16 with a BOM is
// converted; invalid UTF-8 is repaired with U+FFFD (see the package doc).
func decode(data []byte) (string, error) {
	if len(data) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		data = fromUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		data = fromUTF16(data[2:], true)
	default:
		data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	}
	if isBinary(data) {
		return "", ErrBinary
	}
	text := string(data)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if strings.TrimSpace(text) == "" {
		return "", ErrEmpty
	}
	return text, nil
}

// fromUTF16 converts UTF-16 (without its BOM) to UTF-8. A trailing odd byte,
// from a truncated file, is dropped; unpaired surrogates become U+FFFD.
func fromUTF16(b []byte, bigEndian bool) []byte {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// isBinary reports whether the start of data looks like anything but text:
// a NUL byte, more than one byte in ten a control character, or more than
// three in ten invalid UTF-8. Latin-1 text, with an invalid byte per accent,
// stays well below that and is repaired instead.
func isBinary(data []byte) bool {
	head := data[:min(len(data), sniffLen)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	control, invalid := 0, 0
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			// A rune cut by the end of the window is not evidence.
			if len(head)-i >= utf8.UTFMax || len(head) == len(data) {
				invalid++
			}
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1b, r == 0x7f:
			control++
		}
		i += size
	}
	return control*10 > len(head) || invalid*10 > len(head)*3
}
