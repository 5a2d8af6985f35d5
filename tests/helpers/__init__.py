"""Shared test helpers: fakes, harnesses and the app builder (not test modules)."""
