"""Render: what site and print share, and what they draw.

The templating core and citation segmentation shared by the site's pages and the printed
briefing, Markdown escaping, the charts (specs apart from drawing), the TimelineJS export and the
printed briefing itself (``print/``: HTML, then PDF with WeasyPrint).
"""
