//go:build csvreadpoison

package csvread

// poison says whether Read spoils the last record's fields first (see
// spoil): only in a build with -tags csvreadpoison.
const poison = true

// Poisoned reports whether this build spoils lent fields (-tags
// csvreadpoison): a package that lends them further, as the importers'
// batches do, spoils its own copies too, so that its callers' tests catch
// a field kept past its loan.
const Poisoned = poison
