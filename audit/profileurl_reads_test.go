package audit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// profileURLReaders are the files of the module allowed to read an
// Account's ProfileURL field rather than its URL method, and why: the
// field is empty where SetURLOfID holds the address as the ID (most
// LinkedIn connections), so a read elsewhere would find no address there.
var profileURLReaders = map[string]string{
	"audit/model.go":         "URL and SetProfileURL themselves",
	"audit/packstrings.go":   "copies the field as it is; the ID, copied too, keeps the address",
	"audit/ledger_update.go": "isASCII of it: an address made of the ID is ASCII where the ID is, checked beside it",
	"audit/report.go":        "linkOfItsOwn asks urlOfID first",
}

// Every read of Account.ProfileURL outside tests is in a file that knows
// the field may be empty where the address is the ID's: others read
// Account.URL. The field's name is Account's alone in the module, so a
// selector of it is a read of Account's wherever it is not assigned to.
func TestProfileURLReadThroughURL(t *testing.T) {
	root := ".."
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || strings.HasPrefix(name, ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if _, ok := profileURLReaders[rel]; ok {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		assigned := map[ast.Expr]bool{} // the left sides of assignments
		ast.Inspect(f, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok {
				for _, l := range as.Lhs {
					assigned[l] = true
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "ProfileURL" && !assigned[sel] {
				t.Errorf("%s: reads ProfileURL, empty where SetURLOfID holds the address: read URL()", fset.Position(sel.Pos()))
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
