"""Load: a content folder -> the typed model (:class:`~generator.content.model.Content`).

Files (decoding, the atomic write), YAML with the position of every node, the schema and its
validation, the article readers and the cleaner, and the problems every stage reports.
"""
