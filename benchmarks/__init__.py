"""Benchmarks run by hand and by CI (not part of the test suite): see docs/PERFORMANCE.md."""
