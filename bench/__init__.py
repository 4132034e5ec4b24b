"""Benchmarks: `python bench/run.py --help` (or `make bench`). Never run by `make test`."""
