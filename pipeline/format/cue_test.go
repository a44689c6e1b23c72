package format

import (
	"reflect"
	"testing"
)

func TestStripTags(t *testing.T) {
	tests := []struct{ in, text, speaker string }{
		{"<v Jane Doe>Hi</v>", "Hi", "Jane Doe"},
		{"<v.loud Bob>Hey <c.yellow>you</c>", "Hey you", "Bob"},
		{"a<00:00:01.000><c> b</c>", "a b", ""},
		{`<font color="#fff">red</font> {\an8}top`, "red top", ""},
		{"x < y and 3<4", "x < y and 3<4", ""},
		{"a < b", "a < b", ""},
	}
	for _, tt := range tests {
		text, speaker := stripTags(tt.in)
		if text != tt.text || speaker != tt.speaker {
			t.Errorf("stripTags(%q) = %q, %q, want %q, %q", tt.in, text, speaker, tt.text, tt.speaker)
		}
	}
}

func TestDropRepeat(t *testing.T) {
	tests := []struct{ prev, cur, want []string }{
		{nil, []string{"a"}, []string{"a"}},
		{[]string{"hello world"}, []string{"hello world"}, nil},
		{[]string{"hello world"}, []string{"hello world", "next"}, []string{"next"}},
		{[]string{"one", "two"}, []string{"two", "three"}, []string{"three"}},
		{[]string{"hello"}, []string{"hello world"}, []string{"world"}},
		{[]string{"other"}, []string{"new text"}, []string{"new text"}},
	}
	for _, tt := range tests {
		if got := dropRepeat(tt.prev, tt.cur); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("dropRepeat(%q, %q) = %q, want %q", tt.prev, tt.cur, got, tt.want)
		}
	}
}
