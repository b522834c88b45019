"""What a number counts and what befell those it counts, in every language of the corpus.

The figure finder (``extract/figures.py``) asks these modules whether a number counts people or
things of the event, which outcome it carries (dead, injured, missing, displaced …) and whether
it is the toll itself or a part, a member, an increment or an identification of it. One shape
per module, so that a miss on a real page leads to the one place its rule lives.
"""
