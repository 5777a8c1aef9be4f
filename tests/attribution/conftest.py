"""Helpers for the rule-family tables (the shared ``nlp`` fixture lives in tests/conftest.py)."""
from __future__ import annotations

import pytest

import quotes


def check_extract(nlp, text: str, expected: list[tuple]) -> None:
    """``expected``: (quoted text, type, speaker, cue) per quote, in order."""
    got = quotes.extract(text, nlp=nlp)
    assert [(q.text, q.type, q.cue) for q in got] == [(t, ty, c) for t, ty, _, c in expected]
    for q, (_, _, speaker, _) in zip(got, expected):
        assert text[q.start:q.end] == q.text
        assert q.speaker == speaker


@pytest.fixture
def extracted():
    """``extracted(nlp, text, expected)``: assert the quotes of ``text``."""
    return check_extract
