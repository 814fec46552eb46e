package audit

import "testing"

// TestHTMLWindowOfOne checks report.html's words for a window of one
// unit: "the last year", not "the last 1 year".
func TestHTMLWindowOfOne(t *testing.T) {
	for _, tt := range []struct {
		window       Span
		meaning, pol string
	}{
		{Span{N: 1, Unit: 'y'}, "You met in person within the last year.", "people you met in the last year"},
		{Span{N: 1, Unit: 'm'}, "You met in person within the last month.", "people you met in the last month"},
		{Span{N: 1200, Unit: 'd'}, "You met in person within the last 1,200 days.", "people you met in the last 1,200 days"},
	} {
		if got := htmlRuleMeaning(RuleMet, tt.window); got != tt.meaning {
			t.Errorf("htmlRuleMeaning(met, %v) = %q, want %q", tt.window, got, tt.meaning)
		}
		if got := htmlPolicy(AllowMet, tt.window); got != tt.pol {
			t.Errorf("htmlPolicy(met, %v) = %q, want %q", tt.window, got, tt.pol)
		}
	}
}
