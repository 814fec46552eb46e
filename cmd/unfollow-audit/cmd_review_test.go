package main

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestSplitAnswer(t *testing.T) {
	tests := []struct {
		line string
		key  byte
		arg  string
	}{
		{"", 0, ""},
		{"   \t", 0, ""},
		{"m", 'm', ""},
		{" M ", 'm', ""},
		{"d 2026-03-02", 'd', "2026-03-02"},
		{"d2026-03", 'd', "2026-03"},
		{"n  met at the conference ", 'n', "met at the conference"},
		{"r 4 neighbour", 'r', "4 neighbour"},
		{"is", 'i', "s"},
		{"?", '?', ""},
		{"é", notAKey, "é"},
	}
	for _, tt := range tests {
		if key, arg := splitAnswer(tt.line); key != tt.key || arg != tt.arg {
			t.Errorf("splitAnswer(%q) = %q, %q; want %q, %q", tt.line, key, arg, tt.key, tt.arg)
		}
	}
}

// promptWriter collects the output and signals each prompt.
type promptWriter struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	prompts chan struct{}
}

func (w *promptWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if string(p) == "> " {
		w.prompts <- struct{}{}
	}
	return w.buf.Write(p)
}

func (w *promptWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// liveReview is a review running on the audit of the sample Twitter/X
// archive in a fresh workspace, fed answers as someone typing them.
type liveReview struct {
	ws     string
	feed   *io.PipeWriter
	out    *promptWriter
	stderr bytes.Buffer
	done   chan int
}

func startReview(t *testing.T) *liveReview {
	t.Helper()
	return startReviewAt(t, false)
}

// startReviewAt is startReview, its answers typed at a terminal where tty
// is set (stdio.inTTY), else read as from a file or a pipe.
func startReviewAt(t *testing.T, tty bool) *liveReview {
	t.Helper()
	r := &liveReview{ws: filepath.Join(t.TempDir(), "ws"), out: &promptWriter{prompts: make(chan struct{}, 10)}, done: make(chan int)}
	today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	tw := filepath.Join(repoRoot(t), "testdata", "sample", "twitter-2026-11-20-5f1c0e7a9b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e.zip")
	if code := runWith([]string{"audit", "--workspace", r.ws, tw}, stdio{out: io.Discard, err: &r.stderr}, today); code != 0 {
		t.Fatalf("audit: exit %d: %s", code, &r.stderr)
	}
	in, feed := io.Pipe()
	r.feed = feed
	go func() {
		r.done <- runWith([]string{"review", "--workspace", r.ws}, stdio{in: in, out: r.out, err: &r.stderr, inTTY: tty}, today)
	}()
	<-r.out.prompts
	return r
}

// answer types a line and waits for the next prompt: the answer is saved.
func (r *liveReview) answer(line string) {
	io.WriteString(r.feed, line+"\n")
	<-r.out.prompts
}

// end types a line after which the review stops, and returns its exit status.
func (r *liveReview) end(t *testing.T, line string) int {
	t.Helper()
	io.WriteString(r.feed, line+"\n")
	defer r.feed.Close()
	select {
	case code := <-r.done:
		return code
	case <-time.After(10 * time.Second):
		t.Fatal("review did not stop")
	}
	return 0
}

// A ledger saved by someone else during the review (a spreadsheet, say) is
// not overwritten: the session stops with an error, and the file stays as
// they saved it.
func TestReviewStopsWhenTheLedgerChangesOnDisk(t *testing.T) {
	r := startReview(t)
	ledger := filepath.Join(r.ws, "ledger.csv")
	r.answer("m")
	data, err := os.ReadFile(ledger)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), ",twitter:1401,2026-11-25,") { // Amélie Durand: the people without a name come last
		t.Fatalf("first answer not saved:\n%s", data)
	}
	edited := append(data, "p1,Added In A Spreadsheet,twitter:999,,,,,,,,yes\n"...)
	if err := os.WriteFile(ledger, edited, 0o600); err != nil {
		t.Fatal(err)
	}
	code := r.end(t, "t")
	if code != exitError || !strings.Contains(r.stderr.String(), "changed on disk while you were reviewing") {
		t.Errorf("exit %d, stderr %q; want 1 and the ledger changed on disk", code, &r.stderr)
	}
	if got, _ := os.ReadFile(ledger); !bytes.Equal(got, edited) {
		t.Errorf("the ledger saved by someone else was overwritten:\n%s", got)
	}
	if o := r.out.String(); !strings.Contains(o, `saved last_met "2026-11-25"`) || strings.Contains(o, `saved toxic`) {
		t.Errorf("output:\n%s", o)
	}
}

