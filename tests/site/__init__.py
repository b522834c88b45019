"""Tests of the site, the CLI, MkDocs and Zensical, publishing, the browser."""
