"""Measured amounts that are or are not figures of the event: distances, heights, rain, heat, wind.

A unit alone does not make a figure: a distance may locate the event or only describe a place,
rain may be the event's own or a normal level. These modules decide, for the figure finder.
"""
