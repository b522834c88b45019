"""Shapes of direct speech that carry a quotation without the usual "…," X said: dialogue dashes,
quotations as crossheads or lead-ins, continued statements, credits after the quotation, channels.
"""
