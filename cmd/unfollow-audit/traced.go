package main

import (
	"maps"
	"strings"

	"github.com/unfollow-audit/unfollow-audit/audit"
	"github.com/unfollow-audit/unfollow-audit/audit/workspace"
)

// tracedKeys is what audit.TracedKeysFile holds (had: the file was
// there), and what it is to hold after this run (next).
type tracedKeys struct {
	kept, next map[string]string
	had        bool
}

// readTracedKeys reads audit.TracedKeysFile; none before a run wrote it.
func readTracedKeys(ws *workspace.Workspace) (tracedKeys, error) {
	f, ok, err := ws.OpenFile(audit.TracedKeysFile)
	if err != nil || !ok {
		return tracedKeys{}, err
	}
	defer f.Close()
	kept, err := audit.ReadTracedKeys(f, ws.Path(audit.TracedKeysFile))
	return tracedKeys{kept: kept, had: true}, err
}

// traceKeysKept is traceKeys, the keys an earlier run traced (t.kept)
// settled without reading the history files again: a friend unfriended
// years ago made every re-audit read them back to the run that last
// listed it. It sets t.next to this run's keys that are traced, by the
// file or by the history files, with the relation each was found by, and
// the file's keys this run did not look for (lookedFor: of a list the
// exports lack), which stay traced: left out, the next run with that
// list read the history back for them again.
func traceKeysKept(ws *workspace.Workspace, keys []audit.UnseenKey, last string, t *tracedKeys, lookedFor func(network, id string) bool) (untracedKeys, error) {
	t.next = map[string]string{}
	for k, rel := range t.kept {
		if network, id, _ := strings.Cut(k, ":"); !lookedFor(network, id) {
			t.next[k] = rel
		}
	}
	var left []audit.UnseenKey
	for _, k := range keys {
		if rel, ok := t.kept[k.Key]; ok {
			t.next[k.Key] = rel
		} else {
			left = append(left, k)
		}
	}
	out, err := traceKeys(ws, left, last)
	if err != nil {
		return out, err
	}
	// traceKeys gives each key it did not trace inNoHistory, and each it
	// traced its relation, or none where a follower's row alone listed it.
	for _, k := range left {
		if rel := out.relations[k.Key]; rel != inNoHistory {
			t.next[k.Key] = rel
		}
	}
	for k, rel := range t.next {
		if rel != "" {
			if out.relations == nil {
				out.relations = map[string]string{}
			}
			out.relations[k] = rel
		}
	}
	return out, nil
}

// changed reports whether the file is to be written (or removed, next
// empty) after this run.
func (t *tracedKeys) changed() bool {
	return !maps.Equal(t.kept, t.next) && (t.had || len(t.next) > 0)
}
