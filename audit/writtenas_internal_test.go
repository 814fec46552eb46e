package audit

import "testing"

// writtenAs takes for the tool's the name cells the tool writes now and
// those the versions before wrote, and no other.
func TestWrittenAs(t *testing.T) {
	tests := []struct {
		cell, name string
		want       bool
	}{
		{"Ada Lovelace", "Ada Lovelace", true},
		{"'=1 Bob", "=1 Bob", true},
		{"=1 Bob", "=1 Bob", false},
		{"x;'=1 Mallory", "x;=1 Mallory", true},
		{"x;=1 Mallory", "x;=1 Mallory", true}, // before the apostrophe after a separator
		{"'＠SUM(1) Ito", "＠SUM(1) Ito", true},
		// Before the full-width formula characters: no apostrophe in
		// front of them, at the start or after a separator.
		{"＠SUM(1) Ito", "＠SUM(1) Ito", true},
		{"x;＋1 Sato", "x;＋1 Sato", true},
		{"'=a;＝b", "=a;＝b", true},
		{"＠a;＝b", "＠a;＝b", true},
		{"Ken Ito", "＠SUM(1) Ito", false},
		{"''＠SUM(1) Ito", "＠SUM(1) Ito", false},
	}
	for _, tt := range tests {
		if got := writtenAs(tt.cell, tt.name); got != tt.want {
			t.Errorf("writtenAs(%q, %q) = %v, want %v", tt.cell, tt.name, got, tt.want)
		}
	}
}
