package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Every flag of one value, and --policy for one network, given twice
// alike is one meant (a command line a script built, adding its own):
// the run goes on, to the export it cannot read. Given twice otherwise,
// it is a usage error whose first line names the flag and both values.
func TestFlagGivenTwice(t *testing.T) {
	dir := t.TempDir()
	ws, prof := filepath.Join(dir, "ws"), filepath.Join(dir, "cpu.prof")
	missing := filepath.Join(dir, "missing.zip")
	today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.Local) }
	for _, tt := range []struct {
		cmd, flag, a, b string
		name            string // as the message names the flag; "" for --flag
	}{
		{"audit", "--workspace", ws, ws + "2", "--workspace (-w)"},
		{"audit", "--as-of", "2026-11-01", "2026-11-02", ""},
		{"audit", "--met-within", "12m", "6m", ""},
		{"audit", "--batch-size", "5", "50", ""},
		{"audit", "--same-person", "true", "false", ""},
		{"audit", "--older-export", "true", "false", ""},
		{"audit", "--cpuprofile", prof, prof + "2", ""},
		{"audit", "--trace", prof, prof + "2", ""},
		{"review", "--workspace", ws, ws + "2", "--workspace (-w)"},
		{"review", "--as-of", "2026-11-01", "2026-11-02", ""},
		{"review", "--met-within", "12m", "6m", ""},
		{"import", "--format", "csv", "table", ""},
		{"import", "--cpuprofile", prof, prof + "2", ""},
		{"audit", "--policy", "twitter=met", "twitter=none", "--policy: twitter"},
		{"review", "--policy", "facebook=met,inspiring", "facebook=met", "--policy: facebook"},
	} {
		name := tt.name
		if name == "" {
			name = tt.flag
		}
		run := func(a, b string) (int, string) {
			var out, errOut bytes.Buffer
			args := []string{tt.cmd, tt.flag + "=" + a, tt.flag + "=" + b, missing}
			if tt.cmd != "import" && tt.flag != "--workspace" {
				args = append([]string{tt.cmd, "--workspace", ws}, args[1:]...)
			}
			code := runWith(args, stdio{in: strings.NewReader(""), out: &out, err: &errOut}, today)
			return code, errOut.String()
		}
		if code, stderr := run(tt.a, tt.a); code == exitUsage || strings.Contains(stderr, "twice") {
			t.Errorf("%s %s twice alike: exit %d, stderr %q; want the run to go on", tt.cmd, tt.flag, code, stderr)
		}
		code, stderr := run(tt.a, tt.b)
		first, _, _ := strings.Cut(stderr, "\n")
		want := fmt.Sprintf("unfollow-audit %s: %s is given twice (%q, then %q): give it once", tt.cmd, name, tt.a, tt.b)
		if tt.flag == "--policy" {
			want = fmt.Sprintf("unfollow-audit %s: %s is given twice (%s, then %s): give one", tt.cmd, name, tt.a, tt.b)
		}
		if code != exitUsage || first != want {
			t.Errorf("%s %s twice otherwise: exit %d, first line %q; want exit %d, %q", tt.cmd, tt.flag, code, first, exitUsage, want)
		}
	}
}
