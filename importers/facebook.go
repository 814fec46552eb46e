package importers

import "github.com/unfollow-audit/unfollow-audit/audit"

// Facebook reads Facebook exports. (stub, being written)
type Facebook struct{}

func (Facebook) Network() string { return audit.Facebook }

func (Facebook) Detect(p string, head func() []byte) string { return "" }

func (Facebook) Import(files []*File) ([]audit.Account, error) { return nil, nil }

func (Facebook) Formats() []Format { return nil }
