"""Fakes, builders and fixtures that several test modules share (not test modules)."""
