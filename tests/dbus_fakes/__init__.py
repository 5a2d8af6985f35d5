"""Fake D-Bus services for the platform tests, run as a subprocess on a private bus."""
