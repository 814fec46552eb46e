package audit

import (
	"strings"
	"unicode"
)

// Close reports whether the relationship is one the seed asks to pick up
// the phone for when it lapses: a relative or a friend, in English or in
// the languages whose yes and no the ledger reads (French, German,
// Spanish, Italian, Dutch, Portuguese): the seed is French, and a friend
// written "ami" or "friends", or a sister written "sister", is still one
// to call. It takes, in any case, with or without accents, and with
// hyphens and apostrophes as spaces:
//
//   - the words for family and friend, singular or plural ("family",
//     "friends", "ami", "Freundin", "família");
//   - the words for a relative: parents, children, siblings,
//     grandparents and grandchildren, aunts and uncles, cousins, nieces
//     and nephews, the in-laws and step-relatives, a spouse, a fiancé or
//     a girlfriend ("sister", "mum", "cousine", "Schwester", "hermana",
//     "mother-in-law", "belle-sœur"), and godparents and godchildren
//     ("godmother", "godson", "parrain", "marraine", "Patenonkel",
//     "Patentante", "padrino", "madrina");
//   - the casual words for a friend: "buddy", "pal", "copain",
//     "copine", "pote", "Kumpel"; and "bro", a brother or a friend, to
//     call either way, as "sis" is a sister;
//   - either, after one or two words of a short list that say which or
//     how close, or where from ("best friend", "old friends", "school
//     friend", "college friend", "uni friend", "childhood friend",
//     "family friend", "work friend", "meilleure amie", "beste
//     Freundin", "big sister", "arrière-grand-mère", "my cousin"), or
//     before a few that follow ("friend from school", "friend of the
//     family", and in the Romance languages "ami d'enfance", "amie de
//     la famille", "hermana mayor", "amico del cuore");
//   - "mate" only right after a word that says how close, "best",
//     "good", "close" or "closest" ("best mate", "my good mates"):
//     alone it is also a partner, "old mate" is Australian for someone
//     whose name you do not know, and a classmate, a teammate or a
//     flatmate written in two words ("class mate", "team-mate", "school
//     mate") is no friend;
//   - any of these after an indefinite article ("a friend", "an old
//     friend", "a good mate", "un ami", "eine Freundin").
//
// A "work friend" (or "friend from work") is a friend: the person wrote
// the word, as for a "school friend", and a colleague they do not call a
// friend is written "colleague" (see Colleague), never one to call;
// "work wife", "work husband" and "work family", colleagues, are not
// taken.
//
// Nothing else is guessed at: not a word that undoes the relationship or
// makes it someone else's ("ex-friend", "former friend", "not a friend",
// "friend of a friend", "friend's cousin", "late father"), not "partner"
// (a business partner as well as a spouse), nor Spanish "familiar"
// (someone merely known, in English), nor "neighbour", nor a mate of
// another kind ("classmate", "teammate", "flatmate", "roommate",
// "soulmate"), nor a buddy of one pastime ("study buddy", "gym buddy",
// "pen pal"). A text of more than 64 bytes or 8 words, or with any
// character other than letters (Latin script), spaces, hyphens and
// apostrophes ("friend?", "2nd cousin"), is none either.
//
// A ledger has up to a million rows: Close makes no allocation.
func (a *Annotations) Close() bool {
	s := strings.TrimSpace(a.Relationship)
	if s == "" {
		return false
	}
	if closeHeads[s]&^kindMate != 0 { // "friend", "family": the common case ("mate" alone is none)
		return true
	}
	var p relPhrase
	return p.fold(s) && p.close()
}

// Kinds of relationship words: which heads a qualifier or a tail goes with.
const (
	kindFriend uint8 = 1 << iota
	kindFamily
	kindOrdinal // a cousin or a child, also of kindFamily: "first" and "second" say which
	// kindMate is "mate", a friend only right after a qualifier of
	// kindMateNear ("best mate", "my good mates"): see Close.
	kindMate
	kindMateNear
)

// relPhrase is a relationship folded into words (see relPhrase.fold), in a
// buffer of its own that stays on the stack.
type relPhrase struct {
	b     [64]byte
	n     int      // bytes of b used: the words with one space between
	ends  [8]uint8 // where each word ends in b
	words int
}

