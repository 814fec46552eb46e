package importers

import "github.com/unfollow-audit/unfollow-audit/audit"

// Twitter reads Twitter exports. (stub, being written)
type Twitter struct{}

func (Twitter) Network() string { return audit.Twitter }

func (Twitter) Detect(p string, head func() []byte) string { return "" }

func (Twitter) Import(files []*File) ([]audit.Account, error) { return nil, nil }

func (Twitter) Formats() []Format { return nil }
