package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the cmp'd sections of testdata/script/*.txtar and testdata/sample/*.zip")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"unfollow-audit": func() {
			today := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
			if d := os.Getenv("UNFOLLOW_AUDIT_TODAY"); d != "" {
				t, err := time.Parse(time.DateOnly, d)
				if err == nil {
					today = func() time.Time { return t }
				}
			}
			// A script's answers are a file; UNFOLLOW_AUDIT_STDIN_TTY reads
			// them as typed at a terminal, where review asks again after an
			// answer it refuses instead of stopping.
			typed := os.Getenv("UNFOLLOW_AUDIT_STDIN_TTY") != ""
			os.Exit(runWith(os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr, inTTY: typed}, today))
		},
	})
}

// repoRoot is the module root, two levels above this package.
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestScript runs the end-to-end CLI scripts in testdata/script. Scripts
// see the sample exports as $SAMPLE and can build zips with mkzip.
func TestScript(t *testing.T) {
	root := repoRoot(t)
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join(root, "testdata", "script"),
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("SAMPLE", filepath.Join(root, "testdata", "sample"))
			env.Setenv("SAMPLESRC", filepath.Join(root, "testdata", "sample-src"))
			// A script's text is NFC, as editors save it: $E_NFD is "é"
			// typed in NFD (e, then the combining acute accent), as macOS
			// and some keyboards give a name.
			env.Setenv("E_NFD", "e\u0301")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// mkzip [-date YYYY-MM-DD] OUT.zip DIR zips DIR's files, dated
			// as the samples are (2026-11-20) or on the day given.
			"mkzip": func(ts *testscript.TestScript, neg bool, args []string) {
				day := sampleDay
				if len(args) == 4 && args[0] == "-date" {
					d, err := time.Parse(time.DateOnly, args[1])
					ts.Check(err)
					day, args = d.Add(9*time.Hour), args[2:]
				}
				if neg || len(args) != 2 {
					ts.Fatalf("usage: mkzip [-date YYYY-MM-DD] OUT.zip DIR")
				}
				ts.Check(writeZip(ts.MkAbs(args[0]), ts.MkAbs(args[1]), day))
			},
			// mktgz OUT.tar.gz DIR writes DIR's files as a gzipped tar
			// archive: a Takeout asked for as .tgz, Mastodon's archive of
			// an older server.
			"mktgz": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: mktgz OUT.tar.gz DIR")
				}
				ts.Check(writeTgz(ts.MkAbs(args[0]), ts.MkAbs(args[1])))
			},
			// age DURATION FILE... dates the files' modification time
			// DURATION before now: a file saved earlier than another.
			"age": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: age DURATION FILE...")
				}
				d, err := time.ParseDuration(args[0])
				ts.Check(err)
				at := time.Now().Add(-d)
				for _, f := range args[1:] {
					ts.Check(os.Chtimes(ts.MkAbs(f), at, at))
				}
			},
		},
	})
}

// samples maps each sample archive to the source tree it is built from.
var samples = map[string]string{
	"facebook-robinhale-20261120.zip":                                                         "facebook",
	"Complete_LinkedInDataExport_11-20-2026.zip":                                              "linkedin",
	"twitter-2026-11-20-5f1c0e7a9b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e.zip": "twitter",
	"takeout-20261120T090000Z-001.zip":                                                        "youtube",
	"instagram-robinhale-2026-11-20-AbCdEfGh.zip":                                             "instagram",
}

// looseSamples are sample exports that the network ships as a single file.
var looseSamples = map[string]string{
	"following_accounts.csv": "mastodon/following_accounts.csv",
}

// TestSampleZips checks that the sample archives shipped for the README's
// quick start hold exactly their source trees in testdata/sample-src, so
// that fixtures are reviewed as text. Run with -update to rebuild them.
func TestSampleZips(t *testing.T) {
	root := repoRoot(t)
	for name, src := range looseSamples {
		dst := filepath.Join(root, "testdata", "sample", name)
		want, err := os.ReadFile(filepath.Join(root, "testdata", "sample-src", filepath.FromSlash(src)))
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(dst, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := os.ReadFile(dst); err != nil || string(got) != string(want) {
			t.Errorf("%s differs from testdata/sample-src/%s (run with -update)", name, src)
		}
	}
	for name, src := range samples {
		zipPath := filepath.Join(root, "testdata", "sample", name)
		srcDir := filepath.Join(root, "testdata", "sample-src", src)
		if *update {
			if err := writeZip(zipPath, srcDir, sampleDay); err != nil {
				t.Fatal(err)
			}
		}
		want := map[string]string{}
		err := filepath.WalkDir(srcDir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			rel, _ := filepath.Rel(srcDir, p)
			want[filepath.ToSlash(rel)] = string(data)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.OpenReader(zipPath)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/unfollow-audit -run TestSampleZips -update)", err)
		}
		got := map[string]string{}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			got[f.Name] = string(data)
		}
		zr.Close()
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: entry %s differs from %s (run with -update)", name, k, srcDir)
			}
		}
		for k := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("%s: entry %s is not in %s (run with -update)", name, k, srcDir)
			}
		}
	}
}

// sampleDay is when the sample exports were made, as their zips date them.
var sampleDay = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

// writeZip writes dir's files, in name order and dated at, into a new
// zip archive at out.
// writeTgz writes the files of dir to out as a gzipped tar archive,
// dated as the samples are.
func writeTgz(out, dir string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	gz := gzip.NewWriter(f)
	tw := tar.NewWriter(gz)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if err := tw.WriteHeader(&tar.Header{Name: filepath.ToSlash(rel), Mode: 0o444, Size: int64(len(data)), ModTime: sampleDay}); err != nil {
			return err
		}
		_, err = tw.Write(data)
		return err
	})
	for _, c := range []io.Closer{tw, gz, f} {
		if cerr := c.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

func writeZip(out, dir string, at time.Time) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(f)
	for _, p := range files {
		rel, _ := filepath.Rel(dir, p)
		name := filepath.ToSlash(rel)
		method := zip.Deflate
		if strings.HasSuffix(name, ".jpg") || strings.HasSuffix(name, ".mp4") {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method,
			Modified: at})
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
