//go:build !linux

package main

// adviseHugeHeap does nothing: huge pages are asked for on Linux only.
func adviseHugeHeap(n int64) {}
