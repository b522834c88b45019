"""Tests of templates, charts, the print HTML and the PDF."""
