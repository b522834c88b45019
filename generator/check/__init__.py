"""Check: every reference resolves and every claim is in the text it cites.

:func:`generator.check.checks.check` returns :class:`~generator.check.checked.Checked`, the
content plus every citation located, every source's date read and every passage that states a
figure or names an event (:mod:`generator.check.mentions`); figure values are read against their
quotes by :mod:`generator.check.values`; hints for unlisted spellings come from
:mod:`generator.check.suggestions`.
"""
