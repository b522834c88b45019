"""The printed briefing: :mod:`.document` renders it as HTML, :mod:`.pdf` makes the PDF."""
