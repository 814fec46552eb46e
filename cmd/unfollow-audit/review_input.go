package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/internal/printable"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// askDate asks for the date of the last meeting until it is a valid one;
// arg is the date typed on the key's line, if any. Enter cancels.
func (s *reviewSession) askDate(arg string) (audit.Answer, readStatus) {
	for {
		if arg != "" {
			a, err := s.rv.MetOn(arg)
			if err == nil {
				return a, readOK
			}
			s.refuse("%v", err)
		}
		line, st := s.read("  last met on (YYYY-MM-DD, YYYY-MM, YYYY or March 2026; Enter cancels): ")
		if st != readOK {
			return audit.Answer{}, st
		}
		if arg = strings.TrimSpace(line); arg == "" {
			fmt.Fprintln(s.std.out, "  cancelled")
			return audit.Answer{}, readCancelled
		}
		// The key typed again ("d 2025-11" after a date refused, as the
		// key's line takes it) is not part of the date; the d of a
		// month's name (déc. 2025, December 2025) is.
		if k, rest := splitAnswer(arg); k == 'd' && rest != "" && !startsWithLetter(arg[1:]) {
			arg = rest
		}
	}
}

// clearsText is what typed for a relationship or a note empties its cell
// (audit.ClearText): a dash alone, as a spreadsheet's cell is often
// written to say "none", and no relationship nor note anyone keeps.
const clearsText = "-"

// askRelationship asks for the relationship: 1 family, 2 friend, 3
// colleague, 4 other (then its name), or the word itself; clearsText
// empties the cell.
func (s *reviewSession) askRelationship(arg string) (audit.Answer, readStatus) {
	for {
		if strings.TrimSpace(arg) == clearsText {
			return audit.ClearText(audit.ColRelationship), readOK
		}
		if arg != "" {
			choice, rest, _ := strings.Cut(arg, " ")
			switch choice {
			case "1", "2", "3":
				if strings.TrimSpace(rest) == "" {
					return audit.Relationship(audit.Relationships[choice[0]-'1']), readOK
				}
			case "4":
				if rest = strings.TrimSpace(rest); rest != "" {
					return audit.Relationship(rest), readOK
				}
				line, st := s.read("  what relationship? (Enter cancels): ")
				if st != readOK {
					return audit.Answer{}, st
				}
				line = withoutKey(line, "r")
				if strings.TrimSpace(line) == "" {
					fmt.Fprintln(s.std.out, "  cancelled")
					return audit.Answer{}, readCancelled
				}
				if loneKey(line) {
					return s.keyCancels("relationship")
				}
				if strings.TrimSpace(line) == clearsText {
					return audit.ClearText(audit.ColRelationship), readOK
				}
				return audit.Relationship(line), readOK
			default:
				if loneKey(arg) {
					return s.keyCancels("relationship")
				}
				// A word that starts with a digit ("2nd cousin") is a
				// relationship typed; a number alone ("12") is a
				// choice mistyped, and is asked again.
				if !allDigits(choice) {
					return audit.Relationship(arg), readOK
				}
			}
			s.refuse("%q is not one of 1, 2, 3 or 4", arg)
		}
		line, st := s.read("  relationship: 1 family, 2 friend, 3 colleague, 4 other (- clears it; Enter cancels): ")
		if st != readOK {
			return audit.Answer{}, st
		}
		// The key typed again ("r cousin" after a wrong "r 9") is not
		// part of the answer.
		line = withoutKey(line, "r")
		if arg = strings.TrimSpace(line); arg == "" {
			fmt.Fprintln(s.std.out, "  cancelled")
			return audit.Answer{}, readCancelled
		}
	}
}

// allDigits reports whether s is a number: ASCII digits alone.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// withoutKey returns the answer typed at a prompt that asks for a text
// without its key, where the key was typed again before it, as the key's
// own line takes it ("r cousin" at "what relationship?", "n met at the
// conference" at "note"; "R cousin" too, as the key's line takes a key
// in either case): the key is not part of the text.
func withoutKey(line, key string) string {
	if k, rest, ok := strings.Cut(strings.TrimSpace(line), " "); ok && strings.EqualFold(k, key) {
		return rest
	}
	return line
}

// askNote asks for the note, unless typed on the key's line; clearsText
// empties the cell.
func (s *reviewSession) askNote(arg string) (audit.Answer, readStatus) {
	if loneKey(arg) {
		return s.keyCancels("note")
	}
	if strings.TrimSpace(arg) == clearsText {
		return audit.ClearText(audit.ColNote), readOK
	}
	if arg != "" {
		return audit.Note(arg), readOK
	}
	line, st := s.read("  note (replaces the note there; - clears it; Enter cancels): ")
	if st != readOK {
		return audit.Answer{}, st
	}
	line = withoutKey(line, "n")
	if strings.TrimSpace(line) == "" {
		fmt.Fprintln(s.std.out, "  cancelled")
		return audit.Answer{}, readCancelled
	}
	if loneKey(line) {
		return s.keyCancels("note")
	}
	if strings.TrimSpace(line) == clearsText {
		return audit.ClearText(audit.ColNote), readOK
	}
	return audit.Note(line), readOK
}

