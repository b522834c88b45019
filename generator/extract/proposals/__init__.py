"""Candidates of many articles grouped into proposals: one figure, quote, event or name each.

Grouping runs after the finders and before the draft is written; copy families and running
tolls are decided here, so that a wire copy or a rising toll is one proposal, not many.
"""
