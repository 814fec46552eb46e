package audit

import (
	"slices"
	"strings"
	"testing"
)

func acc(network, id, name string) Account {
	return Account{Network: network, Relation: Following, ID: id, Name: name}
}

func withEmail(a Account, e string) Account { a.Email = e; return a }

func withHandle(a Account, h string) Account { a.Handle = h; return a }

// groups renders people as "key,key|key" sorted, for compact comparison.
func groups(people []*Person) string {
	var gs []string
	for _, p := range people {
		var ks []string
		for _, a := range p.Accounts {
			ks = append(ks, a.Key())
		}
		gs = append(gs, strings.Join(ks, ","))
	}
	slices.Sort(gs)
	return strings.Join(gs, " | ")
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name  string
		in    []Account
		known map[string]string
		want  string
		match map[string]string   // account key -> want Person.Match
		poss  map[string][]string // account key -> want Person.Possible
	}{{
		name: "same email across networks",
		in: []Account{
			withEmail(acc(LinkedIn, "ada", "Ada L."), "Ada@Example.org"),
			withEmail(acc(Facebook, "ada.1", "Ada Lovelace"), "ada@example.org "),
		},
		want:  "facebook:ada.1,linkedin:ada",
		match: map[string]string{"linkedin:ada": "email ada@example.org"},
	}, {
		name: "same folded name unique on both networks",
		in: []Account{
			acc(LinkedIn, "ds", "Dmitri Sokolov, PhD"),
			acc(Twitter, "1402", "dmitri  SOKOLOV"),
			acc(Facebook, "am.1", "Amélie Durand"),
			acc(Twitter, "1401", "Amelie Durand 🎨"),
		},
		want:  "facebook:am.1,twitter:1401 | linkedin:ds,twitter:1402",
		match: map[string]string{"twitter:1402": "same name dmitri sokolov", "twitter:1401": "same name amelie durand"},
	}, {
		name: "name ambiguous on one network is not merged but reported",
		in: []Account{
			acc(Facebook, "chloe-martin.1", "Chloé Martin"),
			acc(Facebook, "chloe-martin.2", "Chloé Martin"),
			acc(LinkedIn, "chloe-martin-77", "Chloe Martin"),
		},
		want: "facebook:chloe-martin.1 | facebook:chloe-martin.2 | linkedin:chloe-martin-77",
		poss: map[string][]string{
			"linkedin:chloe-martin-77": {"facebook:chloe-martin.1", "facebook:chloe-martin.2"},
			"facebook:chloe-martin.1":  {"linkedin:chloe-martin-77"}, // namesakes on one network are not possible matches
		},
	}, {
		name: "a network sharing the name stays out; the others still merge",
		in: []Account{
			acc(Facebook, "js.1", "John Smith"),
			acc(LinkedIn, "jsmith", "John Smith"),
			acc(Twitter, "7", "John Smith"),
			acc(Twitter, "8", "John Smith"),
		},
		want:  "facebook:js.1,linkedin:jsmith | twitter:7 | twitter:8",
		match: map[string]string{"linkedin:jsmith": "same name john smith"},
		poss:  map[string][]string{"twitter:7": {"facebook:js.1", "linkedin:jsmith"}},
	}, {
		name: "never two accounts of one network, even by email",
		in: []Account{
			withEmail(acc(LinkedIn, "a", "Ann One"), "x@example.org"),
			withEmail(acc(LinkedIn, "b", "Ann Two"), "x@example.org"),
		},
		want: "linkedin:a | linkedin:b",
	}, {
		// A family's address on two LinkedIn connections: which of them
		// the Facebook friend is, it does not say.
		name: "an email two accounts of one network share merges nobody",
		in: []Account{
			withEmail(acc(LinkedIn, "anna-berg", "Anna Berg"), "family@berg.example"),
			withEmail(acc(LinkedIn, "bo-berg", "Bo Berg"), "family@berg.example"),
			withEmail(acc(Facebook, "bo-b.1500000000", "Bo B."), "Family@Berg.example"),
		},
		want: "facebook:bo-b.1500000000 | linkedin:anna-berg | linkedin:bo-berg",
	}, {
		name: "transitive evidence cannot join two accounts of one network",
		in: []Account{
			withEmail(acc(LinkedIn, "a", "Sam Lee"), "sam@example.org"),
			withEmail(acc(Facebook, "s.1", "Sam Lee"), "sam@example.org"),
			acc(Twitter, "9", "Sam Lee"),
			acc(Twitter, "10", "Sam Lee"),
		},
		want: "facebook:s.1,linkedin:a | twitter:10 | twitter:9",
	}, {
		name: "one word is not a full name",
		in:   []Account{acc(LinkedIn, "c", "Acme"), acc(Twitter, "1", "ACME")},
		want: "linkedin:c | twitter:1",
	}, {
		// Their folds have two words, but they are one name: as common
		// as a first name alone.
		name: "a hyphenated first name or initials are not a full name",
		in: []Account{
			acc(Facebook, "jean-luc.1", "Jean-Luc"), acc(Twitter, "1", "Jean-Luc"),
			acc(Facebook, "jr.2", "J.R."), acc(Twitter, "2", "J. R."),
			acc(Facebook, "js.3", "J. Smith"), acc(Twitter, "3", "J Smith"),
			// Nor does a one-word name join a full name of the same fold.
			acc(LinkedIn, "mary-jane", "Mary-Jane"), acc(Twitter, "4", "Mary Jane"),
		},
		want: "facebook:jean-luc.1 | facebook:jr.2 | facebook:js.3 | linkedin:mary-jane | twitter:1 | twitter:2 | twitter:3 | twitter:4",
	}, {
		// "Jean-Luc" folds as "Jean Luc" does: that name has two
		// accounts on Facebook, which stays out of the merge, though one
		// of them is no full name.
		name: "a namesake of one name keeps its network out",
		in: []Account{
			acc(Facebook, "jean-luc.1", "Jean-Luc"), acc(Facebook, "jean-luc.2", "Jean Luc"), acc(Twitter, "1", "Jean Luc"),
		},
		want: "facebook:jean-luc.1 | facebook:jean-luc.2 | twitter:1",
	}, {
		name: "a full name with a hyphen, initials or accents in marks",
		in: []Account{
			acc(Facebook, "jlp.1", "Jean-Luc Picard"), acc(Twitter, "1", "jean luc PICARD"),
			acc(Facebook, "mjb.2", "Mary J. Blige"), acc(Twitter, "2", "mary j blige"),
			acc(Facebook, "el.3", "E\u0301lodie Li"), acc(Twitter, "3", "Élodie Li"),
			acc(Facebook, "ww.4", "王 伟"), acc(Twitter, "4", "王 伟"),
		},
		want: "facebook:el.3,twitter:3 | facebook:jlp.1,twitter:1 | facebook:mjb.2,twitter:2 | facebook:ww.4,twitter:4",
	}, {
		// Different Anns on each network, whose names have a second word
		// that says nothing of who they are.
		name: "a title, credential, pronouns or tagline do not make a full name",
		in: []Account{
			acc(Facebook, "dr-ann.1", "Dr. Ann"), acc(Twitter, "1", "Dr Ann"),
			acc(Facebook, "ann-phd.2", "Ann PhD"), acc(Twitter, "2", "ANN PHD"),
			acc(Facebook, "ana-she-her.3", "Ana (she/her) 🌈"), acc(Twitter, "3", "Ana she/her"),
			acc(LinkedIn, "ann-designer", "Ann | Designer"), acc(Twitter, "4", "Ann - Designer"),
			acc(LinkedIn, "ann-jr", "Ann Jr."), acc(Twitter, "5", "Ann Jr"),
			acc(LinkedIn, "ann-42", "Ann 42"), acc(Twitter, "6", "Ann 42"),
			acc(Facebook, "y-cohen.7", "י. כהן"), acc(Twitter, "7", "י כהן"),
		},
		want: "facebook:ana-she-her.3 | facebook:ann-phd.2 | facebook:dr-ann.1 | facebook:y-cohen.7 | linkedin:ann-42 | linkedin:ann-designer | linkedin:ann-jr | " +
			"twitter:1 | twitter:2 | twitter:3 | twitter:4 | twitter:5 | twitter:6 | twitter:7",
	}, {
		name: "a full name with a title, credential or pronouns still joins its like",
		in: []Account{
			acc(Facebook, "dr-ann-lee.1", "Dr. Ann Lee"), acc(Twitter, "1", "Dr Ann Lee"),
			acc(Facebook, "ana-ruiz.2", "Ana Ruiz (she/her)"), acc(Twitter, "2", "ana ruiz (SHE/HER)"),
			acc(Facebook, "ram.3", "राम शर्मा"), acc(Twitter, "3", "राम शर्मा"),
			// A title before a full name is dropped, not before a first name alone.
			acc(LinkedIn, "bo-lind", "Prof. Dr. Bo Lind"), acc(Facebook, "bo-lind.4", "Bo Lind"),
			acc(LinkedIn, "cy", "Dr. Cy"), acc(Facebook, "cy.5", "Cy"),
		},
		want: "facebook:ana-ruiz.2,twitter:2 | facebook:bo-lind.4,linkedin:bo-lind | facebook:cy.5 | facebook:dr-ann-lee.1,twitter:1 | facebook:ram.3,twitter:3 | linkedin:cy",
	}, {
		// Their folds were alike: the voicing mark of a kana and the
		// vowel sign of Devanagari were dropped as accents.
		name: "names that differ by a mark of their script are other names",
		in: []Account{
			acc(Facebook, "daisuke.1", "たなか だいすけ"), acc(Twitter, "1", "たなか たいすけ"),
			acc(Facebook, "raju.2", "राजू कुमार"), acc(Twitter, "2", "राज कुमार"),
			acc(Facebook, "somchai.3", "สมชาย ใจดี"), acc(Twitter, "3", "สมชาย ใจด"),
			// The same name still joins, accents or none in other scripts.
			acc(Facebook, "nikos.4", "Νίκος Παπάς"), acc(Twitter, "4", "ΝΙΚΟΣ ΠΑΠΑΣ"),
			acc(Facebook, "cohen.5", "יַעֲקֹב כֹּהֵן"), acc(Twitter, "5", "יעקב כהן"),
		},
		want: "facebook:cohen.5,twitter:5 | facebook:daisuke.1 | facebook:nikos.4,twitter:4 | facebook:raju.2 | facebook:somchai.3 | twitter:1 | twitter:2 | twitter:3",
	}, {
		// A company followed on LinkedIn is not the friend named as it;
		// its own account elsewhere may be, so both are listed.
		name: "a LinkedIn company is not merged by name",
		in: []Account{
			acc(LinkedIn, "company.morgan-stanley", "Morgan Stanley"), acc(Facebook, "morgan-stanley.1", "Morgan Stanley"),
			acc(LinkedIn, "company.acme-corp", "Acme Corp"), acc(Twitter, "1", "ACME Corp"),
		},
		want: "facebook:morgan-stanley.1 | linkedin:company.acme-corp | linkedin:company.morgan-stanley | twitter:1",
		poss: map[string][]string{
			"facebook:morgan-stanley.1":       {"linkedin:company.morgan-stanley"},
			"linkedin:company.morgan-stanley": {"facebook:morgan-stanley.1"},
			"twitter:1":                       {"linkedin:company.acme-corp"},
		},
	}, {
		// Names written surname first fold to the surname alone.
		name: "a name with more than credentials after its comma is not a full name",
		in: []Account{
			acc(Facebook, "garcia-lopez.1", "García López, María"), acc(Twitter, "1", "Garcia Lopez, Jose"),
			acc(Facebook, "van-der-berg.2", "van der Berg, Anna"), acc(Twitter, "2", "Van der Berg, J."),
			acc(Facebook, "dmitri.3", "Dmitri Sokolov, PhD, MBA"), acc(Twitter, "3", "Dmitri Sokolov"),
		},
		want: "facebook:dmitri.3,twitter:3 | facebook:garcia-lopez.1 | facebook:van-der-berg.2 | twitter:1 | twitter:2",
	}, {
		// The same name in capitals and not: I is the capital of ı.
		name: "a Turkish name in capitals joins it in lower case",
		in: []Account{
			acc(Facebook, "isik.1", "Işık Yıldız"), acc(LinkedIn, "isik-yildiz", "IŞIK YILDIZ"),
			acc(Facebook, "ipek.2", "İpek Aydın"), acc(Twitter, "2", "Ipek Aydin"),
		},
		want: "facebook:ipek.2,twitter:2 | facebook:isik.1,linkedin:isik-yildiz",
	}, {
		// Gmail delivers all of these to one mailbox; elsewhere a dot
		// or a + may make another person's address.
		name: "the same Gmail mailbox, with dots or a +tag",
		in: []Account{
			withEmail(acc(LinkedIn, "ann", "Ann L."), " Ann.Lee+linkedin@Gmail.com"),
			withEmail(acc(Facebook, "ann.1", "Ann"), "annlee@googlemail.com"),
			withEmail(acc(LinkedIn, "bo", "Bo K."), "bo.k@example.org"),
			withEmail(acc(Facebook, "bo.2", "Bo"), "bok@example.org"),
			withEmail(acc(LinkedIn, "cy", "Cy"), "+x@gmail.com"),
			withEmail(acc(Facebook, "cy.3", "Cy"), "@gmail.com"),
			withEmail(acc(LinkedIn, "dee", "Dee"), "@example.org"),
			withEmail(acc(Facebook, "dee.4", "Dee"), "@example.org"),
		},
		want:  "facebook:ann.1,linkedin:ann | facebook:bo.2 | facebook:cy.3 | facebook:dee.4 | linkedin:bo | linkedin:cy | linkedin:dee",
		match: map[string]string{"linkedin:ann": "email annlee@gmail.com"},
	}, {
		// Vietnamese tones tell the names apart; FoldName drops them.
		name: "names that differ in their accents are not merged, only listed",
		in: []Account{
			acc(Facebook, "thuy.1", "Nguyễn Thị Thủy"), acc(Twitter, "1", "Nguyễn Thị Thúy"),
			acc(Facebook, "lan.2", "Trần Thị Lan"), acc(Twitter, "2", "Tran Thi Lan"),
			acc(Facebook, "pena.3", "Ana Peña"), acc(LinkedIn, "ana-pena", "ANA PEÑA"), acc(Twitter, "3", "Ana Pena"),
			acc(Facebook, "nikos.4", "Νίκος Παπάς"), acc(Twitter, "4", "ΝΊΚΟΣ ΠΑΠΆΣ"),
			// An emoji's variation selector is no accent.
			acc(Facebook, "ann.5", "Ann ❤️ Lee"), acc(Twitter, "5", "Ann Lee ❤️"),
		},
		want: "facebook:ann.5,twitter:5 | facebook:lan.2,twitter:2 | facebook:nikos.4,twitter:4 | facebook:pena.3,linkedin:ana-pena,twitter:3 | facebook:thuy.1 | twitter:1",
		poss: map[string][]string{"facebook:thuy.1": {"twitter:1"}},
	}, {
		// Letters with no decomposition are typed without their stroke
		// where a keyboard lacks them: the same names. Written with two
		// different such letters, they are two names, as with accents.
		name: "names written without ł, ø or đ are merged",
		in: []Account{
			acc(Facebook, "lukasz.1", "Łukasz Wójcik"), acc(Twitter, "1", "Lukasz Wojcik"),
			acc(LinkedIn, "soren-lund", "Søren Lund"), acc(Twitter, "2", "Soren Lund"),
			acc(Facebook, "dang.3", "Đặng Văn Minh"), acc(Instagram, "dang", "Dang Van Minh"),
			acc(Facebook, "aeso.4", "Æsa Holm"), acc(Twitter, "4", "Aesa Holm"),
			acc(Facebook, "sren.5", "Søren Berg"), acc(Twitter, "5", "Sören Berg"),
		},
		want: "facebook:aeso.4,twitter:4 | facebook:dang.3,instagram:dang | facebook:lukasz.1,twitter:1 | facebook:sren.5 | linkedin:soren-lund,twitter:2 | twitter:5",
		poss: map[string][]string{"facebook:sren.5": {"twitter:5"}},
	}, {
		name: "pronouns beside a full name are not part of it",
		in: []Account{
			acc(LinkedIn, "ana-garcia", "Ana García (she/her)"), acc(Twitter, "1", "Ana Garcia 🌈 she/they"),
			acc(Facebook, "bo.2", "Bo Lind"), acc(Instagram, "bo", "he/him Bo Lind"),
		},
		want: "facebook:bo.2,instagram:bo | linkedin:ana-garcia,twitter:1",
	}, {
		name: "a tagline after a bar is not part of the name",
		in: []Account{
			acc(LinkedIn, "ann-lee", "Ann Lee"), acc(Twitter, "1", "Ann Lee | Designer"),
			acc(Facebook, "bo.2", "Bo Lind"), acc(Instagram, "bo", "Bo Lind • Oslo 🇳🇴"),
		},
		want: "facebook:bo.2,instagram:bo | linkedin:ann-lee,twitter:1",
	}, {
		// A channel's title is most often a creator's or a brand's: the
		// connection Sam Lee is not the channel "Sam Lee" on that alone.
		name: "a YouTube channel is not merged by name, only listed",
		in: []Account{
			acc(LinkedIn, "sam-lee-42", "Sam Lee"), acc(YouTube, "UCbbbbbbbbbbbbbbbbbbbbbb", "Sam Lee"),
			acc(Facebook, "ann-roe.1", "Ann Roe"), acc(YouTube, "UCcccccccccccccccccccccc", "ANN ROE"),
			acc(Twitter, "7", "Bo Lind 🎸"), acc(YouTube, "UCdddddddddddddddddddddd", "Bo Lind"),
		},
		want: "facebook:ann-roe.1 | linkedin:sam-lee-42 | twitter:7 | youtube:UCbbbbbbbbbbbbbbbbbbbbbb | youtube:UCcccccccccccccccccccccc | youtube:UCdddddddddddddddddddddd",
		match: map[string]string{
			"linkedin:sam-lee-42": "", "youtube:UCbbbbbbbbbbbbbbbbbbbbbb": "",
			"facebook:ann-roe.1": "", "twitter:7": "",
		},
		poss: map[string][]string{
			"linkedin:sam-lee-42":              {"youtube:UCbbbbbbbbbbbbbbbbbbbbbb"},
			"youtube:UCbbbbbbbbbbbbbbbbbbbbbb": {"linkedin:sam-lee-42"},
			"facebook:ann-roe.1":               {"youtube:UCcccccccccccccccccccccc"},
			"youtube:UCcccccccccccccccccccccc": {"facebook:ann-roe.1"},
			"twitter:7":                        {"youtube:UCdddddddddddddddddddddd"},
			"youtube:UCdddddddddddddddddddddd": {"twitter:7"},
		},
	}, {
		// The channel stays out; the networks whose accounts are people
		// merge by the name as before, and the channel is listed on them.
		name: "a YouTube channel stays out of a name's merge of other networks",
		in: []Account{
			acc(LinkedIn, "sam-lee-42", "Sam Lee"), acc(Facebook, "sam.lee.3", "Sam Lee"), acc(YouTube, "UCbbbbbbbbbbbbbbbbbbbbbb", "Sam Lee"),
		},
		want:  "facebook:sam.lee.3,linkedin:sam-lee-42 | youtube:UCbbbbbbbbbbbbbbbbbbbbbb",
		match: map[string]string{"linkedin:sam-lee-42": "same name sam lee"},
		poss: map[string][]string{
			"linkedin:sam-lee-42":              {"youtube:UCbbbbbbbbbbbbbbbbbbbbbb"},
			"youtube:UCbbbbbbbbbbbbbbbbbbbbbb": {"facebook:sam.lee.3", "linkedin:sam-lee-42"},
		},
	}, {
		// Written with other accents, the channel kept the two others
		// apart when it was part of the merge; it is not.
		name: "a YouTube channel's accents do not keep other networks apart",
		in: []Account{
			acc(Facebook, "thuy.1", "Nguyễn Thị Thủy"), acc(Twitter, "1", "Nguyễn Thị Thủy"), acc(YouTube, "UCeeeeeeeeeeeeeeeeeeeeee", "Nguyễn Thị Thúy"),
		},
		want:  "facebook:thuy.1,twitter:1 | youtube:UCeeeeeeeeeeeeeeeeeeeeee",
		match: map[string]string{"twitter:1": "same name nguyen thi thuy"},
		poss:  map[string][]string{"youtube:UCeeeeeeeeeeeeeeeeeeeeee": {"facebook:thuy.1", "twitter:1"}},
	}, {
		// The person joins them by listing both keys on one ledger row.
		name:  "a YouTube channel and a namesake the ledger lists on one row are joined",
		in:    []Account{acc(LinkedIn, "sam-lee-42", "Sam Lee"), acc(YouTube, "UCbbbbbbbbbbbbbbbbbbbbbb", "Sam Lee")},
		known: map[string]string{"linkedin:sam-lee-42": "p1", "youtube:UCbbbbbbbbbbbbbbbbbbbbbb": "p1"},
		want:  "linkedin:sam-lee-42,youtube:UCbbbbbbbbbbbbbbbbbbbbbb",
		match: map[string]string{"linkedin:sam-lee-42": "ledger"},
		poss:  map[string][]string{"linkedin:sam-lee-42": nil},
	}, {
		// A ledger row of the connection alone: the channel is still
		// not joined to it by the name.
		name:  "a YouTube channel does not join a ledger row by name",
		in:    []Account{acc(LinkedIn, "sam-lee-42", "Sam Lee"), acc(YouTube, "UCbbbbbbbbbbbbbbbbbbbbbb", "Sam Lee")},
		known: map[string]string{"linkedin:sam-lee-42": "p1"},
		want:  "linkedin:sam-lee-42 | youtube:UCbbbbbbbbbbbbbbbbbbbbbb",
		poss:  map[string][]string{"youtube:UCbbbbbbbbbbbbbbbbbbbbbb": {"linkedin:sam-lee-42"}},
	}, {
		// Only the channel's name is no evidence: a ledger row of the
		// channel and the connection takes the Facebook friend of their
		// name by the friend's and the connection's.
		name:  "a ledger row with a YouTube channel takes another network's namesake by its own",
		in:    []Account{acc(LinkedIn, "sam-lee-42", "Sam Lee"), acc(YouTube, "UCbbbbbbbbbbbbbbbbbbbbbb", "Sam Lee"), acc(Facebook, "sam.lee.3", "Sam Lee")},
		known: map[string]string{"linkedin:sam-lee-42": "p1", "youtube:UCbbbbbbbbbbbbbbbbbbbbbb": "p1"},
		want:  "facebook:sam.lee.3,linkedin:sam-lee-42,youtube:UCbbbbbbbbbbbbbbbbbbbbbb",
		match: map[string]string{"linkedin:sam-lee-42": "same name sam lee"},
	}, {
		name:  "ledger grouping wins: split stays split",
		in:    []Account{acc(Facebook, "a.1", "Amy Poe"), acc(LinkedIn, "amy", "Amy Poe")},
		known: map[string]string{"facebook:a.1": "p1", "linkedin:amy": "p2"},
		want:  "facebook:a.1 | linkedin:amy",
	}, {
		// The person split two namesakes onto rows of their own: the name
		// is two people's, whatever each network holds, and an account
		// of it new elsewhere may be either. Joined to the first row found
		// it took that row's notes (marked toxic: unfollowed), which may be
		// the other person's; it is their possible match instead.
		name:  "a name the ledger gives two people joins a new account to neither",
		in:    []Account{acc(Facebook, "a.1", "Amy Poe"), acc(LinkedIn, "amy", "Amy Poe"), acc(Twitter, "7", "Amy Poe")},
		known: map[string]string{"facebook:a.1": "p1", "linkedin:amy": "p2"},
		want:  "facebook:a.1 | linkedin:amy | twitter:7",
		poss:  map[string][]string{"twitter:7": {"facebook:a.1", "linkedin:amy"}},
	}, {
		// Two Facebook friends of the name keep Facebook out of the merge,
		// and the person joined the second to the Twitter/X account: two
		// rows of the name, and the new connection may be either's.
		name:  "a name shared on one network and on two ledger rows joins a new account to neither",
		in:    []Account{acc(Facebook, "a.1", "Amy Poe"), acc(Facebook, "a.2", "Amy Poe"), acc(Twitter, "7", "Amy Poe"), acc(LinkedIn, "amy", "Amy Poe")},
		known: map[string]string{"facebook:a.1": "p1", "facebook:a.2": "p2", "twitter:7": "p2"},
		want:  "facebook:a.1 | facebook:a.2,twitter:7 | linkedin:amy",
		poss:  map[string][]string{"linkedin:amy": {"facebook:a.1", "facebook:a.2", "twitter:7"}},
	}, {
		// Two new accounts of such a name join each other, as they would
		// without a ledger: no row's notes decide for them.
		name:  "new accounts of a name on two ledger rows still join each other",
		in:    []Account{acc(Facebook, "a.1", "Amy Poe"), acc(Facebook, "a.2", "Amy Poe"), acc(Twitter, "7", "Amy Poe"), acc(LinkedIn, "amy", "Amy Poe")},
		known: map[string]string{"facebook:a.1": "p1", "facebook:a.2": "p2"},
		want:  "facebook:a.1 | facebook:a.2 | linkedin:amy,twitter:7",
		match: map[string]string{"twitter:7": "same name amy poe"},
	}, {
		// One row of the name: nothing says it is two people's.
		name:  "a name the ledger gives one person still joins a new account",
		in:    []Account{acc(Facebook, "a.1", "Amy Poe"), acc(LinkedIn, "amy", "Amy Poe"), acc(Twitter, "7", "Amy Poe")},
		known: map[string]string{"facebook:a.1": "p1", "linkedin:amy": "p1"},
		want:  "facebook:a.1,linkedin:amy,twitter:7",
		match: map[string]string{"twitter:7": "same name amy poe"},
	}, {
		// Two Facebook friends whose names fold alike but write the tones
		// apart are two names (see accentsDiffer), not one name the ledger
		// gives two people: the row of Thủy, with her Twitter/X account,
		// is the only one of her name, and her new connection joins it.
		name: "a name on two ledger rows only as folded still joins a new account to the row of its accents",
		in: []Account{acc(Facebook, "a.1", "Nguyễn Thị Thủy"), acc(Facebook, "a.2", "Nguyễn Thị Thúy"),
			acc(Twitter, "7", "Nguyễn Thị Thủy"), acc(LinkedIn, "thuy", "Nguyễn Thị Thủy")},
		known: map[string]string{"facebook:a.1": "p1", "twitter:7": "p1", "facebook:a.2": "p2"},
		want:  "facebook:a.1,linkedin:thuy,twitter:7 | facebook:a.2",
		match: map[string]string{"linkedin:thuy": "same name nguyen thi thuy"},
	}, {
		name:  "ledger grouping wins: joined stays joined",
		in:    []Account{acc(Facebook, "a.1", "Amy Poe"), acc(LinkedIn, "amy", "Amelia Poe")},
		known: map[string]string{"facebook:a.1": "p1", "linkedin:amy": "p1"},
		want:  "facebook:a.1,linkedin:amy",
		match: map[string]string{"linkedin:amy": "ledger"},
	}, {
		name:  "a new account joins a known person on strong evidence",
		in:    []Account{acc(Facebook, "a.1", "Amy Poe"), acc(Twitter, "7", "Amy Poe")},
		known: map[string]string{"facebook:a.1": "p1"},
		want:  "facebook:a.1,twitter:7",
	}, {
		name: "same handle on Twitter and Instagram",
		in: []Account{
			withHandle(acc(Twitter, "1401", ""), "Amelie_D"),
			withHandle(acc(Instagram, "amelie_d", ""), "amelie_d"),
			withHandle(acc(Mastodon, "amelie_d@mastodon.social", ""), "amelie_d@mastodon.social"),
		},
		want:  "mastodon:amelie_d@mastodon.social | twitter:1401,instagram:amelie_d",
		match: map[string]string{"twitter:1401": "same handle @amelie_d"},
		poss:  map[string][]string{"mastodon:amelie_d@mastodon.social": {"instagram:amelie_d", "twitter:1401"}},
	}, {
		name: "a short or ambiguous handle is not evidence",
		in: []Account{
			withHandle(acc(Twitter, "1", ""), "ana"),
			withHandle(acc(Instagram, "ana", ""), "ana"),
			withHandle(acc(Twitter, "2", ""), "kofi_m"),
			withHandle(acc(Instagram, "kofi_m", ""), "kofi_m"),
			withHandle(acc(Instagram, "kofi_m2", ""), "KOFI_M"),
		},
		want: "instagram:ana | instagram:kofi_m | instagram:kofi_m2 | twitter:1 | twitter:2",
		poss: map[string][]string{"twitter:2": {"instagram:kofi_m", "instagram:kofi_m2"}},
	}, {
		// Joining an account that only follows you to someone changes no
		// decision: it has none, and no ledger row lists it. So it is
		// nobody's possible match, and has none of its own.
		name: "an account that only follows you is no possible match",
		in: []Account{
			acc(Twitter, "1", "Sam Lee"),
			{Network: Facebook, Relation: Follower, ID: "sam-lee", Name: "Sam Lee"},
			{Network: Facebook, Relation: Friend, ID: "sam-lee.1580721342", Name: "Sam Lee"},
			withHandle(acc(Twitter, "2", ""), "kofi_m"),
			withHandle(Account{Network: Mastodon, Relation: Follower, ID: "kofi_m@social.example", Name: ""}, "kofi_m@social.example"),
			withHandle(acc(Instagram, "noor.h", ""), "noor.h"),
			withHandle(Account{Network: Mastodon, Relation: Follower, ID: "noor.h@social.example"}, "noor.h@social.example"),
			withHandle(acc(Mastodon, "noor.h@other.example", ""), "noor.h@other.example"),
		},
		want: "facebook:sam-lee | facebook:sam-lee.1580721342 | instagram:noor.h | mastodon:kofi_m@social.example | mastodon:noor.h@other.example | mastodon:noor.h@social.example | twitter:1 | twitter:2",
		poss: map[string][]string{
			"twitter:1":                      {"facebook:sam-lee.1580721342"},
			"facebook:sam-lee.1580721342":    {"twitter:1"},
			"facebook:sam-lee":               nil,
			"twitter:2":                      nil,
			"mastodon:kofi_m@social.example": nil,
			"instagram:noor.h":               {"mastodon:noor.h@other.example"},
			"mastodon:noor.h@other.example":  {"instagram:noor.h"},
			"mastodon:noor.h@social.example": nil,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			people := Merge(tt.in, knownOf(tt.known))
			if got := groups(people); got != tt.want {
				t.Fatalf("groups:\n got %s\nwant %s", got, tt.want)
			}
			byKey := map[string]*Person{}
			for _, p := range people {
				for _, a := range p.Accounts {
					byKey[a.Key()] = p
				}
			}
			for k, want := range tt.match {
				if got := byKey[k].Match(); got != want {
					t.Errorf("match of %s = %q, want %q", k, got, want)
				}
			}
			for k, want := range tt.poss {
				if got := byKey[k].Possible(); !slices.Equal(got, want) {
					t.Errorf("possible of %s = %q, want %q", k, got, want)
				}
			}
			for k, pid := range tt.known {
				if got := byKey[k].ID; got != pid {
					t.Errorf("person id of %s = %q, want the known %q", k, got, pid)
				}
			}
		})
	}
}

