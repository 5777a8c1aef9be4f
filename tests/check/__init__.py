"""Tests of ``quotes check`` (a package so that its conftest does not shadow tests/conftest.py)."""
