"""Language: the rules every stage reads text with, and nothing about briefings.

The lexicon (word lists, per language), dates as written (with a time of day and zone) and
relative dates, the quantity reader (:mod:`.quantities`) and the one number formatter, names and
spelling variants, sentences, and quote matching. Nothing here
imports the content model: these are functions of strings and dates.
"""
