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

// TestHTMLPercent checks report.html's percentages: a part that is
// neither none nor the whole never shows as 0% or 100%, so that 2 kept
// of 500 accounts is not "0%" and 299 unfollows done of 300 not "100%".
func TestHTMLPercent(t *testing.T) {
	for _, tt := range []struct {
		part, whole int
		want        string
	}{
		{0, 0, "0%"},
		{0, 500, "0%"},
		{2, 500, "1%"},
		{1, 9, "11%"},
		{1, 3, "33%"},
		{299, 300, "99%"},
		{995, 1000, "99%"},
		{300, 300, "100%"},
	} {
		if got := htmlPercent(tt.part, tt.whole); got != tt.want {
			t.Errorf("htmlPercent(%d, %d) = %q, want %q", tt.part, tt.whole, got, tt.want)
		}
	}
}
