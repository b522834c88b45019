"""Tests of comparisons, copy families, coverage, timeline."""
