package audit_test

import (
	"strings"
	"testing"

	"github.com/unfollow-audit/unfollow-audit/audit"
)

// Close takes the words for a relative or a friend, in English and the
// languages whose yes and no the ledger reads, in any case, with or
// without accents, after a word or two that say how close or which one;
// never a word that undoes the relationship or makes it someone else's.
func TestClose(t *testing.T) {
	close := []string{
		// family and friend, as before
		"friend", "Friends", " FAMILY ", "famille", "Família", "fami\u0301lia", "Freundin", "amigos", "vriendinnen",
		// English relatives
		"sister", "Sister", "sisters", "mum", "Mom", "dad", "mother", "fathers", "parents", "son", "children",
		"siblings", "brother", "grandparents", "grandma", "grandchildren", "aunt", "auntie", "uncles",
		"cousin", "nieces", "nephew", "in-laws", "in-law", "my in-laws", "mother-in-law", "Sisters-in-law", "wife", "husband",
		"spouse", "fiancée", "stepmother", "step-mother", "half-sister", "great-grandmother",
		"great-great-grandmother", "great aunt", "big sister", "big\r\nsister", "little brother",
		"second cousin", "first cousin", "my second cousins", "First Cousin", "my cousin", "twin", "relatives", "family member",
		// "first" and "second" say which child as well as which cousin
		"first son", "second daughter", "my first grandchild", "a second child",
		// English friends
		"best friend", "Best Friends", "old friends", "close friend", "childhood friend", "my best friend",
		"good friend", "great friend", "dear friend", "true friend", "oldest friend",
		// French
		"meilleure amie", "meilleur ami", "vieil ami", "vieille amie", "bonne amie", "cousine", "sœur",
		"Sœur", "SOEUR", "soeur", "grand-mère", "grands-parents", "petit-fils", "petite-fille",
		"arrière-grand-mère", "belle-sœur", "beau-père", "demi-frère", "ma sœur", "mon frère",
		"ami d'enfance", "amie d’enfance", "petite amie", "mari", "épouse", "tante", "neveu", "nièce",
		// French in-laws and aunts in the words a family says: son-in-law,
		// daughter-in-law (belle-fille is taken already), auntie
		"gendre", "mon gendre", "bru", "ma bru", "tatie", "Tata", "ma tata",
		// German
		"Schwester", "beste Freundin", "bester Freund", "alter Freund", "gute Freunde", "Großmutter",
		"Grossmutter", "GROẞMUTTER", "große Schwester", "kleiner Bruder", "ältere Schwester",
		"Schwiegermutter", "Kindheitsfreundin", "meine Schwester", "Enkelin", "Ehefrau", "Cousine", "Tante",
		// Spanish
		"hermana", "mejor amigo", "viejo amigo", "buena amiga", "prima", "tía", "abuela", "hermana mayor",
		"mi hermano", "cuñada", "amigo de la infancia", "mejores amigas", "mamá",
		// Italian
		"sorella", "migliore amica", "vecchio amico", "cugino", "nonna", "zia", "sorella maggiore",
		"amico del cuore", "moglie", "mia sorella", "papà",
		// Dutch
		"zus", "beste vriend", "oude vriendin", "goede vriend", "neef", "oma", "schoonmoeder",
		"mijn broer", "jeugdvriendin",
		// Portuguese
		"irmã", "melhor amigo", "velha amiga", "primo", "avó", "mãe", "irmã mais velha", "meu pai",
		"amiga de infância", "sogra",
		// after an article: "a friend", as a cell is often written
		"a friend", "A friend", "an old friend", "a good friend", "a cousin", "un ami", "une amie",
		"un bon ami", "une tante", "ein Freund", "eine Freundin", "ein guter Freund", "un amigo",
		"una amiga", "un amico", "un'amica", "uno zio", "een vriend", "een goede vriendin",
		"um amigo", "uma amiga",
		// the short words a cell is typed in
		"bff", "BFF", "my bff", "bestie", "Besties", "sis", "big sis", "hubby", "my hubby",
		// a friend from where: school, college, university, work, the family
		"school friend", "School Friends", "schoolfriend", "college friend", "uni friend", "university friend",
		"high school friend", "my high school friends", "an old high school friend", "my college friends", "an old school friend", "old friend", "an old friend",
		"friend from school", "friends from college", "a friend from uni", "friend from university",
		"friend from high school", "friend from childhood", "childhood friend", "family friend", "a family friend",
		"Family Friends", "friend of the family", "a friend of the family", "friend of my family",
		// a work friend: the person wrote "friend" (a colleague is written so)
		"work friend", "a work friend", "friend from work", "my work friends", "work buddy",
		// godparents and godchildren
		"godmother", "Godfather", "godparents", "godson", "goddaughter", "godchild", "my godmother",
		"god-mother", "God Father", "godsons",
		// casual words for a friend; bro, a brother or a friend, either one to call
		"buddy", "Buddies", "my buddy", "best buddy", "old buddy", "school buddy", "pal", "old pal", "pals",
		"bro", "Bro", "big bro", "little bro", "my bro", "bros", "bro-in-law",
		// a mate, after how close only
		"best mate", "Best Mates", "my best mate", "good mate", "a good mate", "close mate", "closest mates",
		"my good mates", "a close mate",
		// French
		"ami d'enfance", "amie d'enfance", "amie d’enfance", "un ami d'enfance", "ami de la famille",
		"amie de la famille", "ami d'école", "copain d'école", "amie de fac", "ami de lycée", "copain",
		"copine", "mes copains", "pote", "vieux pote", "parrain", "marraine", "mon parrain", "ma marraine",
		"filleul", "filleule",
		// German
		"Schulfreund", "Schulfreundin", "alter Schulfreund", "Jugendfreund", "Jugendfreundin", "Studienfreund",
		"Familienfreund", "Kumpel", "alter Kumpel", "Patenonkel", "Patentante", "Pate", "Patin", "Patenkind",
		"meine Patentante", "Taufpate",
		// Spanish
		"padrino", "madrina", "mi madrina", "ahijado", "ahijada", "amigo de la escuela", "amiga del colegio",
		"amigo de la universidad", "amigo de la familia",
		// Italian
		"padrino", "madrina", "figlioccio", "figlioccia", "amico di scuola", "amica di famiglia",
		"amico dell'università", "amica d'infanzia",
		// Dutch
		"schoolvriend", "studievriendin", "huisvriend", "peetoom", "peettante", "petekind",
		// Portuguese
		"padrinho", "madrinha", "afilhada", "amigo da escola", "amiga da faculdade", "amigo da família", "amigo da faculdade",
	}
	notClose := []string{
		"", "   ",
		// exes, negations, someone else's
		"ex", "ex-friend", "Ex-Friend", "ex friend", "exfriend", "former friend", "not a friend", "no friend",
		"friend of a friend", "friend's cousin", "friend’s cousin", "cousin's friend", "best friend's mum",
		"ex-wife", "ex wife", "ex-in-laws", "ex sister-in-law", "my ex", "ex-husband", "ex-girlfriend", "late father", "estranged sister",
		"ancien ami", "ancienne amie", "ex-copine", "ex-mari", "ami d'un ami", "amie d'une amie", "son ami",
		"Ex-Freundin", "ehemaliger Freund", "kein Freund", "nicht", "Freund eines Freundes",
		"antiguo amigo", "ex novia", "amigo de un amigo", "no amigo",
		"ex-moglie", "amico di un amico", "non amico",
		"ex-vriendin", "voormalige vriend", "vriend van een vriend",
		"ex-namorada", "antigo amigo", "amigo de um amigo",
		// partner: a business partner as well as a spouse
		"partner", "business partner", "my partner", "partenaire", "Partnerin", "pareja", "compagno",
		// words that say something else as well, or nothing of the kind
		"femme", "Frau", "mujer", "vrouw", "mulher", "man", "neighbour", "colleague", "acquaintance",
		"friendly", "friendship", "amigable", "boss",
		// mates of other kinds, written in one word or two; mate alone,
		// also a partner; "old mate", Australian for a stranger
		"mate", "mates", "my mate", "a mate", "old mate", "classmate", "class mate", "class-mate", "teammate",
		"team mate", "team-mate", "flatmate", "flat mate", "roommate", "room mate", "housemate", "schoolmate",
		"school mate", "school-mates", "workmate", "work mate", "soulmate", "soul mate", "running mate",
		"first mate", "playmate", "best-mate's sister", "ex best mate", "former mate",
		// buddies and pals of one pastime, and other buddies
		"pen pal", "penpal", "study buddy", "gym buddy", "drinking buddy", "workout buddy",
		// colleagues, whatever "work" goes with but friend
		"work wife", "work husband", "work family", "work colleague", "work", "coworker",
		// friends of somewhere not said, or of someone else, or a former one
		"friend from the gym", "friend from a friend", "friend of the friend", "friend from work's cousin",
		"former school friend", "ex-school friend", "ex family friend", "friend of a family",
		"ancien ami de fac", "ex-parrain", "amigo de la familia de un amigo",
		// godparents in words that say something else as well
		"Peter", "meter", "ex-godmother", "former godfather", "godless", "god",
		// words the list lacks (docs/limitations-ledger.md)
		"cuz", "fam",
		// school, college, uni alone: no one
		"school", "college", "uni", "high school", "family work",
		// English "familiar": someone merely known (Spanish's relative, in
		// the singular, is left off for it)
		"familiar", "Familiar", "familiar face",
		// "first" and "second" say which cousin; a first wife is an ex
		"first wife", "first husband", "my first husband", "second wife",
		// what a spreadsheet writes for an empty cell is no grandmother
		"nan", "NaN", "null", "none", "n/a",
		"ex-bff", "former bestie", "ex hubby",
		// qualifiers alone, or too many of them
		"best", "old", "big", "in", "law", "old old old friend", "my very best friend",
		"a", "an", "un", "a a friend", "a very good friend", "just a friend", "not really a friend",
		"only a friend of mine", "un ex", "une ex-amie", "ein ehemaliger Freund", "a former friend",
		"la mia migliore amica",
		// what is not letters
		"friend?", "friend (school)", "sister/cousin", "2nd cousin", "Друг", "\xffriend",
		strings.Repeat("great ", 10) + "aunt", strings.Repeat("a", 70),
	}
	for _, rel := range close {
		if n := (audit.Annotations{Relationship: rel}); !n.Close() {
			t.Errorf("Close(%q) = false, want true", rel)
		}
	}
	for _, rel := range notClose {
		if n := (audit.Annotations{Relationship: rel}); n.Close() {
			t.Errorf("Close(%q) = true, want false", rel)
		}
	}
}

