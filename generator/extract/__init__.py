"""Extract: candidate facts from the articles, drafted as a fact sheet to review.

Finders per kind (figures, quotes, dates, names, with attribution), then grouping across
articles, ids, what the fact sheets already hold, and the YAML writer. Beside the analysis:
nothing below this package imports it.
"""
