"""Tests of the language layer: numbers, dates, words, sentences, languages."""
