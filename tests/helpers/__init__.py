"""Fakes, builders and fixtures that several test modules share."""
