"""The rule table: every kind of page furniture a single block can be recognised by, one module per
family of kinds (:mod:`.stamps`, :mod:`.comments`, :mod:`.notices`, :mod:`.links`,
:mod:`.chrome`, :mod:`.credits`, :mod:`.wire_captions`, :mod:`.bylines`), put together in order
by :mod:`.table`.

A scraper hands us everything that was on the page as text: cookie banners, share bars, related
links, tag lists, comment forms and reader comments, captions and photo credits, embedded posts,
wire credits, bylines and date stamps, template leftovers. Each :class:`.base.Rule` recognises
one kind in one block (a paragraph or a line), in any of the languages of
:mod:`generator.text.furniture_words`; the passes that look at position, repetition and shape
live one level up (:mod:`generator.content.cleaning`), and :mod:`generator.content.cleaner`
runs them all.

Two principles keep the rules from eating story text:

* a rule is anchored to the whole block and limited to a few words (``max_words``), or keys on a
  phrase only furniture uses ("This website uses cookies", "Save my name, email, and website");
  a long sentence that mentions cookies or sharing in passing is story;
* rules that claim the blocks after a header, or the rest of the page (reader comments), stop
  at the first block that does not fit, and only start once the story has.

**Linear time.** Article text is untrusted, so every pattern is compiled by RE2 (google-re2),
an engine that runs in time linear in the text whatever the pattern: no input can make a rule
backtrack. All patterns are matched together first through one ``re2.Set`` (one pass over the
block tells which rules can match), then only the matching rule is run for its groups.
Patterns are matched on :func:`generator.text.languages.fold`-ed text (digits of every script as
ASCII, every space as " "), since RE2's ``\\d``, ``\\s`` and ``\\b`` are ASCII.
"""