// Answers read from a file or a pipe, where the ledger is saved by
// someone else meanwhile: the answers of the lines before stay in the
// ledger (they cannot be taken back without overwriting it), and the
// message says so and what to do. "run review again to go on from the
// file as it is now" had the file run again from its first line, its
// answers then going to other people (the people answered no longer come
// up), as docs/review.md says of an answer refused in a file.
func TestReviewFromFileLedgerChangedSaysAnswersBefore(t *testing.T) {
	r := startReview(t)
	r.answer("m")
	ledger := filepath.Join(r.ws, "ledger.csv")
	data, err := os.ReadFile(ledger)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ledger, append(data, "p1,Added In A Spreadsheet,twitter:999,,,,,,,,yes\n"...), 0o600); err != nil {
		t.Fatal(err)
	}
	code := r.end(t, "t")
	msg := r.stderr.String()
	if code != exitError || strings.Count(msg, "\n") != 1 ||
		!strings.Contains(msg, "changed on disk while you were reviewing") ||
		!strings.Contains(msg, "answer line 2 is not saved, and the 1 answer of the lines before it is in the ledger") ||
		!strings.Contains(msg, "take it back there by hand, then run review again with all the lines") ||
		strings.Contains(msg, "go on from the file as it is now") {
		t.Errorf("exit %d, stderr %q; want 1 and one line: line 2 not saved, the answer of line 1 in the ledger, to take back by hand", code, msg)
	}
}

