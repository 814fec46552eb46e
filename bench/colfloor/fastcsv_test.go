package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// fastCSV reads every input encoding/csv reads (FieldsPerRecord -1, no
// lazy quotes) as the same records, and refuses what encoding/csv
// refuses.
func FuzzFastCSV(f *testing.F) {
	for _, s := range []string{
		"a,b,c\n1,2,3\n",
		"Notes:\n\"long, quoted\n\"\"note\"\"\"\n\nFirst Name,Last Name\nAda,\"Love, lace\"\r\n",
		"a,\"b\r\nc\",d\r\n\r\n\nx\r",
		"\"unterminated\n",
		"bare\"quote\n",
		"\"a\"b,c\n",
		",,\n,\n\"\"\n",
		"last line without end",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		want, wantErr := readAll(in)
		var got [][]string
		r := newFastCSV(strings.NewReader(in))
		var gotErr error
		for {
			rec, err := r.read()
			if err == io.EOF {
				break
			}
			if err != nil {
				gotErr = err
				break
			}
			fields := make([]string, len(rec))
			for i, b := range rec {
				fields[i] = string(b)
			}
			got = append(got, fields)
		}
		if (gotErr != nil) != (wantErr != nil) {
			t.Fatalf("%q: error %v, encoding/csv's %v", in, gotErr, wantErr)
		}
		if gotErr == nil && !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: records %q, encoding/csv's %q", in, got, want)
		}
	})
}

// readAll reads in with encoding/csv as colfloor does.
func readAll(in string) ([][]string, error) {
	r := csv.NewReader(bytes.NewReader([]byte(in)))
	r.FieldsPerRecord = -1
	var out [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
}
