"""Tests of the text stage: reading articles and pairing quotation marks."""
