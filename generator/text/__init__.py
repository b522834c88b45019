"""Language: the rules every stage reads text with, and nothing about briefings.

The lexicon (word lists, per language), dates as written and relative dates, numbers (the reader
and the one formatter), names and spelling variants, sentences, and quote matching. Nothing here
imports the content model: these are functions of strings and dates.
"""
