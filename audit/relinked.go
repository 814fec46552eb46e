package audit

import "strings"

// LinkedInNameID is the id of a LinkedIn connection whose export gives no
// profile URL (exports before 2024 have no URL column): the slug of the
// name and the day of the connection, "chloe-martin.20240119", or
// "chloe-martin.nodate" without a day. The importer adds ~2, ~3 to
// namesakes connected the same day.
func LinkedInNameID(name string, since Date) string {
	day := "nodate"
	if !since.IsZero() {
		day = since.Time().Format("20060102")
	}
	return Slug(name) + "." + day
}

// isLinkedInNameID reports whether id has the form LinkedInNameID gives.
func isLinkedInNameID(id string) bool {
	id, _, _ = strings.Cut(id, "~")
	dot := strings.LastIndexByte(id, '.')
	if dot <= 0 {
		return false
	}
	day := id[dot+1:]
	return day == "nodate" || len(day) == 8 && strings.Trim(day, "0123456789") == ""
}

// pinRelinked gives owners (see match) the LinkedIn connections whose
// ledger key is the one an export without profile URLs gave them. The
// first export with URLs changes the id of every connection from its name
// and day (LinkedInNameID) to its profile's: without this, every row's
// notes would stay on ids no export holds any more, every connection
// would be new and unknown, and every old id gone as if unfollowed. A new
// connection whose name and day give exactly one ledger key, that no
// connection in the exports holds, of a person with no LinkedIn connection
// there already, and that no other new connection gives, is that key's
// person. Namesakes connected the same day (~2) are left alone. The
// person's row then lists the new key beside the old (Ledger.Update), and
// changes.csv has the old one "replaced". It returns the accounts it gave
// a person.
func (k *Known) pinRelinked(acc []Account, owners []int32) (pinned []int32) {
	if k.Len() == 0 || !k.hasLinkedInNameIDs() {
		return nil
	}
	present := map[string]bool{}    // the connections' ids in the exports
	hasLinkedIn := map[int32]bool{} // people with a connection in the exports
	fresh := map[string]int{}       // name id -> the new connection giving it, or -1 for several
	for i := range acc {
		a := &acc[i]
		if a.Network != LinkedIn || a.Relation != Connection {
			continue
		}
		present[a.ID] = true
		if o := owners[i]; o >= 0 {
			hasLinkedIn[o] = true
			continue
		}
		if isLinkedInNameID(a.ID) || a.Name == "" {
			continue // no profile URL this time either, or nothing to tell by
		}
		id := LinkedInNameID(a.Name, a.Since)
		if _, seen := fresh[id]; seen {
			fresh[id] = -1
		} else {
			fresh[id] = i
		}
	}
	for id, i := range fresh {
		if i < 0 || present[id] {
			continue
		}
		o, ok := k.ownerOf(LinkedIn + ":" + id)
		if !ok || hasLinkedIn[o] {
			continue
		}
		if _, namesake := k.ownerOf(LinkedIn + ":" + id + "~2"); namesake {
			continue // which of the two it is cannot be told, even if the other is gone
		}
		owners[i] = o
		pinned = append(pinned, int32(i))
	}
	return pinned
}

// hasLinkedInNameIDs reports whether a ledger key is a LinkedIn name id.
func (k *Known) hasLinkedInNameIDs() bool {
	for _, key := range k.keys() {
		if id, ok := strings.CutPrefix(key, LinkedIn+":"); ok && isLinkedInNameID(id) {
			return true
		}
	}
	return false
}

// ownerOf returns the index in k.rows of the person the ledger gives key.
func (k *Known) ownerOf(key string) (int32, bool) { return k.ownerOfHash(stringHash(key), key) }

// RowOf returns the ledger row that lists key, as the ledger was read,
// or nil: looked up in the table of keys, with no map of every row made.
func (k *Known) RowOf(key string) *LedgerRow {
	if k == nil {
		return nil
	}
	if i, ok := k.ownerOf(key); ok {
		return k.rows[i]
	}
	return nil
}
