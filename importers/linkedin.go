package importers

import "github.com/unfollow-audit/unfollow-audit/audit"

// LinkedIn reads LinkedIn exports. (stub, being written)
type LinkedIn struct{}

func (LinkedIn) Network() string { return audit.LinkedIn }

func (LinkedIn) Detect(p string, head func() []byte) string { return "" }

func (LinkedIn) Import(files []*File) ([]audit.Account, error) { return nil, nil }

func (LinkedIn) Formats() []Format { return nil }
