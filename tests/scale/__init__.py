"""Tests of archive inputs, partitioned outputs and the Dask runner (a package so
that its conftest does not shadow tests/conftest.py)."""
