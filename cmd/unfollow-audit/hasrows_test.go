package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// hasRows finds a row after the header whatever the line ends, a lone CR
// (Excel for Mac) included, and takes lines of separators for blank.
func TestHasRows(t *testing.T) {
	dir := t.TempDir()
	ws := &workspace.Workspace{Dir: dir}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"person_id,name\n", false},
		{"person_id,name\np1,Ada\n", true},
		{"person_id,name\r\np1,Ada\r\n", true},
		{"person_id,name\rp1,Ada\r", true},
		{"person_id,name\rp1,Ada", true},
		{"person_id,name\r", false},
		{"\uFEFFperson_id;name\r\n;\r\n  \r\n", false},
		{"", false},
	} {
		if err := os.WriteFile(filepath.Join(dir, "f.csv"), []byte(tt.text), 0o600); err != nil {
			t.Fatal(err)
		}
		if got, err := hasRows(ws, "f.csv"); err != nil || got != tt.want {
			t.Errorf("hasRows(%q) = %v, %v; want %v", tt.text, got, err, tt.want)
		}
	}
	if got, err := hasRows(ws, "missing.csv"); err != nil || got {
		t.Errorf("a missing file: %v, %v", got, err)
	}
}
