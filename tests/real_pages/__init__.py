"""Tests of the real-page corpus's labels, its scorers and the seed pages (read from ../shared)."""
