"""Q2: a quote whose speaker the tool cannot find."""
from __future__ import annotations

from typing import Iterator

from .. import Context, Hit, register


def excerpt(text: str, n: int = 40) -> str:
    """The first words of a quote, on one line, for a message."""
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"


@register("Q2", "no-speaker", "a quote with no speaker the tool can find",
          "name the source in the sentence (« …, a déclaré X ») or in the paragraph before",
          needs_parse=True, rank=0)
def check(ctx: Context) -> Iterator[Hit]:
    """Every quote whose resolved speaker is empty.

    A pronoun or title that could not be resolved (``speaker_mention`` set,
    ``speaker`` empty) is reported here, with the mention, not under Q3, so
    one quote never gets two findings.
    """
    for q in ctx.quotes:
        if q.speaker and q.speaker.strip():
            continue
        what = f"« {excerpt(q.text)} »"
        if q.speaker_mention and q.speaker_mention.strip():
            msg = f"quote has no speaker ('{q.speaker_mention.strip()}' resolves to no one): {what}"
        else:
            msg = f"quote has no speaker: {what}"
        yield Hit(q.start, msg)
