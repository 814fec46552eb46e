package audit

import (
	"encoding/csv"
	"io"
	"strings"
)

// Spreadsheets run a cell that starts with one of these as a formula
// (OWASP "CSV injection"): =, +, -, @, tab and carriage return.
const formulaStarts = "=+-@\t\r"

// escapedStarts are the first characters Neutralize escapes: formula
// starts, and the apostrophe that marks an escaped cell.
const escapedStarts = formulaStarts + "'"

// Neutralize returns s made safe to open in a spreadsheet: a cell that
// starts like a formula, or with an apostrophe, gets an apostrophe in
// front. [Unneutralize] undoes it exactly, so files the tool both writes
// and reads (the ledger) round-trip.
func Neutralize(s string) string {
	if s != "" && strings.IndexByte(escapedStarts, s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// Unneutralize undoes [Neutralize]: it drops a leading apostrophe only when
// one was added, that is when a formula character or another apostrophe
// follows it, so a cell the person wrote as "'quoted'" stays as it is.
func Unneutralize(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.IndexByte(escapedStarts, s[1]) >= 0 {
		return s[1:]
	}
	return s
}

// A csvWriter writes CSV records with every cell neutralised.
type csvWriter struct {
	w   *csv.Writer
	buf []string
}

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{w: csv.NewWriter(w)} }

func (c *csvWriter) Write(cells ...string) error {
	c.buf = c.buf[:0]
	for _, s := range cells {
		c.buf = append(c.buf, Neutralize(s))
	}
	return c.w.Write(c.buf)
}

func (c *csvWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}