func TestFullName(t *testing.T) {
	for name, want := range map[string]bool{
		"Ada Lovelace":      true,
		"Jean-Luc Picard":   true,
		"Mary J. Blige":     true,
		"O'Brien Ng":        true,
		"王 伟":               true,
		"Élodie Li":         true,
		"E\u0301lodie Li":   true, // the accent as a combining mark
		"Ada\u00a0Lovelace": true, // a no-break space
		"Ada":               false,
		"Jean-Luc":          false,
		"J.R.":              false,
		"J. R.":             false,
		"J. Smith":          false,
		"J.R.R. Tolkien":    false,
		"Ada 3":             false,
		// One name with what decorates it: as common as the name alone.
		"Dr. Ann":         false,
		"MR ANN":          false,
		"Prof Ann":        false,
		"Ann PhD":         false,
		"Ann Ph.D.":       false,
		"Ann Jr.":         false,
		"Ann III":         false,
		"Ann 42":          false,
		"Ana (she/her) 🌈": false,
		"Ana she/her":     false,
		"Ann [he/him]":    false,
		"Ann | Designer":  false,
		"Ann｜Designer":    false,
		"Ann - Designer":  false,
		"Ann • NYC":       false,
		"Ann, Lee":        false,
		// After a comma, only credentials: the fold drops what is there.
		"Ann Lee, PhD":                 true,
		"Ann Lee, M.D., MBA":           true,
		"Ann Lee, Jr.":                 true,
		"Ann Lee, she/her":             true,
		"Ann Lee, 🌈":                   true,
		"García López, María José":     false,
		"Van der Berg, A.":             false,
		"VAN DER BERG, ANNA":           false,
		"Ann Lee, Designer":            false,
		"Ann Lee, CEO":                 true,
		"Ann Lee, SHRM-CP":             true,
		"Ann Lee, PhD, CISSP":          true,
		"Lee, ANNA":                    false,
		"Ann Lee, Ma":                  true,
		"Ann Lee, PhD, Data Scientist": false,
		"Ann Lee (she/her), Jr":        true,
		"י. כהן":                       false, // an initial in Hebrew
		"ع. حسن":                       false,
		"Dr. Ann Lee":                  true,
		"Ann Lee PhD":                  true,
		"Ann Lee (she/her)":            true,
		"Ann Lee | Designer":           true,
		"• Ann Lee •":                  true, // adorned, not cut
		"| Ann | Lee":                  false,
		"- Ann Lee -":                  true,
		"~ Ann Lee ~ Oslo":             true,
		"Ann Lee-Smith":                true,
		"Ann Ma":                       true, // a surname, not a degree
		"Ann Ng":                       true,
		"יעל כהן":                      true,
		"محمد علي":                     true,
		"राम शर्मा":                    true, // vowel signs do not split a word
		"김 민":                          true,
		"김민준":                          false, // no space: given name or full, it does not say
		"たなか だいすけ":                     true,
		"ゆ か":                          false, // kana alone are syllables, not names
		"ア リ":                          false,
		"山田 太":                         true,
		"Ann\u200bLee":                 false,
		"  Ada  ":                      false,
		"":                             false,
	} {
		if got := fullName(name); got != want {
			t.Errorf("fullName(%q) = %v, want %v", name, got, want)
		}
	}
}
