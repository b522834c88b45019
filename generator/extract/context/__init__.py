"""Numbers of a story that belong to another time: earlier events, habits, recalled years and
months.

Kept apart from ``counts`` because they judge the sentence around a number, not what it counts:
a toll recalled from another year is read right by the counts and still no figure of the event.
"""
