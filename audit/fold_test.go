package audit

import "testing"

func TestFoldName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ada Lovelace", "ada lovelace"},
		{"  ADA   lovelace ", "ada lovelace"},
		{"Frédéric  O'Neil", "frederic oneil"},
		{"FREDERIC o’neil", "frederic oneil"},
		{"José García", "jose garcia"},
		{"🟢 Max Müller", "max muller"},
		{"Priya Nayak, MSc, MBA, PHR", "priya nayak"},
		{"Ada Lovelace PhD", "ada lovelace"},
		{"Ada Lovelace, PhD", "ada lovelace"},
		{"Dr Who", "dr who"},
		{"Mary Ellen Ma", "mary ellen ma"}, // Ma is a surname, not a degree
		{"Ada Lovelace Jr PhD MBA", "ada lovelace jr"},
		{"Ann PhD", "ann phd"}, // a credential is dropped only after two words
		{"Straße Weg", "strasse weg"},
		{"Ødegaard Nils", "ødegaard nils"},
		{"ﬁle Ａｄａ", "file ada"},
		{"Jean-Luc Picard", "jean luc picard"},
		{"李 小龍", "李 小龍"},
		{"!!!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := FoldName(tt.in); got != tt.want {
			t.Errorf("FoldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"José García", "jose-garcia"},
		{"🎉", "unnamed"},
		{"Trương Kỳ Bảo", "truong-ky-bao"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
