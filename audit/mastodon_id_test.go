package audit_test

import (
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// MastodonID gives the two forms of an internationalised domain one id,
// the ASCII (xn--) form Mastodon's export writes, and keeps as written
// (lower-cased as ASCII) what is no domain the conversion takes; it never
// panics.
func TestMastodonID(t *testing.T) {
	const tuttHay = "xn--69aa8bzb.xn--y9a3aq" // թութ.հայ
	for _, c := range []struct{ in, want string }{
		// ASCII, xn-- or not: lower-cased, nothing else.
		{"ani_k@xn--69aa8bzb.xn--y9a3aq", "ani_k@" + tuttHay},
		{"Ani_K@XN--69AA8BZB.XN--Y9A3AQ", "ani_k@" + tuttHay},
		{"Bob@Mastodon.Social", "bob@mastodon.social"},
		{"bob", "bob"},
		{"Bob", "bob"},
		{"bob@host.example:3000", "bob@host.example:3000"},
		{"a@xn--zz.example", "a@xn--zz.example"}, // no valid punycode, but ASCII: as written
		// Unicode: converted, whatever its case, width or normalisation.
		{"ani_k@թութ.հայ", "ani_k@" + tuttHay},
		{"Ani_K@ԹՈՒԹ.ՀԱՅ", "ani_k@" + tuttHay},
		{"ani_k@թութ。հայ", "ani_k@" + tuttHay}, // an ideographic full stop
		{"ani_k@xn--69aa8bzb.հայ", "ani_k@" + tuttHay},
		{"lea@café.example", "lea@xn--caf-dma.example"},
		{"lea@cafe\u0301.example", "lea@xn--caf-dma.example"}, // NFD, as macOS saves it
		{"lea@ＣＡＦÉ.example", "lea@xn--caf-dma.example"},       // full width
		{"lea@straße.de", "lea@xn--strae-oqa.de"},             // non-transitional: ß is kept
		{"lea@café.example:8443", "lea@xn--caf-dma.example:8443"},
		{"lea@ca_fé.example", "lea@xn--ca_f-epa.example"},
		// The user part is no domain: only its ASCII is lower-cased.
		{"Ánna@café.example", "Ánna@xn--caf-dma.example"},
		{"Ánna", "Ánna"},
		// Invalid: kept as written, ASCII lower-cased.
		{"lea@Café.example.", "lea@café.example."},
		{"lea@.café", "lea@.café"},
		{"lea@café..example", "lea@café..example"},
		{"lea@-café.example", "lea@-café.example"},
		{"lea@café-.example", "lea@café-.example"},
		{"lea@\u200dcafé.example", "lea@\u200dcafé.example"}, // a joiner out of place
		{"lea@b@café", "lea@b@café"},
		{"lea@café/x", "lea@café/x"},
		{"lea@café.example:", "lea@café.example:"},
		{"lea@café.example:8x", "lea@café.example:8x"},
		{"lea@:80", "lea@:80"},
		{"lea@", "lea@"},
		{"lea@\x80\xffé.com", "lea@\x80\xffé.com"}, // not UTF-8
		{"", ""},
		{"@", "@"},
	} {
		got := audit.MastodonID(c.in)
		if got != c.want {
			t.Errorf("MastodonID(%q) = %q, want %q", c.in, got, c.want)
		}
		// An id read back (from the ledger, the history) is itself.
		if again := audit.MastodonID(got); again != got {
			t.Errorf("MastodonID(%q) = %q, not itself", got, again)
		}
	}
}

// MastodonID of an ASCII id allocates nothing: the importer and the
// history call it on every Mastodon id of a million.
func TestMastodonIDASCIIAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _ = audit.MastodonID("ani_k@xn--69aa8bzb.xn--y9a3aq") }); n != 0 {
		t.Errorf("MastodonID of an ASCII id: %v allocations, want 0", n)
	}
}
