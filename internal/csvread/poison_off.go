//go:build !csvreadpoison

package csvread

// poison says whether Read spoils the last record's fields first (see
// spoil): only in a build with -tags csvreadpoison.
const poison = false
