// Package doclinks holds no code, only a test: that every link of the
// README and of docs/*.md leads to a file of the repository and, where it
// names a #section, to a heading of that file, as GitHub renders them.
// The documentation is split across those files, and a section moved
// from one to another would otherwise leave its links behind, broken.
package doclinks