// fold folds s into p: ASCII letters lower-cased, the letters of
// latinFolds without their accents (é, ñ, ü, ã...), ß, œ and æ spelled
// ss, oe and ae, combining accents dropped; spaces, hyphens and
// apostrophes break words. It reports false for any other character (a
// digit, a question mark, another script) and for a text too long for p:
// no relationship word of Close's.
func (p *relPhrase) fold(s string) bool {
	inWord := false
	add := func(c byte) bool {
		if !inWord {
			if p.words == len(p.ends) || p.words > 0 && p.n == len(p.b) {
				return false
			}
			if p.words > 0 {
				p.b[p.n] = ' '
				p.n++
			}
			p.words++
			inWord = true
		}
		if p.n == len(p.b) {
			return false
		}
		p.b[p.n] = c
		p.n++
		p.ends[p.words-1] = uint8(p.n)
		return true
	}
	for _, r := range s {
		ok := true
		switch {
		case 'a' <= r && r <= 'z':
			ok = add(byte(r))
		case 'A' <= r && r <= 'Z':
			ok = add(byte(r) + 'a' - 'A')
		case r == '-' || r == '\'' || r == '‘' || r == '’' || r == '‐' || r == '‑' || unicode.IsSpace(r):
			inWord = false
		case 0x0300 <= r && r <= 0x036F: // a combining accent ("e\u0301", as macOS may write é)
		case 0xC0 <= r && r <= 0x17F && latinFolds[r-0xC0] != '.':
			ok = add(latinFolds[r-0xC0])
		case r == 'ß' || r == 'ẞ':
			ok = add('s') && add('s')
		case r == 'œ' || r == 'Œ':
			ok = add('o') && add('e')
		case r == 'æ' || r == 'Æ':
			ok = add('a') && add('e')
		default:
			return false
		}
		if !ok {
			return false
		}
	}
	return p.words > 0
}

// span is the text of words i to j-1, one space between them.
func (p *relPhrase) span(i, j int) []byte {
	from := 0
	if i > 0 {
		from = int(p.ends[i-1]) + 1
	}
	return p.b[from:p.ends[j-1]]
}

