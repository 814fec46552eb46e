package main

import "testing"

// An export date after its audit's (a zip written on a machine whose
// clock was wrong, or a runs.csv edited by hand) is no mark for later
// exports: taken as the newest export read, it refused every right one.
// Neither kept nor compared with (audit_older_export.txtar).
func TestOlderExportIgnoresDatesAfterTheirAudit(t *testing.T) {
	for _, tt := range []struct{ made, asOf string }{{"2026-11-20", "2026-11-25"}, {"2026-11-26", "2026-11-25"}} {
		if !madeBy(tt.made, tt.asOf) {
			t.Errorf("an export made on %s refused for the audit of %s", tt.made, tt.asOf)
		}
	}
	for _, tt := range []struct{ made, asOf string }{{"2026-11-27", "2026-11-25"}, {"2031-01-01", "2027-02-25"}, {"", "2027-02-25"}, {"20/11/2026", "2027-02-25"}} {
		if madeBy(tt.made, tt.asOf) {
			t.Errorf("an export made on %q taken for the audit of %s", tt.made, tt.asOf)
		}
	}
}