// Close is asked of every ledger row, a million: it allocates nothing,
// whether the cell is empty, the word itself, in capitals, or a phrase to
// fold.
func TestCloseAllocs(t *testing.T) {
	for _, rel := range []string{"", "friend", "Friend", "FAMILY", "sister", "Best Friend", "meilleure amie",
		"Großmutter", "neighbour", "ex-friend", "An old friend", "mate", "best mate", "old mate", "classmate",
		"friend from school", "a friend of the family", "Patentante", "godmother",
		// long texts: past the 64-byte buffer or its 8 words, and long
		// enough to stop at once
		strings.Repeat("a", 64), strings.Repeat("a", 65), strings.Repeat("ß", 40), strings.Repeat("great ", 10) + "aunt",
		strings.Repeat("a friend ", 2000), "best" + strings.Repeat(" ", 5000) + "friend", strings.Repeat("x", 1<<16)} {
		n := audit.Annotations{Relationship: rel}
		if got := testing.AllocsPerRun(100, func() { n.Close() }); got != 0 {
			t.Errorf("Close(%.40q): %v allocations, want none", rel, got)
		}
	}
}

// Colleague folds as Close does: any case, with or without accents, a
// combining accent as macOS writes it, and an apostrophe or hyphen as a
// space; a colleague's word or phrase (coworker, work colleague,
// Arbeitskollege, compañero de trabajo), after an article, "my", "old",
// "former" or "ex" at most: a former colleague is no more one to call than a
// colleague. Nothing that makes it someone else or something more.
func TestColleague(t *testing.T) {
	for _, tc := range []struct {
		rel  string
		want bool
	}{
		{"colleague", true},
		{"Colleague", true},
		{" COLLEAGUES ", true},
		{"collègue", true},
		{"Collègue", true},
		{"COLLÈGUES", true},
		{"collegue", true}, // the accent left out
		{"colle\u0300gue", true},
		{"Kollege", true},
		{"KOLLEGIN", true},
		{"Kolleginnen", true},
		{"Colega", true},
		{"colegas", true},
		{"Collega", true},
		{"Colleghi", true},
		{"collega's", true},
		{"Collega’s", true},
		{"", false},
		{"   ", false},
		// English phrasings of a colleague
		{"work colleague", true},
		{"Work Colleagues", true},
		{"coworker", true},
		{"Coworkers", true},
		{"co-worker", true},
		{"Co-Workers", true},
		{"co worker", true},
		{"workmate", true},
		{"work mates", true},
		{"work-mate", true},
		// a former colleague: no more one to call than a colleague
		{"former colleague", true},
		{"Former colleagues", true},
		{"ex-colleague", true},
		{"ex colleague", true},
		{"former coworker", true},
		{"a colleague", true},
		{"my colleague", true},
		{"a former colleague", true},
		{"my former work colleague", true},
		// French, German, Spanish, Italian, Dutch, Portuguese
		{"collègue de travail", true},
		{"Collègues de travail", true},
		{"ancienne collègue", true},
		{"ex-collègue", true},
		{"mon collègue", true},
		{"Arbeitskollege", true},
		{"Arbeitskollegin", true},
		{"ARBEITSKOLLEGEN", true},
		{"ehemaliger Kollege", true},
		{"Ex-Kollegin", true},
		{"meine Kollegin", true},
		{"compañero de trabajo", true},
		{"Compañera de trabajo", true},
		{"companeros de trabajo", true}, // the tilde left out
		{"colega de trabajo", true},
		{"antiguo compañero de trabajo", true},
		{"mi colega", true},
		{"collega di lavoro", true},
		{"colleghi di lavoro", true},
		{"ex collega", true},
		{"mia collega", true},
		{"werkcollega", true},
		{"oud-collega", true},
		{"werkcollega's", true},
		{"colega de trabalho", true},
		{"companheira de trabalho", true},
		{"ex-colega", true},
		// not a colleague, or more than one
		{"colleague?", false},
		{"colleague's friend", false},
		{"friend's colleague", false},
		{"colleague and friend", false},
		{"friend and colleague", false},
		{"colleague friend", false},
		{"work friend", false}, // a friend (Close)
		{"friend", false},
		{"collège", false},
		{"koll ege", false},
		{"work", false},
		{"co", false},
		{"worker", false},
		{"mate", false},
		{"compañero", false}, // a partner too
		{"compañera", false},
		{"de trabajo", false},
		{"ex", false},
		{"my ex", false},
		{"former", false},
		{"a", false},
		{"my my my colleague", false}, // two words before it at most
		{"not a colleague", false},
		{"an old colleague", true},
		{"old friend", false},  // a friend (Close)
		{"Mitarbeiter", false}, // an employee as well
		{"colleague colleague", false},
	} {
		n := audit.Annotations{Relationship: tc.rel}
		if got := n.Colleague(); got != tc.want {
			t.Errorf("Colleague(%q) = %v, want %v", tc.rel, got, tc.want)
		}
	}
}

// Colleague is asked of the rows the reach-out list looks at, up to a
// million: it allocates nothing either.
func TestColleagueAllocs(t *testing.T) {
	for _, rel := range []string{"", "colleague", "Colleague", "COLLÈGUE", "Kollegin", "collega's", "friend", "former colleague",
		"work colleague", "co-worker", "Coworker", "workmate", "my former work colleague", "Arbeitskollegin", "compañero de trabajo",
		"collega di lavoro", "colleague and friend", "my my my colleague", strings.Repeat("ex ", 30) + "colleague"} {
		n := audit.Annotations{Relationship: rel}
		if got := testing.AllocsPerRun(100, func() { n.Colleague() }); got != 0 {
			t.Errorf("Colleague(%q): %v allocations, want none", rel, got)
		}
	}
}
