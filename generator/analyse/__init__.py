"""Analyse: what the sources agree and disagree on, who reports what, and when.

:func:`generator.analyse.analysis.analyse` returns the
:class:`~generator.analyse.model.Analysis` that the site, the PDF, the charts and TimelineJS read.
"""
