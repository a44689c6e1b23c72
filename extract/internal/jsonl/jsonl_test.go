package jsonl

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	type rec struct {
		T    float64 `json:"t"`
		Text string  `json:"text"`
	}
	got, err := Read[rec](strings.NewReader("{\"t\": 1.5, \"text\": \"Kyiv\"}\n\n  {\"t\": 2, \"text\": \"NATO\"}\n"))
	if err != nil || len(got) != 2 || got[0].Text != "Kyiv" || got[1].T != 2 {
		t.Fatalf("Read = %+v, %v; want two records", got, err)
	}
	_, err = Read[rec](strings.NewReader("{\"t\": 1}\n{broken\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Read of a broken line: err = %v, want one naming line 2", err)
	}
}
