"""Check: every reference resolves and every claim is in the text it cites.

:func:`generator.check.checks.check` returns :class:`~generator.check.checked.Checked`, the
content plus every citation located and every source's date read; hints for unlisted spellings
come from :mod:`generator.check.suggestions`.
"""
