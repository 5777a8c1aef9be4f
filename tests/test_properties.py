"""Property-based tests: any text, no exception, valid offsets, same answer twice.

The regex stages (mark pairing, Markdown masking, analysis text, line index,
decoding, CSV export) run 500 examples each: they are fast.  The full
pipeline needs the model and runs a few dozen.
"""
from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.outputs.export import CsvWriter, unneutralise
from quotes.text.marks import pair_marks, paragraphs
from quotes.text.reader import InputError, analysis_text, decode, mask_markdown
from quotes.record import CSV_FIELDS, LineIndex, Quote

MARKS = list("«»“”„‹›\"")
SPACES = [" ", " ", " ", "\u00a0", "\u202f", "\t"]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\u2028", "\u2029"]
WORDS = ("le la les un une de du des et que qui a dit déclaré estime selon d'après "
         "ministre porte-parole président M. Mme Jean Dupont Wu Qian Élisabeth Borne "
         "Pékin Washington nous ne céderons pas jamais l’accord été où ça "
         "il elle ils ont affirmé : ; , . ! ? … — – - ( ) [ ] 2023 12,5 %").split()
ODD = ["\u200b", "\ufeff", "\u00ad", "e\u0301", "🇫🇷", "👍🏽", "\x00", "\x0b", "\u202e",
       "`", "```", "~~~", "---", "<b>", "</b>", "<!--", "-->", "](", ")", "[x]: http://a",
       "*", "**", "> ", "# "]

token = st.one_of(
    st.sampled_from(WORDS).map(lambda w: w),
    st.sampled_from(MARKS),
    st.sampled_from(SPACES),
    st.sampled_from(BREAKS),
    st.sampled_from(ODD),
)
#: French-like text: words, marks, odd spacing and breaks, some Markdown.
french = st.lists(st.tuples(token, st.sampled_from(SPACES + ["", ""])), max_size=160).map(
    lambda ts: "".join(a + b for a, b in ts))
#: anything at all, weighted to the characters that matter.
anything = st.one_of(french, st.text(max_size=300),
                     st.text(alphabet=st.sampled_from(MARKS + SPACES + ["\n", "\r", "\u2028",
                                                                        "a", "é", "`", "<", ">"]),
                              max_size=300))

REGEX = settings(max_examples=500, deadline=None)


def _span_ok(text: str, a: int, b: int) -> None:
    assert 0 <= a <= b <= len(text), (a, b, len(text))


@REGEX
@given(anything, st.booleans())
def test_pair_marks(text, blank_lines_only):
    r = pair_marks(text, blank_lines_only)
    for s in r.spans:
        _span_ok(text, s.start, s.end)
        _span_ok(text, s.outer_start, s.outer_end)
        assert s.outer_start <= s.start and s.end <= s.outer_end
        if s.open_offset is not None:
            assert text[s.open_offset] in MARKS and s.open_offset < s.start
        if s.close_offset is not None:
            assert text[s.close_offset] in MARKS and s.close_offset >= s.end
        assert s.depth >= 0 and s.paragraphs >= 1
        if s.end > s.start:  # spans hold words, not the blanks around them
            assert not text[s.start].isspace() and not text[s.end - 1].isspace()
    for m in r.marks:
        _span_ok(text, m.offset, m.offset + 1)
        assert text[m.offset] == m.char
        assert m.role in ("open", "close", "continue")
    for p in r.problems:
        _span_ok(text, p.offset, p.offset + 1)
        assert text[p.offset] == p.char
    assert len({m.offset for m in r.marks}) == len(r.marks)  # each mark once
    assert {m.offset for m in r.marks} <= {i for i, c in enumerate(text) if c in MARKS}
    assert pair_marks(text, blank_lines_only) == r  # deterministic


@REGEX
@given(anything, st.booleans())
def test_paragraphs(text, blank_only):
    ps = paragraphs(text, blank_only)
    last = 0
    for a, b in ps:
        _span_ok(text, a, b)
        assert a >= last and text[a:b].strip()
        last = b
    assert paragraphs(text, blank_only) == ps


@REGEX
@given(anything)
def test_mask_markdown(text):
    m = mask_markdown(text)
    assert len(m) == len(text)
    for a, b in zip(text, m):
        assert b == a or (b == " " and a not in "\r\n")
    assert mask_markdown(text) == m


@REGEX
@given(anything, st.booleans())
def test_analysis_text(text, markdown):
    a = analysis_text(text, markdown)
    assert len(a) == len(text)
    for k, (x, y) in enumerate(zip(text, a)):
        # line breaks stay line breaks (CR is shown to the parser as LF)
        if x == "\n":
            assert y == "\n"
        elif x == "\r":
            assert y in " \n" and (y == "\n" or a[k + 1:k + 2] == "\n")
    assert analysis_text(text, markdown) == a
    # marks in prose are kept in place: pairing the analysis text gives offsets
    # that are valid in the original text
    for s in pair_marks(a).spans:
        _span_ok(text, s.start, s.end)


@REGEX
@given(anything)
def test_line_index(text):
    idx = LineIndex(text)
    line, col = 1, 1
    i = 0
    while i <= len(text):
        assert idx.line_col(i) == (line, col), i
        if i == len(text):
            break
        c = text[i]
        if c == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            assert idx.line_col(i + 1) == (line, col + 1)
            i += 2
            line, col = line + 1, 1
            continue
        if c in "\r\n":
            line, col = line + 1, 1
        else:
            col += 1
        i += 1


@REGEX
@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "cp1252", "latin-1", "utf-16"]))
def test_decode_never_raises_anything_else(data, encoding):
    try:
        t = decode(data, "f.txt", encoding)
    except InputError as e:
        assert str(e).startswith("f.txt: ")
    else:
        assert isinstance(t, str) and not t.startswith("\ufeff")


@REGEX
@given(st.text(max_size=200), st.text(max_size=30) | st.none(), st.booleans())
def test_csv_round_trip(text, speaker, excel):
    q = Quote("d/a é.txt", 0, len(text), text, "direct", speaker=speaker, role=speaker,
              cue="dire", line=1, column=1)
    buf = io.StringIO(newline="")
    w = CsvWriter(buf, excel=excel)
    w.begin()
    w.write([q, q])
    out = buf.getvalue()
    if excel:
        assert out.startswith("\ufeff")
        out = out[1:]
    rows = list(csv.DictReader(io.StringIO(out, newline=""), delimiter=";" if excel else ","))
    assert len(rows) == 2 and list(rows[0]) == list(CSV_FIELDS)
    for row in rows:
        assert unneutralise(row["quote"]) == text
        assert unneutralise(row["speaker"]) == (speaker or "")
        assert row["end"] == str(len(text))
        for k in ("quote", "speaker", "role", "file"):
            assert not row[k] or row[k][0] not in "=+-@\t\r"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(french, st.booleans())
def test_full_pipeline(nlp, text, markdown):
    """Needs the model: any French-like text, offsets valid, same result twice."""
    from quotes.pipeline import Extractor

    ex = Extractor(nlp)
    qs = ex.extract(text, markdown=markdown)
    for q in qs:
        _span_ok(text, q.start, q.end)
        assert text[q.start:q.end] == q.text
        assert q.type in ("direct", "indirect", "mixed")
        assert (q.line, q.column) == LineIndex(text).line_col(q.start)
    assert ex.extract(text, markdown=markdown) == qs
