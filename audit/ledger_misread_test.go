package audit_test

import (
	"testing"
)

// TestLedgerMisread finds the cells a spreadsheet read as Windows-1252
// and saved so, and only those: accented names, symbols and emoji written
// as they are pass.
func TestLedgerMisread(t *testing.T) {
	for _, tt := range []struct {
		name  string
		rows  []string
		first string
		line  int
		n     int
	}{
		{"as written", []string{
			"p1,Amélie Durand,facebook:amelie-durand.1,,,,,,,« café » ½ © ± ß ÿ ñ,yes",
			"p2,Søren Øvergaard,facebook:søren-øvergaard.2,,,,,,,Łukasz 王伟 😀 Ã alone,yes",
			"p3,Nguyễn Thị Thảo,linkedin:x,,,,,,,“quoted” – dash … ’,yes",
		}, "", 0, 0},
		{"misread", []string{
			"p1,Amélie Durand,facebook:amelie-durand.1,,,,,,,,yes",
			"p2,AmÃ©lie Durand,facebook:amelie-durand.2,,,,,,,met at the cafÃ©,yes",
			"p3,SÃ¸ren Ã˜vergaard,facebook:sÃ¸ren-Ã¸vergaard.3,,,,,,,it’s fine,yes",
			"p4,Lena Park,twitter:1,,,,,,,itâ€™s a smile ðŸ˜€,yes",
		}, "AmÃ©lie Durand", 3, 5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l := readLedger(t, lines(append([]string{stdHeader}, tt.rows...)...))
			first, line, n := l.Misread()
			if first != tt.first || line != tt.line || n != tt.n {
				t.Errorf("Misread() = %q, line %d, %d cells; want %q, line %d, %d", first, line, n, tt.first, tt.line, tt.n)
			}
		})
	}
}
