package pipeline

import (
	"strings"
	"testing"
)

func TestResolve(t *testing.T) {
	type nt struct{ name, typ, known string }
	tests := []struct {
		name string
		in   []nt
		want []string // Canonical, or Name when Canonical is ""
	}{
		{"short form after full name",
			[]nt{{"Donald Trump", Person, ""}, {"Trump", Person, ""}, {"Trump's", Person, ""}},
			[]string{"Donald Trump", "Donald Trump", "Donald Trump"}},
		{"short form before full name",
			[]nt{{"Zelensky", Person, ""}, {"Vladimir Zelensky", Person, ""}},
			[]string{"Vladimir Zelensky", "Vladimir Zelensky"}},
		{"titles never split an entity",
			[]nt{{"President Trump", Person, ""}, {"Mr Trump", Person, ""}, {"Donald Trump", Person, ""}, {"US Defence Secretary Pete Hegseth", Person, ""}, {"Hegseth", Person, ""}},
			[]string{"Donald Trump", "Donald Trump", "Donald Trump", "US Defence Secretary Pete Hegseth", "US Defence Secretary Pete Hegseth"}},
		{"two Thomases stay apart",
			[]nt{{"Melan Thomas", Person, ""}, {"Merlin Thomas", Person, ""}, {"Thomas", Person, ""}},
			[]string{"Melan Thomas", "Merlin Thomas", "Thomas"}},
		{"first name alone",
			[]nt{{"Pete Hegseth", Person, ""}, {"Pete", Person, ""}},
			[]string{"Pete Hegseth", "Pete Hegseth"}},
		{"ambiguous first name",
			[]nt{{"Vladimir Putin", Person, ""}, {"Vladimir Zelensky", Person, ""}, {"Vladimir", Person, ""}},
			[]string{"Vladimir Putin", "Vladimir Zelensky", "Vladimir"}},
		{"middle name left out",
			[]nt{{"Donald Trump", Person, ""}, {"Donald J Trump", Person, ""}, {"Trump", Person, ""}},
			[]string{"Donald J Trump", "Donald J Trump", "Donald J Trump"}},
		{"case variants join on the most frequent form",
			[]nt{{"Nato", Org, ""}, {"NATO", Org, ""}, {"NATO", Org, ""}, {"nato's", Org, ""}},
			[]string{"NATO", "NATO", "NATO", "NATO"}},
		{"types kept apart",
			[]nt{{"Jordan Peterson", Person, ""}, {"Jordan", Place, ""}},
			[]string{"Jordan Peterson", "Jordan"}},
		{"titles kept outside people",
			[]nt{{"General Motors", Org, ""}},
			[]string{"General Motors"}},
		{"a variant the extractor knows joins its name",
			[]nt{{"Hasbola", Org, "Hezbollah"}, {"Hezbollah", Org, ""}, {"Hasbullah", Org, "Hezbollah"}},
			[]string{"Hezbollah", "Hezbollah", "Hezbollah"}},
		{"and is shown as that name when alone",
			[]nt{{"Hasbola", Org, "Hezbollah"}},
			[]string{"Hezbollah"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := make([]Mention, len(tt.in))
			for i, x := range tt.in {
				ms[i] = Mention{Name: x.name, Type: x.typ, Known: x.known}
			}
			Resolve(ms)
			got := make([]string, len(ms))
			for i, m := range ms {
				got[i] = m.Canonical
				if got[i] == "" {
					got[i] = m.Name
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Resolve(%v) = %q, want %q", tt.in, got, tt.want)
			}
			for i, m := range ms {
				// Only a short form left alone among several fuller names
				// is ambiguous.
				wantAmb := strings.HasPrefix(tt.name, "two Thomases") && i == 2 || strings.HasPrefix(tt.name, "ambiguous") && i == 2
				if m.Ambiguous != wantAmb {
					t.Errorf("mention %d (%s) Ambiguous = %v, want %v", i, m.Name, m.Ambiguous, wantAmb)
				}
			}
		})
	}
}

func TestFits(t *testing.T) {
	tests := []struct {
		short, full string
		want        bool
	}{
		{"Trump", "Donald Trump", true},
		{"trump's", "Donald Trump", true},
		{"President Trump", "Donald Trump", true},
		{"Donald", "Donald Trump", true},
		{"Donald Trump", "Donald John Trump", true},
		{"John", "Donald John Trump", false},
		{"Donald Trump", "Donald Trump", false},
		{"Thomas", "Thomas", false},
		{"Putin", "Donald Trump", false},
	}
	for _, tt := range tests {
		if got := Fits(tt.short, tt.full); got != tt.want {
			t.Errorf("Fits(%q, %q) = %v, want %v", tt.short, tt.full, got, tt.want)
		}
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct{ in, typ, want string }{
		{"Putin's", Person, "Putin"},
		{"Putin\u2019s", Person, "Putin"},
		{"President  Putin", Person, "Putin"},
		{"Prime Minister Keir Starmer", Person, "Keir Starmer"},
		{"Mr. Trump", Person, "Trump"},
		{"President", Person, "President"},
		{"General Motors", Org, "General Motors"},
		{"Reuters'", Org, "Reuters"},
		{"Ukraine's", Place, "Ukraine"},
	}
	for _, tt := range tests {
		if got := CleanName(tt.in, tt.typ); got != tt.want {
			t.Errorf("CleanName(%q, %s) = %q, want %q", tt.in, tt.typ, got, tt.want)
		}
	}
}
