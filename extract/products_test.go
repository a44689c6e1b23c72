package extract

import "testing"

// TestIsProduct: a listed product, alone or with a version, is a product;
// its maker and names that merely start like one are not.
func TestIsProduct(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Gemini", true},
		{"GPT-4", true},
		{"Code Llama 34B", true},
		{"Llama 2", true},
		{"Model S", true},
		{"Google", false},
		{"OpenAI", false},
		{"Model", false},
		{"Llama Lodge", false}, // no version: some other name
		{"Gemini-Apollo", false},
	}
	for _, tt := range tests {
		if got := isProduct(tt.name); got != tt.want {
			t.Errorf("isProduct(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
