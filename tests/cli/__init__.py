"""Tests of the command line (a package so that test module names never clash)."""