// loneKey reports whether an answer typed where a text is asked for is a
// letter alone, or "?": a key typed there (q to quit, b to go back), no
// relationship or note anyone writes, which was saved as one ("q"), the
// person then marked reviewed. Only an ASCII letter is a key (see
// splitAnswer): one character of another script is a word ("妈", "형").
func loneKey(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) != 1 {
		return false
	}
	c := s[0] | 0x20
	return 'a' <= c && c <= 'z' || s[0] == '?'
}

// keyCancels cancels the prompt for what where a key was typed in its
// place, and says so.
func (s *reviewSession) keyCancels(what string) (audit.Answer, readStatus) {
	s.refuse("cancelled: a letter alone is a key, not a %s; type the key again", what)
	return audit.Answer{}, readCancelled
}

// notAKey is what splitAnswer returns for a line that starts with a
// character no key is.
const notAKey = 0xff

// splitAnswer splits a line into its key (lower case; 0 for an empty
// line) and the rest, trimmed: "d 2026-03-02" is d and "2026-03-02".
func splitAnswer(line string) (byte, string) {
	line = strings.TrimSpace(line)
	if line == "" {
		return 0, ""
	}
	c := line[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	if c >= 0x80 {
		return notAKey, line
	}
	return c, strings.TrimSpace(line[1:])
}

// markColumn is the yes/no column a mark's key sets, "" for another key.
func markColumn(key byte) string {
	switch key {
	case 'i':
		return audit.ColInspiring
	case 's':
		return audit.ColSupplier
	case 't':
		return audit.ColToxic
	case 'u':
		return audit.ColUnsure
	}
	return ""
}

// markOff reports whether line takes a mark off: its key (i, s, t or u),
// a space, and a word the ledger reads as no ("no", "n", "non",
// "nein"...). The key again saves nothing, as before: typed twice by a
// slip, it would take back what was just said. The space is needed:
// "in" and "sno" are slips, refused as before, not "no".
func markOff(line string) bool {
	t := strings.TrimSpace(line)
	key, arg := splitAnswer(t)
	if markColumn(key) == "" || len(t) < 2 || t[1] != ' ' && t[1] != '\t' || arg == "" {
		return false
	}
	yes, ok := audit.ParseBool(arg)
	return ok && !yes
}

// startsWithLetter reports whether s starts with a letter, in any script:
// "nächste" and "rôle" are words as "no" is, not the key n or r and the
// text "ächste" or "ôle".
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// keyExample is what a key that takes text is typed with, for a message.
func keyExample(key byte) string {
	switch key {
	case 'd':
		return "2026-03-02"
	case 'n':
		return "met at the conference"
	}
	return "friend"
}

// keyOf is the key of a line that holds just a key, else 0.
func keyOf(line string) byte {
	k, arg := splitAnswer(line)
	if arg != "" {
		return 0
	}
	return k
}

// Reading lines.

type readStatus int

const (
	readOK readStatus = iota
	readEOF
	readInterrupted
	readCancelled
	readRefused // an answer refused, read from a file: see refuse
	// readTooLong is a line longer than maxAnswerBytes, which read turns
	// into readRefused: the reader stopped there.
	readTooLong
)

// read prints the prompt and reads one line (without its line end). When
// stdin is not a terminal the line is echoed, so that the output reads as
// a transcript.
func (s *reviewSession) read(prompt string) (string, readStatus) {
	for {
		line, st := s.readLine(prompt)
		if st != readOK || strings.IndexByte(line, 0) < 0 {
			return line, st
		}
		// No key starts with a NUL, nor does any text typed hold one: a
		// line starting with one was taken for an empty line, Enter, and
		// an answers file in UTF-16 without its byte order mark skipped
		// every person without a word. Refused as any answer, it stops
		// a file there; at a terminal (Ctrl-@) it is asked again.
		s.refuse("the line holds a NUL character, which no answer does: an answers file saved as UTF-16 without its byte order mark? save it as UTF-8")
		if s.refused != "" {
			return "", readRefused
		}
	}
}

// readLine is read without the check of what the line holds.
func (s *reviewSession) readLine(prompt string) (string, readStatus) {
	if s.refused != "" {
		return "", readRefused
	}
	fmt.Fprint(s.std.out, prompt)
	line, st := s.in.next()
	if st == readTooLong {
		// Refused wherever the answers come from: the rest of the line
		// is not read, so no answer after it can be.
		s.line++
		s.refused = fmt.Sprintf("longer than %d KiB, which no answer is: standard input is a file that holds no answers, or is damaged", maxAnswerBytes>>10)
		fmt.Fprintf(s.std.out, "  %s\n", s.refused)
		return "", readRefused
	}
	if st == readOK {
		s.line++
		if s.echo {
			fmt.Fprintln(s.std.out, printable.Line(line))
		}
	}
	return line, st
}

// refuse says why an answer is refused. At a terminal the person types
// it again; from a file (stdin not a terminal) the session ends at the
// next read, with an error naming the line: the lines after it were
// written for the prompts that line was meant to answer, and read on
// they would give one person's answers to the next ones.
//
// An answer quoted is cut to its first 80 bytes: a line of 60,000
// characters (a file given as the answers) made a line of error as long.
func (s *reviewSession) refuse(format string, args ...any) {
	for i, a := range args {
		if t, ok := a.(string); ok && len(t) > refusedQuoteBytes {
			cut := refusedQuoteBytes
			for cut > 0 && !utf8.RuneStart(t[cut]) {
				cut--
			}
			args[i] = t[:cut] + "…"
		}
	}
	msg := printable.Line(fmt.Sprintf(format, args...)) // it may quote the answer
	fmt.Fprintf(s.std.out, "  %s\n", msg)
	if s.fromFile {
		s.refused = msg
	}
}

// refusedQuoteBytes is how much of an answer a refusal quotes.
const refusedQuoteBytes = 80

// A lineReader reads lines in the background, so that Ctrl-C can end the
// session between two answers (never half way through saving one).
type lineReader struct {
	lines chan string
	done  chan struct{}
	sigs  chan os.Signal
	// tooLong is closed where a line was longer than maxAnswerBytes: the
	// reader stopped there, and lines is closed after it.
	tooLong chan struct{}
}

// maxAnswerBytes caps one line of answers. A terminal sends at most 4,096
// bytes a line; a longer one is no answer typed but a file given as
// standard input (review < /dev/zero, a file of one 2 GB line), which
// ReadString held whole: 8 GB of memory in ten seconds of /dev/zero.
const maxAnswerBytes = 64 << 10

// readAnswerLine reads one line as ReadString('\n') does, but gives up,
// tooLong, once it holds more than maxAnswerBytes, the rest unread. The
// line end (LF, CRLF) is no part of the answer, and not counted: counted,
// an answer of 64 KiB was refused as longer, and one of CRLF a byte
// shorter too.
func readAnswerLine(br *bufio.Reader) (line string, tooLong bool, err error) {
	var b []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(b)+len(chunk) > maxAnswerBytes+len("\r\n") {
			return "", true, nil
		}
		b = append(b, chunk...)
		if err != bufio.ErrBufferFull {
			if len(bytes.TrimRight(b, "\r\n")) > maxAnswerBytes {
				return "", true, nil
			}
			return string(b), false, err
		}
	}
}

