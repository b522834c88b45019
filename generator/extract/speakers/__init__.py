"""Who speaks: the person, office or body a quotation or a figure is credited to, in every language.

Shared by the quotation finder, the date finder and the figure sources: the speech verb's
subject, "according to" credits, pronouns and roles resolved to the last person named, and the
name a draft shows for a speaker.
"""