// close reports whether the folded words are a relationship Close takes:
// a head (closeHeads, one word or two), after at most two qualifiers
// (closeQualifiers) and before at most one tail (closeTails), of its kind;
// the whole after an article ("a friend", "un ami", closeArticles).
func (p *relPhrase) close() bool {
	n := p.words
	start := 0 // where the qualifiers start: after an article
	if n > 1 && closeArticles[string(p.span(0, 1))] {
		start = 1
	}
	for t := n; t >= start+1 && t >= n-3; t-- { // the head ends where the tail starts
		tk := kindFriend | kindFamily | kindOrdinal | kindMate
		if t < n {
			if tk = closeTails[string(p.span(t, n))]; tk == 0 {
				continue
			}
		}
		for h := t - 1; h >= start && h >= t-2; h-- { // the head starts at h
			k := closeHeads[string(p.span(h, t))] & tk
			if k == 0 || h > start+2 {
				continue
			}
			if k == kindMate && (h == start || closeQualifiers[string(p.span(h-1, h))]&kindMateNear == 0) {
				continue // "mate" alone, "old mate", "school mate"
			}
			ok := true
			for i := start; i < h && ok; i++ {
				ok = closeQualifiers[string(p.span(i, i+1))]&k != 0
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// relList is a kind of relationship words, comma-separated, folded as
// relPhrase.fold folds them.
type relList struct {
	kind  uint8
	words string
}

// kindsOf makes the map of lists' words to their kinds.
func kindsOf(lists ...relList) map[string]uint8 {
	m := map[string]uint8{}
	for _, l := range lists {
		for _, w := range strings.Split(l.words, ",") {
			if w = strings.Join(strings.Fields(w), " "); w != "" {
				m[w] |= l.kind
			}
		}
	}
	return m
}

// closeHeads are the words Close takes for a friend or a relative.
// Left out, as they say something else as well: "partner" (and its
// words in the other languages: partenaire, pareja, compagno,
// parceiro...), a business partner as well as a spouse; "femme", "Frau",
// "mujer", "vrouw" and "mulher", a woman as well as a wife, and "Mann"
// and "man" likewise; Dutch "nicht", German for "not"; "género", a
// gender to a Spaniard; Spanish "familiar", a relative, as it is in
// English someone merely known (its plural "familiares" is taken);
// Dutch "peter" and "meter", a godfather and a godmother, a name and a
// unit as well (peetoom, peettante... are taken). "mate" is of its own
// kind (see Close), and the mates of another kind (classmate, teammate,
// flatmate) are none. Taken all the same: French "tata", an aunt, which
// is also a nanny in Italian and Spain's Spanish (a father in Latin
// America's): the seed is French, and a nanny on reach-out.csv is a
// call too many, where an aunt left off it is one missed.
var closeHeads = kindsOf(
	relList{kindFriend, `friend, friends,
		ami, amie, amis, amies,
		freund, freundin, freunde, freundinnen, kindheitsfreund, kindheitsfreundin, kindheitsfreunde,
		jugendfreund, jugendfreundin, jugendfreunde, schulfreund, schulfreundin, schulfreunde,
		busenfreund, busenfreundin,
		amigo, amiga, amigos, amigas,
		amico, amica, amici, amiche,
		vriend, vriendin, vrienden, vriendinnen, jeugdvriend, jeugdvriendin, jeugdvrienden,
		boezemvriend, boezemvriendin, schoolvriend, schoolvriendin, schoolvrienden,
		studievriend, studievriendin, studievrienden, huisvriend, huisvriendin, huisvrienden,
		bff, bffs, bestie, besties, schoolfriend, schoolfriends, buddy, buddies, pal, pals,
		school friend, school friends,
		copain, copine, copains, copines, pote, potes,
		kumpel, kumpels, studienfreund, studienfreundin, studienfreunde,
		familienfreund, familienfreundin, familienfreunde`},
	relList{kindFriend | kindFamily, `bro, bros`}, // a brother or a friend: either is one to call
	relList{kindMate, `mate, mates`},
	relList{kindFamily, `family, families, family member, family members, relative, relatives,
		mother, mothers, mom, moms, mum, mums, mommy, mummy, mama, mamas, father, fathers, dad, dads,
		daddy, papa, papas, parent, parents, son, sons, daughter, daughters, child, children, kid, kids,
		brother, brothers, sister, sisters, sibling, siblings, twin, twins,
		grandmother, grandmothers, grandfather, grandfathers, grandma, grandmas, grandpa, grandpas,
		granny, grandad, grandads, granddad, granddads, grandparent, grandparents, grandson, grandsons,
		granddaughter, granddaughters, grandchild, grandchildren, grandkid, grandkids,
		aunt, aunts, auntie, aunties, aunty, uncle, uncles, cousin, cousins, niece, nieces, nephew, nephews,
		in law, in laws, stepmother, stepmothers, stepfather, stepfathers, stepmom, stepmum, stepdad,
		stepparent, stepparents, stepson, stepsons, stepdaughter, stepdaughters, stepchild, stepchildren,
		stepbrother, stepbrothers, stepsister, stepsisters,
		husband, husbands, wife, wives, spouse, spouses, fiance, fiancee, fiances, fiancees,
		girlfriend, boyfriend, sis, hubby,
		godmother, godmothers, godfather, godfathers, godparent, godparents, godson, godsons,
		goddaughter, goddaughters, godchild, godchildren, god mother, god father, god parent, god parents,
		god son, god daughter, god child`},
	relList{kindFamily, `parrain, parrains, marraine, marraines, filleul, filleuls, filleule, filleules,
		pate, paten, patin, patinnen, patenonkel, patentante, patenkind, patenkinder, patensohn, patentochter,
		taufpate, taufpatin,
		padrino, padrinos, madrina, madrinas, ahijado, ahijados, ahijada, ahijadas,
		padrini, madrine, figlioccio, figlioccia, figliocci, figlioccie,
		peetoom, peettante, peetvader, peetmoeder, petekind, peetkind, petekinderen, peetkinderen,
		padrinho, padrinhos, madrinha, madrinhas, afilhado, afilhados, afilhada, afilhadas`}, // godparents and godchildren: French, German, Spanish, Italian, Dutch, Portuguese
	relList{kindOrdinal, `cousin, cousins, son, sons, daughter, daughters, child, children, kid, kids,
		grandson, grandsons, granddaughter, granddaughters, grandchild, grandchildren, grandkid, grandkids`},
	relList{kindFamily, `famille, familles, mere, meres, pere, peres, maman, mamans, fils, fille, filles,
		enfant, enfants, frere, freres, soeur, soeurs, mamie, mamies, mamy, papi, papy, papis,
		oncle, oncles, tonton, tontons, tante, tantes, tata, tatas, tatie, taties, cousine, cousines, neveu, neveux,
		gendre, gendres, bru, brus,
		mari, maris, epoux, epouse, epouses, conjoint, conjointe, conjoints, jumeau, jumelle, jumeaux, jumelles`}, // French
	relList{kindFamily, `familie, familien, familienmitglied, familienmitglieder, verwandte, verwandter, verwandten,
		mutter, vater, mami, eltern, elternteil, sohn, sohne, tochter, kind, kinder,
		bruder, schwester, schwestern, geschwister, zwilling, zwillinge, zwillingsbruder, zwillingsschwester,
		grossmutter, grossvater, grosseltern, oma, omas, opa, opas, enkel, enkelin, enkelinnen,
		enkelkind, enkelkinder, tanten, onkel, cousinen, kusine, kusinen, neffe, neffen, nichte, nichten,
		schwiegermutter, schwiegervater, schwiegereltern, schwiegersohn, schwiegertochter,
		schwager, schwagerin, stiefmutter, stiefvater, stiefbruder, stiefschwester, stiefsohn, stieftochter,
		halbbruder, halbschwester, ehemann, ehefrau, gatte, gattin, ehepartner, ehepartnerin,
		verlobte, verlobter`}, // German
	relList{kindFamily, `familia, familias, familiares, pariente, parientes,
		madre, madres, padre, padres, hijo, hija, hijos, hijas,
		hermano, hermana, hermanos, hermanas, hermanastro, hermanastra, gemelo, gemela, gemelos, gemelas,
		abuelo, abuela, abuelos, abuelas, bisabuelo, bisabuela, nieto, nieta, nietos, nietas,
		tio, tia, tios, tias, primo, prima, primos, primas, sobrino, sobrina, sobrinos, sobrinas,
		suegro, suegra, suegros, cunado, cunada, cunados, cunadas, yerno, nuera,
		padrastro, madrastra, hijastro, hijastra,
		esposo, esposa, esposos, marido, maridos, conyuge, novio, novia`}, // Spanish
	relList{kindFamily, `famiglia, famiglie, parente, parenti,
		madri, padri, mamma, babbo, genitore, genitori, figlio, figlia, figli, figlie,
		fratello, fratelli, sorella, sorelle, fratellastro, sorellastra, gemello, gemella, gemelli,
		nonno, nonna, nonni, nonne, bisnonno, bisnonna, nipote, nipoti,
		zio, zia, zii, zie, cugino, cugina, cugini, cugine,
		suocero, suocera, suoceri, cognato, cognata, cognati, cognate, nuora,
		patrigno, matrigna, figliastro, figliastra,
		marito, mariti, moglie, mogli, coniuge, fidanzato, fidanzata`}, // Italian
	relList{kindFamily, `familielid, familieleden,
		moeder, moeders, vader, vaders, mam, pap, ouder, ouders, zoon, zonen, dochter, dochters, kinderen,
		broer, broers, broertje, zus, zussen, zusje, tweeling,
		grootmoeder, grootvader, grootouders, kleinzoon, kleindochter, kleinkind, kleinkinderen,
		oom, ooms, tantes, neef, neven, nichtje,
		schoonmoeder, schoonvader, schoonouders, schoonzoon, schoondochter, schoonzus, schoonbroer, zwager,
		stiefmoeder, stiefvader, stiefbroer, stiefzus, halfbroer, halfzus,
		echtgenoot, echtgenote, verloofde`}, // Dutch
	relList{kindFamily, `parentes,
		mae, maes, pai, pais, mamae, papai, filho, filha, filhos, filhas,
		irmao, irma, irmaos, irmas, gemeo, gemea, gemeos,
		avo, avos, bisavo, neto, neta, netos, netas,
		sobrinho, sobrinha, sobrinhos, sobrinhas,
		sogro, sogra, sogros, cunhado, cunhada, cunhados, genro, nora,
		padrasto, madrasta, enteado, enteada,
		esposo, noivo, noiva, namorado, namorada`}, // Portuguese
)

// closeQualifiers are the words that may come before a head, at most two,
// and the kinds of head each goes with: how close ("best friend",
// "meilleure amie", "beste Freundin"), which one ("big sister", "grand
// frère", the "grand" of "grand-mère", the "belle" of "belle-sœur"),
// whose ("my", "ma", "meine"), or a friend from where ("school friend",
// "college friend", "family friend"). No word that undoes the
// relationship is one: "ex", "former", "ancien", "ehemalig", "antiguo",
// "late"... Nor is "old" one for a mate (see Close).
var closeQualifiers = kindsOf(
	relList{kindFriend | kindFamily, `my, our, close, oldest, great,
		ma, mon, mes, grand, grande, grands, grandes, petit, petite, petits, petites,
		mein, meine, meiner, meinen, unser, unsere,
		mi, mis, gran, grandes, mio, mia, miei, mie, mijn, onze, meu, minha, meus, minhas`},
	relList{kindMate, `my, our`},
	relList{kindMate | kindMateNear, `best, good, close, closest`},
	// where from: "college friend", "family friend", "work friend" (see
	// Close), "high school friend" (of the head "school friend", that
	// "my high school friend" be two qualifiers, not three)
	relList{kindFriend, `college, uni, university, family, work, high`},
	relList{kindFriend, `best, old, good, childhood, dear, dearest, true, closest, lifelong, longtime, school,
		meilleur, meilleure, meilleurs, meilleures, vieil, vieille, vieux, vieilles,
		bon, bonne, bons, bonnes, cher, chere, chers, cheres, vrai, vraie, vrais, vraies,
		beste, bester, besten, bestes, alte, alter, alten, altes, gute, guter, guten, gutes,
		enge, enger, engen, liebe, lieber, lieben, wahre, wahrer, wahren, langjahrige, langjahriger,
		mejor, mejores, viejo, vieja, viejos, viejas, buen, buena, buenos, buenas,
		querido, querida, queridos, queridas, verdadero, verdadera,
		migliore, migliori, vecchio, vecchia, vecchi, vecchie, buon, buona, buoni, buone,
		caro, cara, cari, care, vero, vera,
		oude, goede, goeie, lieve, dierbare, ware,
		melhor, melhores, velho, velha, velhos, velhas, bom, boa, boas,
		verdadeiro, verdadeira`},
	relList{kindOrdinal, `first, second`}, // "first son", not "first wife": an ex
	relList{kindFamily, `big, little, older, younger, elder, eldest, youngest, twin, baby, half, step,
		arriere, beau, belle, beaux, belles, demi,
		grosse, grosser, grossen, kleine, kleiner, kleinen, altere, alterer, alteren, jungere, jungerer, jungeren,
		medio, media, grote, oudere, jongere, meio`},
)

// closeArticles are the indefinite articles that may come first, before
// the qualifiers: "a friend", "an old friend", "un ami", "une bonne amie",
// "ein guter Freund", "een vriend", "uma amiga".
var closeArticles = map[string]bool{
	"a": true, "an": true, "un": true, "une": true, "ein": true, "eine": true,
	"uno": true, "una": true, "een": true, "um": true, "uma": true,
}

// closeTails are the words that may follow a head, and the kinds of head
// each goes with: the Romance languages say which friend or sibling after
// the word ("ami d'enfance", "hermana mayor", "irmã mais velha"), English
// says where a friend is from after it as well ("friend from school",
// "friend of the family": never "of a friend", someone else's), and
// "in-law" follows its relative.
var closeTails = kindsOf(
	relList{kindFriend, `d enfance, de toujours, de longue date, proche, proches, intime, intimes,
		de infancia, de la infancia, da infancia, cercano, cercana, cercanos, cercanas,
		intimo, intima, intimos, intimas, d infanzia, di infanzia, dell infanzia, del cuore,
		stretto, stretta, stretti, strette, proximo, proxima, proximos, proximas, do peito,
		from school, from high school, from college, from uni, from university, from work, from childhood,
		of the family, of my family, of our family,
		d ecole, de l ecole, de fac, de la fac, de lycee, du lycee, de college, du college, de la famille, de famille,
		de la escuela, del colegio, de la universidad, de la uni, de la familia,
		di scuola, dell universita, d universita, di famiglia, della famiglia,
		de escola, da escola, da faculdade, da familia, de familia`},
	relList{kindFamily, `in law, mayor, menor, mayores, menores, politico, politica, segundo, segunda,
		maggiore, minore, maggiori, minori, mais velho, mais velha, mais novo, mais nova,
		germain, germaine, germains, germaines`},
)
