package format

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// pyValue is a Python literal: a string, a number, a list or a dict (True,
// False and None read as an empty pyValue of kind pyNone).
type pyValue struct {
	kind pyKind
	str  string
	num  float64
	list []pyValue
	dict map[string]pyValue
	line int // 1-based line where the value starts
}

type pyKind int

const (
	pyNone pyKind = iota
	pyStr
	pyNum
	pyList
	pyDict
)

// maxPyDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxPyDepth = 64

// pyParser reads the Python literals that Python's repr and pprint write:
// the YouTube-transcript files saved with print() instead of json.dump, and
// the Video Keywords list of the Markdown front matter. It is lenient where
// real files are broken: a raw line break inside a string is kept.
type pyParser struct {
	s    string
	pos  int
	line int
}

// parsePy parses s as one Python literal followed by nothing but space.
func parsePy(s string) (pyValue, error) {
	p := &pyParser{s: s, line: 1}
	v, err := p.value(0)
	if err != nil {
		return pyValue{}, err
	}
	p.space()
	if p.pos < len(p.s) {
		return pyValue{}, p.errorf("unexpected %q after value", p.s[p.pos])
	}
	return v, nil
}

// parsePyStrings parses a Python list of strings, such as ['a', "b's"].
func parsePyStrings(s string) ([]string, error) {
	v, err := parsePy(s)
	if err != nil {
		return nil, err
	}
	if v.kind != pyList {
		return nil, errors.New("not a list")
	}
	out := make([]string, 0, len(v.list))
	for _, item := range v.list {
		if item.kind != pyStr {
			return nil, errors.New("list item is not a string")
		}
		out = append(out, item.str)
	}
	return out, nil
}

func (p *pyParser) errorf(format string, args ...any) error {
	return fmt.Errorf("line %d: %s", p.line, fmt.Sprintf(format, args...))
}

// space skips white space, counting lines.
func (p *pyParser) space() {
	for p.pos < len(p.s) {
		switch p.s[p.pos] {
		case '\n':
			p.line++
		case ' ', '\t', '\r', '\f', '\v':
		default:
			return
		}
		p.pos++
	}
}

func (p *pyParser) value(depth int) (pyValue, error) {
	if depth > maxPyDepth {
		return pyValue{}, p.errorf("nested too deeply")
	}
	p.space()
	if p.pos >= len(p.s) {
		return pyValue{}, p.errorf("unexpected end of input")
	}
	line := p.line
	var v pyValue
	var err error
	switch c := p.s[p.pos]; {
	case c == '\'' || c == '"':
		v.kind = pyStr
		v.str, err = p.str()
	case c == '[' || c == '(':
		v.kind = pyList
		v.list, err = p.list(depth)
	case c == '{':
		v.kind = pyDict
		v.dict, err = p.dict(depth)
	case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
		v.kind = pyNum
		v.num, err = p.num()
	default:
		for _, word := range []string{"None", "True", "False"} {
			if strings.HasPrefix(p.s[p.pos:], word) {
				p.pos += len(word)
				return pyValue{line: line}, nil
			}
		}
		return pyValue{}, p.errorf("unexpected %q", c)
	}
	v.line = line
	return v, err
}

func (p *pyParser) list(depth int) ([]pyValue, error) {
	closer := byte(']')
	if p.s[p.pos] == '(' {
		closer = ')'
	}
	p.pos++
	var out []pyValue
	for {
		p.space()
		if p.pos < len(p.s) && p.s[p.pos] == closer {
			p.pos++
			return out, nil
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		if err := p.sep(closer); err != nil {
			return nil, err
		}
	}
}

func (p *pyParser) dict(depth int) (map[string]pyValue, error) {
	p.pos++
	out := map[string]pyValue{}
	for {
		p.space()
		if p.pos < len(p.s) && p.s[p.pos] == '}' {
			p.pos++
			return out, nil
		}
		k, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		if k.kind != pyStr {
			return nil, p.errorf("dict key is not a string")
		}
		p.space()
		if p.pos >= len(p.s) || p.s[p.pos] != ':' {
			return nil, p.errorf("missing ':' after dict key")
		}
		p.pos++
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		out[k.str] = v
		if err := p.sep('}'); err != nil {
			return nil, err
		}
	}
}

// sep consumes the ',' between items, or leaves the closer for the caller.
func (p *pyParser) sep(closer byte) error {
	p.space()
	if p.pos >= len(p.s) {
		return p.errorf("unexpected end of input")
	}
	switch p.s[p.pos] {
	case ',':
		p.pos++
		return nil
	case closer:
		return nil
	}
	return p.errorf("unexpected %q, want ',' or %q", p.s[p.pos], closer)
}

func (p *pyParser) num() (float64, error) {
	start := p.pos
	for p.pos < len(p.s) && strings.IndexByte("+-.0123456789eE", p.s[p.pos]) >= 0 {
		p.pos++
	}
	f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
	if err != nil {
		return 0, p.errorf("bad number %q", p.s[start:p.pos])
	}
	return f, nil
}

// str reads a quoted string with Python's escapes. \xNN is the code point
// U+00NN, as in Python 3 str, so '\xa0' is a no-break space.
func (p *pyParser) str() (string, error) {
	quote := p.s[p.pos]
	p.pos++
	var b strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		switch {
		case c == quote:
			p.pos++
			return b.String(), nil
		case c == '\n':
			// Invalid Python, but real files have it; keep the break.
			p.line++
			b.WriteByte(c)
			p.pos++
		case c == '\\' && p.pos+1 < len(p.s):
			if err := p.escape(&b); err != nil {
				return "", err
			}
		default:
			r, size := utf8.DecodeRuneInString(p.s[p.pos:])
			b.WriteRune(r)
			p.pos += size
		}
	}
	return "", p.errorf("unterminated string")
}

// escape decodes the backslash escape at p.pos into b.
func (p *pyParser) escape(b *strings.Builder) error {
	c := p.s[p.pos+1]
	p.pos += 2
	hex := 0
	switch c {
	case 'n':
		b.WriteByte('\n')
	case 't':
		b.WriteByte('\t')
	case 'r':
		b.WriteByte('\r')
	case '\\', '\'', '"':
		b.WriteByte(c)
	case '\n':
		p.line++ // a line continuation adds nothing
	case 'x':
		hex = 2
	case 'u':
		hex = 4
	case 'U':
		hex = 8
	default:
		b.WriteByte('\\')
		b.WriteByte(c)
	}
	if hex == 0 {
		return nil
	}
	if p.pos+hex > len(p.s) {
		return p.errorf("short \\%c escape", c)
	}
	n, err := strconv.ParseUint(p.s[p.pos:p.pos+hex], 16, 32)
	if err != nil {
		return p.errorf("bad \\%c escape", c)
	}
	p.pos += hex
	b.WriteRune(rune(n)) // out-of-range values become U+FFFD
	return nil
}
