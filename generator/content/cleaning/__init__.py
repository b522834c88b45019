"""Cleaning: which blocks of a scraped page are story, which are furniture, and which line is the
headline. :mod:`generator.content.cleaner` runs it all on one article and records every removed
block with the rule that removed it (nothing is dropped unrecorded).

- :mod:`.rules`: the rule table, what one block is by its own words (one module per family of
  furniture kinds);
- :mod:`.passes`, :mod:`.pieces`, :mod:`.runs`: furniture by position, by the pieces a line is
  made of, and runs of it at the story's margins;
- :mod:`.headline`: which line is the headline, and where it came from;
- the other modules each hold one shape of furniture the table cannot see in a block alone
  (ARCHITECTURE.md lists them: echoes of the headline, captions, pointers, playlists, lines
  repeated across an outlet's articles, lines glued or hard-wrapped together, shallow features,
  sentences addressed to the reader).
"""
