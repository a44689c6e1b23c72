package main

import (
	"reflect"
	"testing"
)

func TestGoldFolds(t *testing.T) {
	tests := []struct {
		list string
		want [][]string
	}{
		{"", nil},
		{"a", [][]string{{"a"}}},
		{"a,b", [][]string{{"a"}, {"b"}}},
		{"a+b,c", [][]string{{"a", "b"}, {"c"}}},
		{" a + b ,, c,", [][]string{{"a", "b"}, {"c"}}},
	}
	for _, tt := range tests {
		if got := goldFolds(tt.list); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("goldFolds(%q) = %q, want %q", tt.list, got, tt.want)
		}
	}
}
