package audit

import "strconv"

// Thousands writes a count for a person to read, its thousands parted by
// commas: 49,885. Every count the tool shows (report.html, the run's
// summary and notes, warnings, the progress line) is written so, one
// style throughout; a line or column number quoted in an error, a year,
// an id and every count in a file the tool writes (CSV, ledger, history)
// stays plain digits, as a search or a spreadsheet wants them.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	if len(s) <= 3 {
		return sign + s
	}
	b := make([]byte, 0, len(sign)+len(s)+(len(s)-1)/3)
	b = append(b, sign...)
	head := len(s) % 3
	if head == 0 {
		head = 3
	}
	b = append(b, s[:head]...)
	for i := head; i < len(s); i += 3 {
		b = append(b, ',')
		b = append(b, s[i:i+3]...)
	}
	return string(b)
}
