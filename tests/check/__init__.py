"""Tests of evidence, values, dates, duplicates, pages about another event."""
