"""What befell the people a text names, read where both ``extract`` and ``check`` may ask it.

``briefing extract`` drafts a figure of one from "a driver was killed" or "un mort", and
``briefing check`` must then accept that figure's value in its quote: with a reader each, the two
stages disagreed on hundreds of invented sentences (issue 16) and drafts had to be dropped. The
outcome readers (what befell the people a number or an article counts, named after them or by
the verb whose object they are), the asides read past, the tolls and the members of a counted
group live here, below both stages, and :mod:`.one` is the one reader of one casualty written
with an article that both call.
"""
