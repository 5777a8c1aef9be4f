"""Orchestration: text -> marks + parse -> cues -> attribution -> coreference -> roles -> Quote.

The Stanza pipeline is loaded once by the caller and passed in; nothing here
holds state between documents.
"""
from __future__ import annotations

import bisect
from typing import Iterable, Iterator, Optional

from .attribution import Candidate, analyse, nav_paragraphs
from .coreference import Coreference, Resolved
from .cues import QUOTE_CHARS, Lexicon, load_lexicon, may_report, norm
from .mentions import PRONOUNS, clitic_subject, is_capitalised, split_title
from .parse import MAX_WORDS, Sentence
from .reader import Document, analysis_text
from .record import LineIndex, Quote
from .roles import collect_roles, role_for


class Extractor:
    """Extracts quotes from documents with one loaded parser."""

    def __init__(self, nlp=None, model: Optional[str] = None,
                 lexicon: Optional[Lexicon] = None, parse_all: bool = False) -> None:
        if nlp is None:
            from .parse import load_pipeline

            nlp = load_pipeline(model)
        self.nlp = nlp
        self.lex = lexicon or load_lexicon()
        #: parse every sentence instead of only those that may report speech
        self.parse_all = parse_all
        #: also parse the sentence before each reporting one (pronoun antecedents)
        self.neighbours = True
        #: words of text parsed per tagger/parser call in ``extract_documents``
        self.batch_words = 3000

    def extract_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Quote]]]:
        """Quotes of each document, in input order.

        Documents are parsed in groups (about ``batch_words`` words) with one
        tagger/parser call per group; each group's results are yielded before
        the next group is read, so memory stays flat on a long stream."""
        group: list[Document] = []
        words = 0
        for d in docs:
            group.append(d)
            words += len(d.analysis) // 6  # ~6 characters a word in French news
            if words >= self.batch_words:
                yield from self._extract_group(group)
                group, words = [], 0
        if group:
            yield from self._extract_group(group)

    def _extract_group(self, group: list[Document]) -> Iterator[tuple[Document, list[Quote]]]:
        texts = [d.analysis for d in group]
        selects = [None if self.parse_all else self._selector(t) for t in texts]
        for d, sents in zip(group, self.nlp.parse_many(texts, selects)):
            yield d, self._quotes(d, sents)

    def extract(self, text: str, doc: str = "-", markdown: bool = False) -> list[Quote]:
        d = Document(doc, text, analysis_text(text, markdown), markdown)
        return self.find_quotes(d)

    def find_quotes(self, d: Document) -> list[Quote]:
        text = d.analysis
        sents = self.nlp.parse(text, select=None if self.parse_all else self._selector(text))
        return self._quotes(d, sents)

    def _quotes(self, d: Document, sents: list) -> list[Quote]:
        text = d.analysis
        cut = sum(1 for s in sents if s.cut)
        if cut:
            d.notes.append(f"{cut} sentence(s) over {MAX_WORDS} words cut into pieces for the parser")
        cands, marks, paras = analyse(text, sents, self.lex, d.markdown)
        quoted = [(sp.start, sp.end) for sp in marks.top_level()] + nav_paragraphs(text, paras)
        coref = Coreference(text, sents, self.lex, quoted,
                            headline_end=paras[0][1] if paras else 0)
        roles = collect_roles(text, coref, self.lex)
        resolved = _resolve_all(cands, coref, paras)
        lines = LineIndex(d.text)
        para_starts = [a for a, _ in paras]
        out: list[Quote] = []
        for c, r, mstart in resolved:
            line, col = lines.line_col(c.start)
            out.append(Quote(
                doc=d.path, start=c.start, end=c.end, text=d.text[c.start:c.end], type=c.type,
                speaker=r.speaker,
                speaker_mention=(d.text[c.mention.start:c.mention.end] if c.mention else None),
                role=role_for(r.speaker, c.start, mstart, roles) if r.kind == "person" else None,
                cue=c.cue, line=line, column=col, sentence=c.sentence.index,
                paragraph=max(0, bisect.bisect_right(para_starts, c.start) - 1), rule=c.rule,
            ))
        return out


    def _selector(self, text: str):
        """Parse a sentence that may report speech, and the one before it (the
        antecedent of its pronoun, the source of a quote standing alone)."""
        memo: dict[int, bool] = {}

        def reports(light, k: int) -> bool:
            if k not in memo:
                memo[k] = may_report(light[k], text, self.lex)
            return memo[k]

        def select(light, k: int) -> bool:
            return reports(light, k) or (self.neighbours and k + 1 < len(light) and reports(light, k + 1)
                                         and needs_antecedent(light[k + 1], text))

        return select


def needs_antecedent(s: Sentence, text: str) -> bool:
    """Whether a reporting sentence may take its source from the sentence
    before: a pronoun ("a-t-il ajouté"), a quotation (a floating quote, a
    quote continued), or no name of its own ("Le ministre a déclaré …", whose
    name the sentence before may give in apposition).  A sentence that names
    its source ("Marie Curie a déclaré …") needs nothing parsed before it:
    names are collected from unparsed sentences too."""
    if any(c in QUOTE_CHARS for c in text[s.start:s.end]):
        return True
    named = False
    for k, w in enumerate(s.words):
        low = norm(text[w.start:w.end])
        if low in PRONOUNS or clitic_subject(low):
            return True
        if k > 0 and is_capitalised(w) and s.words[k - 1].start != w.start:
            named = True
    return not named


def _resolve_all(cands: list[Candidate], coref: Coreference, paras: list[tuple[int, int]]
                 ) -> list[tuple[Candidate, Resolved, Optional[int]]]:
    """Resolve speakers in text order, then give floating quotes their neighbours' speaker."""
    speakers: list[tuple[int, Resolved]] = []
    out = []
    for c in cands:
        r = coref.resolve(c.mention, speakers) if c.mention is not None else Resolved(None, "unknown")
        mstart = None
        if c.mention is not None and c.mention.kind == "name":
            _, name = split_title([w for w in c.mention.words], coref.lex)
            mstart = name[0].start if name else c.mention.start
        if r.speaker:
            speakers.append((c.start, r))
        out.append((c, r, mstart))
    starts = [a for a, _ in paras]
    para_of = [bisect.bisect_right(starts, c.start) - 1 for c in cands]
    for k, (c, r, mstart) in enumerate(out):
        if not c.inherit or r.speaker:
            continue
        p = para_of[k]
        prev = next((out[j] for j in range(k - 1, max(-1, k - 30), -1)
                     if out[j][1].speaker and 0 <= p - para_of[j] <= 1), None)
        nxt = next((out[j] for j in range(k + 1, min(len(out), k + 30))
                    if out[j][1].speaker and 0 <= para_of[j] - p <= 2), None)
        pick = (nxt or prev) if c.headline_next else (prev or None)
        if pick is not None:
            out[k] = (c, pick[1], pick[2])
        elif p >= 0:
            lo = paras[max(0, p - 1)][0]
            person = coref.last_person(lo, c.start)
            if person is not None:
                out[k] = (c, person, None)
    return out


def extract(text: str, nlp=None, doc: str = "-", markdown: bool = False) -> list[Quote]:
    """Quotes of one article; pass ``nlp`` (see ``load_pipeline``) to avoid reloading."""
    return Extractor(nlp).extract(text, doc=doc, markdown=markdown)
