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
		{"Voyager 2", true},
		{"James Webb Space Telescope", true},
	}
	for _, tt := range tests {
		if got := isProduct(tt.name); got != tt.want {
			t.Errorf("isProduct(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestTelescope: a name before "telescope" names the instrument.
func TestTelescope(t *testing.T) {
	tests := []struct {
		after string
		want  bool
	}{
		{" telescope was launched", true},
		{" Space Telescope.", true},
		{" said on Monday", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := telescope(tt.after); got != tt.want {
			t.Errorf("telescope(%q) = %v, want %v", tt.after, got, tt.want)
		}
	}
}
