"""Benchmarks: ``python -m tests.bench`` (see README). Not collected by pytest."""
