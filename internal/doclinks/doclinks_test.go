package doclinks

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// root is the repository's top folder, two above this package's.
const root = "../.."

// TestDocLinks checks every link of README.md and docs/*.md: a relative
// link names a file of the repository, and its #anchor, or a link that is
// an #anchor alone, a heading of the file it leads to.
func TestDocLinks(t *testing.T) {
	names, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	names = append([]string{filepath.Join(root, "README.md")}, names...)
	files := map[string]string{}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		rel, err := filepath.Rel(root, name)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.ToSlash(rel)] = string(b)
	}
	exists := func(p string) bool {
		_, err := os.Stat(filepath.Join(root, filepath.FromSlash(p)))
		return err == nil
	}
	n, problems := check(files, exists)
	for _, p := range problems {
		t.Error(p)
	}
	// The README alone links each docs file: far fewer links than this
	// would mean the links are no longer found, not that they are right.
	if n < 20 {
		t.Errorf("found %d links in %d files; the link pattern no longer matches the documentation?", n, len(files))
	}
}

// TestCheckFindsBrokenLinks makes sure check tells a broken link from a
// good one, so that TestDocLinks passing means something.
func TestCheckFindsBrokenLinks(t *testing.T) {
	files := map[string]string{
		"README.md": "# Tool\n\n## Quick start\n\nSee [rules](docs/rules.md#account-ids), [the start](#quick-start),\n" +
			"[gone](docs/gone.md), [no such part](docs/rules.md#merging), [here](#nowhere)\n" +
			"and the [site](https://example.com/x#y).\n\n```sh\necho [not a link](nowhere.md)\n```\n\n" +
			"A code span `[not a link](nowhere.md)` either.\n",
		"docs/rules.md": "# The rules\n\n## Account ids\n\nBack to the [README](../README.md#quick-start) and\n" +
			"[its top](../README.md), [a missing part](../README.md#the-rules).\n",
	}
	exists := func(p string) bool { _, ok := files[p]; return ok }
	n, got := check(files, exists)
	want := []string{
		`README.md:6: link "docs/gone.md": no such file`,
		`README.md:6: link "docs/rules.md#merging": docs/rules.md has no heading #merging`,
		`README.md:6: link "#nowhere": README.md has no heading #nowhere`,
		`docs/rules.md:6: link "../README.md#the-rules": README.md has no heading #the-rules`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n != 8 {
		t.Errorf("checked %d links, want 8 (the web address is not checked, the code block's and the code span's are no links)", n)
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ heading, slug string }{
		{"Quick start", "quick-start"},
		{"1. Get your exports", "1-get-your-exports"},
		{"4. Act, then re-audit every quarter", "4-act-then-re-audit-every-quarter"},
		{"Merging accounts into people", "merging-accounts-into-people"},
		{"The `import` command", "the-import-command"},
		{"T1: read, decide — write", "t1-read-decide--write"},
		{"Données à l'œil", "données-à-lœil"},
		{"[Linked](x.md) heading", "linked-heading"},
	} {
		if got := slug(c.heading); got != c.slug {
			t.Errorf("slug(%q) = %q, want %q", c.heading, got, c.slug)
		}
	}
}

var (
	headingRe = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	// linkRe finds the target of an inline link or image: ](target).
	linkRe     = regexp.MustCompile(`\]\(([^()\s]+)\)`)
	codeSpanRe = regexp.MustCompile("`[^`]*`")
	mdLinkRe   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
)

// slug makes a heading's anchor as GitHub does: its text (a link's text
// for a link), lower-cased, with spaces made hyphens, and every character
// that is not a letter, a digit, a mark, a hyphen or an underscore dropped.
func slug(heading string) string {
	heading = mdLinkRe.ReplaceAllString(heading, "$1")
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// parse returns the anchors of a markdown file's headings (a repeated one
// numbered -1, -2... after the first, as GitHub does) and its links, each
// with its line, outside fenced code blocks and code spans.
func parse(text string) (anchors map[string]bool, links []link) {
	anchors = map[string]bool{}
	seen := map[string]int{}
	fenced := false
	var para []string // the lines of the paragraph being read
	start := 0        // the line number of para[0]
	flush := func() {
		// Code spans may run over a line end, not over a paragraph's.
		text := codeSpanRe.ReplaceAllStringFunc(strings.Join(para, "\n"), func(s string) string {
			return strings.Repeat("\n", strings.Count(s, "\n"))
		})
		for i, line := range strings.Split(text, "\n") {
			for _, m := range linkRe.FindAllStringSubmatch(line, -1) {
				links = append(links, link{line: start + i, target: m[1]})
			}
		}
		para = para[:0]
	}
	for i, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " "), "```") {
			flush()
			fenced = !fenced
			continue
		}
		if fenced {
			continue
		}
		if m := headingRe.FindStringSubmatch(line); m != nil {
			flush()
			s := slug(m[2])
			if k := seen[s]; k > 0 {
				anchors[s+"-"+strconv.Itoa(k)] = true
			} else {
				anchors[s] = true
			}
			seen[s]++
			continue
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if len(para) == 0 {
			start = i + 1
		}
		para = append(para, line)
	}
	flush()
	return anchors, links
}

type link struct {
	line   int
	target string
}

// check checks the links of files (by slash-separated path from the
// repository's root, to their text), a link to a file outside them by
// exists alone. It returns how many links it checked and what is wrong,
// one line each.
func check(files map[string]string, exists func(string) bool) (n int, problems []string) {
	anchors := map[string]map[string]bool{}
	links := map[string][]link{}
	for name, text := range files {
		anchors[name], links[name] = parse(text)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		for _, l := range links[name] {
			if strings.Contains(l.target, "://") || strings.HasPrefix(l.target, "mailto:") {
				continue // not checked: no network in tests
			}
			n++
			file, frag, _ := strings.Cut(l.target, "#")
			target := name
			if file != "" {
				target = path.Clean(path.Join(path.Dir(name), file))
				if strings.HasPrefix(target, "../") || !exists(target) {
					problems = append(problems, name+":"+strconv.Itoa(l.line)+": link "+strconv.Quote(l.target)+": no such file")
					continue
				}
			}
			if frag == "" {
				continue
			}
			a, ok := anchors[target]
			if !ok {
				problems = append(problems, name+":"+strconv.Itoa(l.line)+": link "+strconv.Quote(l.target)+": "+target+" is not a markdown file checked here, so #"+frag+" cannot be")
				continue
			}
			if !a[frag] {
				problems = append(problems, name+":"+strconv.Itoa(l.line)+": link "+strconv.Quote(l.target)+": "+target+" has no heading #"+frag)
			}
		}
	}
	return n, problems
}
