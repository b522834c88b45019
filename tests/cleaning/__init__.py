"""Tests of the cleaner: story, headline and furniture of scraped pages, conservation of text."""
