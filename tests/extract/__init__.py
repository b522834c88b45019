"""Tests of briefing extract: figures, quotes, speakers, dates, names, the draft."""
