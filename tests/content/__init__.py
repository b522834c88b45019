"""Tests of loading: files, YAML, schema, validation, article readers, the model."""