// An answer that cannot be saved (the disk full, the folder made
// read-only) stops the session saying that answer is not saved and the
// ones before it are: the error alone ("file exists") left the person to
// guess which answers the ledger holds. At a terminal, review run again
// goes on from the first person not reviewed.
func TestReviewSaysWhichAnswerIsNotSaved(t *testing.T) {
	r := startReviewAt(t, true)
	r.answer("m")
	saved := failNextSave(t, r.ws)
	code := r.end(t, "t")
	if code != exitError || !strings.Contains(r.stderr.String(), "your last answer is not saved (the ones before it are); run review again to go on") ||
		strings.Count(strings.TrimSpace(r.stderr.String()), "\n") != 0 {
		t.Errorf("exit %d, stderr %q; want 1 and one line saying the last answer is not saved", code, &r.stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(r.ws, "ledger.csv")); !bytes.Equal(got, saved) {
		t.Errorf("ledger changed by the answer not saved:\n%s", got)
	}
}

// From a file or a pipe, an answer that cannot be saved after answers of
// the lines before it were said "run review again to go on", and the
// file run again gave its lines to the people after the ones answered
// (they no longer come up). It says, as where the ledger was saved by a
// spreadsheet meanwhile, that those answers are in the ledger, to take
// back by hand before the whole file is run again.
func TestReviewFromFileSaveFailsSaysAnswersBefore(t *testing.T) {
	r := startReview(t)
	r.answer("m")
	saved := failNextSave(t, r.ws)
	code := r.end(t, "t")
	msg := r.stderr.String()
	if code != exitError || strings.Count(msg, "\n") != 1 || strings.Contains(msg, "to go on") ||
		!strings.Contains(msg, "answer line 2 is not saved, and the 1 answer of the lines before it is in the ledger") ||
		!strings.Contains(msg, "take it back there by hand, then run review again with all the lines") {
		t.Errorf("exit %d, stderr %q; want 1 and one line: line 2 not saved, the answer of line 1 in the ledger, to take back by hand", code, msg)
	}
	if got, _ := os.ReadFile(filepath.Join(r.ws, "ledger.csv")); !bytes.Equal(got, saved) {
		t.Errorf("ledger changed by the answer not saved:\n%s", got)
	}
}

// failNextSave has the review's next save fail, the commit's copy of the
// ledger not to be made, and returns the ledger as it is.
func failNextSave(t *testing.T, ws string) []byte {
	t.Helper()
	saved, err := os.ReadFile(filepath.Join(ws, "ledger.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(ws, ".ledger.csv.old.tmp", "x"), 0o700); err != nil {
		t.Fatal(err)
	}
	return saved
}

// An answer refused in a file takes back the answers of the lines before
// it; where that cannot be saved (the ledger saved by a spreadsheet
// meanwhile, the disk full), the one line says the refusal and that those
// answers may still be in the ledger, not save's "your last answer is not
// saved; run review again to go on", which had the file run on from there
// and its answers go to other people.
func TestReviewRefusedTakeBackNotSaved(t *testing.T) {
	for _, how := range []string{"changed on disk", "commit fails"} {
		t.Run(how, func(t *testing.T) {
			r := startReview(t)
			ledger := filepath.Join(r.ws, "ledger.csv")
			r.answer("i")
			r.answer("n met at the conference")
			data, err := os.ReadFile(ledger)
			if err != nil {
				t.Fatal(err)
			}
			want := data
			switch how {
			case "changed on disk":
				want = append(slices.Clone(data), "p1,Added In A Spreadsheet,twitter:999,,,,,,,,yes\n"...)
				if err := os.WriteFile(ledger, want, 0o600); err != nil {
					t.Fatal(err)
				}
			case "commit fails":
				if err := os.MkdirAll(filepath.Join(r.ws, ".ledger.csv.old.tmp", "x"), 0o700); err != nil {
					t.Fatal(err)
				}
			}
			code := r.end(t, "zz")
			msg := r.stderr.String()
			if code != exitError || strings.Count(strings.TrimSpace(msg), "\n") != 0 ||
				!strings.Contains(msg, "answer line 3 refused") ||
				!strings.Contains(msg, "the 2 answers of the lines before it could not be taken back") ||
				strings.Contains(msg, "your last answer is not saved") {
				t.Errorf("exit %d, stderr %q; want 1 and one line: line 3 refused, the 2 answers before it not taken back", code, msg)
			}
			if got, _ := os.ReadFile(ledger); !bytes.Equal(got, want) {
				t.Errorf("ledger:\n%s\nwant:\n%s", got, want)
			}
			if o := r.out.String(); strings.Contains(o, "taken back: the") {
				t.Errorf("output says the answers are taken back:\n%s", o)
			}
		})
	}
}

// After a relationship that is not one of the choices, the answer typed
// at the prompt is the relationship, with the key typed again or not.
func TestAskRelationshipAgain(t *testing.T) {
	for in, want := range map[string]string{"r Cousin\n": "Cousin", "Cousin\n": "Cousin", "2\n": "friend", "r 1\n": "family"} {
		var out strings.Builder
		s := &reviewSession{std: stdio{out: &out}, in: newLineReader(strings.NewReader(in))}
		a, st := s.askRelationship("9")
		s.in.close()
		if st != readOK || a != audit.Relationship(want) {
			t.Errorf("%q after r 9: %+v (%v), want %q", in, a, st, want)
		}
		if !strings.Contains(out.String(), `"9" is not one of 1, 2, 3 or 4`) {
			t.Errorf("%q: the wrong choice not told:\n%s", in, out.String())
		}
	}
}

// After a date refused, the date typed at the prompt is the answer, with
// the key typed again or not: "d 2025-11" was refused as not a date, over
// and over, the way the key's own line takes it.
func TestAskDateAgain(t *testing.T) {
	asOf, err := audit.ParseDate("2026-11-25")
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{"d 2025-11\n": "2025-11", "2025-11\n": "2025-11", "D 2026-03-02\n": "2026-03-02", "d2026\n": "2026",
		// A date by its month's name is read whole, its d no key: déc.,
		// December, dezembro start with one.
		"déc. 2025\n": "déc. 2025", "December 2025\n": "December 2025", "dec 2025\n": "dec 2025", "d mars 2026\n": "mars 2026",
		"diciembre de 2025\n": "diciembre de 2025", "D déc. 2025\n": "déc. 2025"} {
		var out strings.Builder
		s := &reviewSession{std: stdio{out: &out}, rv: &audit.Review{Rules: audit.Rules{AsOf: asOf}}, in: newLineReader(strings.NewReader(in))}
		a, st := s.askDate("2027-01-01")
		s.in.close()
		if st != readOK || a != (audit.Answer{Column: audit.ColLastMet, Value: want}) {
			t.Errorf("%q after d 2027-01-01: %+v (%v), want %q\n%s", in, a, st, want, out.String())
		}
		if !strings.Contains(out.String(), `"2027-01-01" is after the audit date 2026-11-25`) {
			t.Errorf("%q: the date refused not told:\n%s", in, out.String())
		}
	}
}

// Without exports, an account of the ledger that the last audit did not
// follow gets no decision: it said "(relation not known)", as if only its
// relation were missing, and no decision line followed.
func TestAccountNotInTheLastAudit(t *testing.T) {
	s := &reviewSession{rv: &audit.Review{Complete: true}}
	if got := s.accountText(audit.ReviewAccount{Key: "twitter:99999", Network: "twitter"}, "Lena Vogt"); got != "not in the last audit: no decision" {
		t.Errorf("with a history: %q", got)
	}
	s.rv.Complete = false // no audit yet: nothing known, a decision all the same
	if got := s.accountText(audit.ReviewAccount{Key: "twitter:99999", Network: "twitter"}, "Lena Vogt"); got != "(relation not known)" {
		t.Errorf("without a history: %q", got)
	}
}

// A session that only split a person changed the ledger as much as an
// answer: the next audit's lists group the accounts otherwise. Its summary
// said nothing of running audit.
func TestReviewSplitOnlyTellsToAudit(t *testing.T) {
	root := repoRoot(t)
	today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	var exports []string
	for _, f := range []string{"facebook-robinhale-20261120.zip", "Complete_LinkedInDataExport_11-20-2026.zip"} {
		exports = append(exports, filepath.Join(root, "testdata", "sample", f))
	}
	for in, want := range map[string]bool{"k\nk\nx\nq\n": true, "k\nk\nx\nb\nq\n": false} {
		ws := filepath.Join(t.TempDir(), "ws")
		var stderr bytes.Buffer
		if code := runWith(append([]string{"audit", "--workspace", ws}, exports...), stdio{out: io.Discard, err: &stderr}, today); code != 0 {
			t.Fatalf("audit: exit %d: %s", code, &stderr)
		}
		var out strings.Builder
		if code := runWith([]string{"review", "--workspace", ws}, stdio{in: strings.NewReader(in), out: &out, err: &stderr}, today); code != 0 {
			t.Fatalf("review: exit %d: %s", code, &stderr)
		}
		if !strings.Contains(out.String(), "  split: 1 new person") {
			t.Fatalf("%q: Bruno not split:\n%s", in, &out)
		}
		if got := strings.Contains(out.String(), "\nNext: run unfollow-audit audit"); got != want {
			t.Errorf("%q: told to run audit: %v, want %v:\n%s", in, got, want, &out)
		}
	}
}

// An answers file with a byte order mark (Notepad, PowerShell) reads as
// one without: its first key was "\ufeffi", not a key.
func TestLineReaderSkipsTheByteOrderMark(t *testing.T) {
	lr := newLineReader(strings.NewReader("\uFEFFi\r\n\uFEFFq\n"))
	defer lr.close()
	for _, want := range []string{"i", "\uFEFFq"} { // a mark inside the file is text
		if got, st := lr.next(); st != readOK || got != want {
			t.Errorf("line %q (%v), want %q", got, st, want)
		}
	}
}

// An answers file saved as "Unicode" by Notepad, or written by Windows
// PowerShell's > (UTF-16 with its byte order mark, either byte order),
// reads as the same lines in UTF-8; it read as lines of NULs and halves
// of characters, no answer a key.
func TestLineReaderReadsUTF16(t *testing.T) {
	text := "i\r\nr cousine éloignée\r\n\r\nq"
	for _, enc := range []struct {
		name  string
		order binary.AppendByteOrder
		bom   []byte
	}{{"little-endian", binary.LittleEndian, []byte{0xFF, 0xFE}}, {"big-endian", binary.BigEndian, []byte{0xFE, 0xFF}}} {
		b := enc.bom
		for _, u := range utf16.Encode([]rune(text)) {
			b = enc.order.AppendUint16(b, u)
		}
		lr := newLineReader(bytes.NewReader(b))
		for _, want := range []string{"i", "r cousine éloignée", "", "q"} {
			if got, st := lr.next(); st != readOK || got != want {
				t.Errorf("%s: line %q (%v), want %q", enc.name, got, st, want)
			}
		}
		if got, st := lr.next(); st != readEOF {
			t.Errorf("%s: after the last line, %q (%v), want the end", enc.name, got, st)
		}
		lr.close()
	}
}

// At the prompts that ask for a text, the key typed again before it is
// not part of the text, as at the relationship prompt.
func TestAskTextWithoutKey(t *testing.T) {
	for _, tt := range []struct {
		ask  func(s *reviewSession) (audit.Answer, readStatus)
		in   string
		want audit.Answer
	}{
		{func(s *reviewSession) (audit.Answer, readStatus) { return s.askRelationship("4") }, "r cousin\n", audit.Relationship("cousin")},
		{func(s *reviewSession) (audit.Answer, readStatus) { return s.askRelationship("4") }, "neighbour\n", audit.Relationship("neighbour")},
		{func(s *reviewSession) (audit.Answer, readStatus) { return s.askNote("") }, "n met at the conference\n", audit.Note("met at the conference")},
		{func(s *reviewSession) (audit.Answer, readStatus) { return s.askNote("") }, "no longer in touch\n", audit.Note("no longer in touch")},
		// The key's line takes a key in either case (splitAnswer).
		{func(s *reviewSession) (audit.Answer, readStatus) { return s.askRelationship("4") }, "R cousin\n", audit.Relationship("cousin")},
		{func(s *reviewSession) (audit.Answer, readStatus) { return s.askNote("") }, "N met at the conference\n", audit.Note("met at the conference")},
	} {
		var out strings.Builder
		s := &reviewSession{std: stdio{out: &out}, in: newLineReader(strings.NewReader(tt.in))}
		a, st := tt.ask(s)
		s.in.close()
		if st != readOK || a != tt.want {
			t.Errorf("%q: %+v (%v), want %+v", tt.in, a, st, tt.want)
		}
	}
}

// TestLoneKey: an ASCII letter alone, or "?", is a key typed at a text
// prompt; one letter of a script no key is in is a word ("妈", mother;
// "형", elder brother), to be saved.
func TestLoneKey(t *testing.T) {
	for s, want := range map[string]bool{
		"q": true, " B ": true, "?": true, "": false, "ex": false, "4": false,
		"妈": false, "형": false, "é": false, "@": false, "[": false,
	} {
		if got := loneKey(s); got != want {
			t.Errorf("loneKey(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestShellArgs: the command review's last line tells to run is one the
// person can paste into a shell, a workspace of spaces or quotes too: a
// POSIX shell's single quotes, or on Windows cmd.exe's double quotes,
// which it takes where it does not take single ones.
func TestShellArgs(t *testing.T) {
	for _, tt := range []struct {
		goos string
		args []string
		want string
	}{
		{"linux", []string{"unfollow-audit", "audit", "--workspace", "ws", "--policy", "linkedin=met,supplier"}, "unfollow-audit audit --workspace ws --policy linkedin=met,supplier"},
		{"linux", []string{"--workspace", "/home/ann/my audit"}, "--workspace '/home/ann/my audit'"},
		{"linux", []string{"--workspace", "Ann's audit"}, `--workspace 'Ann'\''s audit'`},
		{"linux", []string{"--workspace", ""}, "--workspace ''"},
		{"linux", []string{"--workspace", "a$b;c"}, "--workspace 'a$b;c'"},
		{"linux", []string{"--workspace", `C:\audit`}, `--workspace 'C:\audit'`},
		{"darwin", []string{"--workspace", "/Users/ann/Ana Müller (née Ça)"}, "--workspace '/Users/ann/Ana Müller (née Ça)'"},
		// PowerShell makes two arguments of a,b, and splats @name.
		{"windows", []string{"unfollow-audit", "audit", "--workspace", `C:\Users\ann\audit`, "--policy", "linkedin=met,supplier"}, `unfollow-audit audit --workspace C:\Users\ann\audit --policy "linkedin=met,supplier"`},
		{"windows", []string{"--workspace", `@ana`, "--as-of", "2026-12-07"}, `--workspace "@ana" --as-of 2026-12-07`},
		{"windows", []string{"--workspace", `C:\Users\ann\my audit`}, `--workspace "C:\Users\ann\my audit"`},
		{"windows", []string{"--workspace", `D:\clients\Ann's audit (2)`}, `--workspace "D:\clients\Ann's audit (2)"`},
		{"windows", []string{"--workspace", ""}, `--workspace ""`},
		{"windows", []string{"--note", `say "hi"`}, `--note "say \"hi\""`},
		// A backslash before the closing quote, as PowerShell's completion
		// ends a folder, or before a quote, is doubled: a program there reads
		// \" as a quote, so "C:\a b\" would run on into the next argument.
		{"windows", []string{"--workspace", `C:\Users\ann\my audit\`, "--policy", "x=met"}, `--workspace "C:\Users\ann\my audit\\" --policy x=met`},
		{"windows", []string{"--note", `a\"b\\`}, `--note "a\\\"b\\\\"`},
		{"windows", []string{"--workspace", `D:\R&D ^ 100% (old)`}, `--workspace "D:\R&D ^ 100% (old)"`},
		// One % is as typed in both shells; two could be a %NAME% cmd.exe
		// reads even in quotes: there each is escaped outside them, a form
		// PowerShell reads as more arguments, so its own follows.
		{"windows", []string{"--workspace", `C:\Users\Ana\100%\ws`}, `--workspace "C:\Users\Ana\100%\ws"`},
		{"windows", []string{"--workspace", `C:\%USERNAME%\my ws`}, `--workspace "C:\\"^%"USERNAME"^%"\my ws" (in PowerShell: --workspace "C:\%USERNAME%\my ws")`},
		{"windows", []string{"--workspace", `D:\50% off`, "--policy", "x=%y"}, `--workspace "D:\50"^%" off" --policy "x="^%"y" (in PowerShell: --workspace "D:\50% off" --policy "x=%y")`},
		{"windows", []string{"--workspace", `%a%`}, `--workspace ^%"a"^% (in PowerShell: --workspace "%a%")`},
		// PowerShell reads $ and ` in double quotes, and typographic
		// quotes as quotes: its line has single quotes, the others doubled.
		{"windows", []string{"unfollow-audit", "audit", "--workspace", `D:\$work\ws`}, `unfollow-audit audit --workspace "D:\$work\ws" (in PowerShell: unfollow-audit audit --workspace 'D:\$work\ws')`},
		{"windows", []string{"--workspace", "D:\\a`b c"}, "--workspace \"D:\\a`b c\" (in PowerShell: --workspace 'D:\\a`b c')"},
		{"windows", []string{"--workspace", `D:\Ana’s $ “x”`}, `--workspace "D:\Ana’s $ “x”" (in PowerShell: --workspace 'D:\Ana’’s $ “x”')`},
		{"windows", []string{"--workspace", `D:\$1 & 100%%`}, `--workspace "D:\$1 & 100"^%^% (in PowerShell: --workspace 'D:\$1 & 100%%')`},
		// Windows PowerShell 5.1 puts an argument with a space in double
		// quotes as it is: a \ ending it escaped the closing quote.
		{"windows", []string{"--workspace", `D:\$my work\`}, `--workspace "D:\$my work\\" (in PowerShell: --workspace 'D:\$my work\\')`},
		{"windows", []string{"--workspace", `D:\$work\`}, `--workspace "D:\$work\\" (in PowerShell: --workspace 'D:\$work\')`},
	} {
		if got := shellArgsFor(tt.goos, tt.args...); got != tt.want {
			t.Errorf("shellArgsFor(%s, %q) = %s, want %s", tt.goos, tt.args, got, tt.want)
		}
	}
}

// A relationship typed in the review that keeps the person off
// reach-out.csv is told so; the words for a relative, a friend and a
// colleague, in the languages the ledger reads, are not: the review
// reads the answer as the audit reads the cell (audit.Annotations.Close).
func TestOffReachOutWord(t *testing.T) {
	tests := []struct {
		rel  string
		want bool
	}{
		{"neighbour", true},
		{"partner", true},
		{"ex-friend", true},
		{"friend of a friend", true},
		{"cousin", false},
		{"big sister", false},
		{"Schwester", false},
		{"best friend", false},
		{"meilleure amie", false},
		{"friend", false},
		{"Amis", false},
		{"colleague", false},
		{"Colleague", false},
		{"collègue", false},
		{"Kollegin", false},
		{"colegas", false},
		{"work colleague", false},
		{"co-worker", false},
		{"former colleague", false},
		{"Arbeitskollege", false},
		{"compañero de trabajo", false},
		{"collega di lavoro", false},
		{"colleague and friend", true},
		{" ", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := offReachOutWord(tt.rel); got != tt.want {
			t.Errorf("offReachOutWord(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}

// At a terminal, review colours the name and the decisions, except where
// NO_COLOR is set or the terminal is TERM=dumb (Emacs' M-x shell, an
// IDE's console), which printed the escape sequences as text.
func TestReviewColours(t *testing.T) {
	ws, today := auditedSample(t)
	var stderr bytes.Buffer
	tests := []struct {
		tty           bool
		term, noColor string
		want          bool
	}{
		{true, "xterm-256color", "", true},
		{true, "xterm-256color", "1", false},
		{true, "dumb", "", false},
		{false, "xterm-256color", "", false},
	}
	for _, tt := range tests {
		t.Setenv("TERM", tt.term)
		t.Setenv("NO_COLOR", tt.noColor)
		var out strings.Builder
		if code := runWith([]string{"review", "--workspace", ws}, stdio{in: strings.NewReader("q\n"), out: &out, err: &stderr, tty: tt.tty}, today); code != 0 {
			t.Fatalf("review: exit %d: %s", code, &stderr)
		}
		if got := strings.Contains(out.String(), "\x1b["); got != tt.want {
			t.Errorf("tty %v, TERM=%s, NO_COLOR=%q: escape sequences %v, want %v:\n%q", tt.tty, tt.term, tt.noColor, got, tt.want, out.String())
		}
	}
}
