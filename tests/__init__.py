"""Briefing's tests, one folder per stage (see tests/README.md)."""
