package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// TestUntracedNoteCap checks that a long list of typed keys names the
// first untracedListed with their lines and counts the others, and that
// the keys of rows the person added are named every one.
func TestUntracedNoteCap(t *testing.T) {
	var keys []audit.UnseenKey
	for i := range untracedListed + 2 {
		keys = append(keys, audit.UnseenKey{Line: i + 2, Key: fmt.Sprintf("linkedin:typo-%d", i)})
	}
	at := func(line int) string { return fmt.Sprintf("line %d", line) }
	got := untracedNote(untracedKeys{keys: keys}, at)
	if want := fmt.Sprintf("linkedin:typo-%d on ledger line %d, and 2 more, named once these are fixed)", untracedListed-1, untracedListed+1); !strings.Contains(got, want) {
		t.Errorf("untracedNote = %q, want it to contain %q", got, want)
	}
	if strings.Contains(got, fmt.Sprintf("typo-%d ", untracedListed)) {
		t.Errorf("untracedNote = %q names more than %d keys", got, untracedListed)
	}
	got = unseenNote(keys, at)
	if last := keys[len(keys)-1]; !strings.Contains(got, last.Key+" on ledger line "+fmt.Sprint(last.Line)+")") || strings.Contains(got, "more") {
		t.Errorf("unseenNote = %q, want every key named", got)
	}
}
