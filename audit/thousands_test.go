package audit_test

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

func TestThousands(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{
		{0, "0"},
		{7, "7"},
		{999, "999"},
		{1000, "1,000"},
		{5000, "5,000"},
		{49885, "49,885"},
		{100000, "100,000"},
		{812345, "812,345"},
		{1000000, "1,000,000"},
		{2000001, "2,000,001"},
		{-1, "-1"},
		{-999, "-999"},
		{-1000, "-1,000"},
		{-123456, "-123,456"},
		{-1000000, "-1,000,000"},
	} {
		if got := audit.Thousands(c.n); got != c.want {
			t.Errorf("Thousands(%d) = %q, want %q", c.n, got, c.want)
		}
	}
	// The ends of int: its digits, in groups of three after the first.
	for _, n := range []int{math.MaxInt, math.MinInt} {
		got := audit.Thousands(n)
		if plain := strings.ReplaceAll(got, ",", ""); plain != strconv.Itoa(n) {
			t.Errorf("Thousands(%d) = %q, not its digits", n, got)
		}
		groups := strings.Split(strings.TrimPrefix(got, "-"), ",")
		for i, g := range groups {
			if len(g) != 3 && (i > 0 || len(g) == 0 || len(g) > 3) {
				t.Errorf("Thousands(%d) = %q: group %q", n, got, g)
			}
		}
	}
}
