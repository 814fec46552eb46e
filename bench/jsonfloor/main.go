// Jsonfloor is the floor the import of a big Twitter/X follower list is
// measured against: it reads data/follower.js, drops the
// "window.YTD.follower.part0 = " assignment and json.Unmarshals the array,
// which is the least any tool reading those entries must do.
//
// Usage: jsonfloor FILE
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

type entry struct {
	Follower struct {
		AccountID string `json:"accountId"`
		UserLink  string `json:"userLink"`
	} `json:"follower"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: jsonfloor FILE")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	i := bytes.IndexByte(data, '=')
	if i < 0 {
		fmt.Fprintln(os.Stderr, "no assignment")
		os.Exit(1)
	}
	var entries []entry
	if err := json.Unmarshal(data[i+1:], &entries); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(len(entries), "entries")
}
