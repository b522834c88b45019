"""Tests of the architecture's contracts and the bench scripts."""
