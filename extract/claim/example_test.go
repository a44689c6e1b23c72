package claim_test

import (
	"fmt"

	"github.com/mentions/mentions/extract/claim"
)

func ExampleAttribute() {
	for _, a := range claim.Attribute("US President Donald Trump says he plans to meet Vladimir Putin soon.") {
		fmt.Printf("source %q, cue %q, content %q\n", a.Source, a.Cue, a.Content)
	}
	// Output: source "US President Donald Trump", cue "says", content "he plans to meet Vladimir Putin soon"
}