func newLineReader(in io.Reader) *lineReader {
	lr := &lineReader{lines: make(chan string), done: make(chan struct{}), sigs: make(chan os.Signal, 1), tooLong: make(chan struct{})}
	notifyEnd(lr.sigs) // as audit ends on them (see catchInterrupts)
	go func() {
		defer close(lr.lines)
		br := bufio.NewReader(in)
		first := true
		for {
			s, tooLong, err := readAnswerLine(br)
			if tooLong {
				close(lr.tooLong)
				return
			}
			if first {
				first = false
				// An answers file saved as "Unicode" by Notepad, or by
				// Windows PowerShell's >, is UTF-16: the rest is read
				// through a decoder, from its first line again. A
				// terminal never sends these bytes first.
				if strings.HasPrefix(s, "\xFF\xFE") || strings.HasPrefix(s, "\xFE\xFF") {
					utf16 := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
					br = bufio.NewReader(transform.NewReader(io.MultiReader(strings.NewReader(s), br), utf16))
					if s, tooLong, err = readAnswerLine(br); tooLong {
						close(lr.tooLong)
						return
					}
				}
				// One saved as UTF-8 by Notepad or PowerShell starts with
				// a byte order mark, which made its first key no key.
				s = strings.TrimPrefix(s, "\uFEFF")
			}
			if s != "" {
				select {
				case lr.lines <- strings.TrimRight(s, "\r\n"):
				case <-lr.done:
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return lr
}

func (lr *lineReader) next() (string, readStatus) {
	select {
	case s, ok := <-lr.lines:
		if !ok {
			select {
			case <-lr.tooLong:
				return "", readTooLong
			default:
			}
			return "", readEOF
		}
		return s, readOK
	case <-lr.sigs:
		return "", readInterrupted
	}
}

func (lr *lineReader) close() {
	signal.Stop(lr.sigs)
	close(lr.done)
}
