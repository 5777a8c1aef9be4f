"""Orchestration: text -> marks + parse -> cues -> attribution -> coreference -> roles -> Quote.

The Stanza pipeline is loaded once by the caller and passed in; nothing here
holds state between documents.
"""
from __future__ import annotations

import bisect
from typing import Iterable, Iterator, Optional

from .attribution import Candidate, analyse, nav_paragraphs
from .people.coreference import Coreference, Resolved
from .attribution.cues import Lexicon, load_lexicon, may_report, norm
from .text.marks import CLOSERS, OPENERS
from .people.mentions import is_people_name, mention_at, split_title
from .parser.parse import MAX_WORDS, Sentence
from .text.reader import Document, analysis_text
from .record import LineIndex, Quote
from .people.captions import signature
from .people.echoes import echoed
from .people.entities import People
from .people.roles import collect_roles


class Extractor:
    """Extracts quotes from documents with one loaded parser."""

    def __init__(self, nlp=None, model: Optional[str] = None,
                 lexicon: Optional[Lexicon] = None, parse_all: bool = False,
                 int8: bool = False) -> None:
        if nlp is None:
            from .parser.parse import load_pipeline

            nlp = load_pipeline(model, int8=int8)
        self.nlp = nlp
        self.lex = lexicon or load_lexicon()
        #: parse every sentence instead of only those that may report speech
        self.parse_all = parse_all
        #: also parse the sentence before a quote whose source needs an antecedent
        self.neighbours = True
        #: words of text parsed per tagger/parser call in ``extract_documents``
        self.batch_words = 3000

    def extract_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Quote]]]:
        """Quotes of each document, in input order.

        Documents are parsed in groups (about ``batch_words`` words) with one
        tagger/parser call per group; at most two groups are held at a time,
        so memory stays flat on a long stream."""
        for d, sents, quotes in self._analyse(self._groups(docs)):
            cut = sum(1 for s in sents if s.cut)
            if cut:
                d.notes.append(f"{cut} sentence(s) over {MAX_WORDS} words cut into pieces for the parser")
            yield d, quotes

    def _groups(self, docs: Iterable[Document]) -> Iterator[list[Document]]:
        group: list[Document] = []
        words = 0
        for d in docs:
            group.append(d)
            words += len(d.analysis) // 6  # ~6 characters a word in French news
            if words >= self.batch_words:
                yield group
                group, words = [], 0
        if group:
            yield group

    def _analyse(self, groups: Iterable[list[Document]]
                 ) -> Iterator[tuple[Document, list[Sentence], list[Quote]]]:
        """Parse in two rounds: the sentences that may report speech, then,
        only for the quotes whose source is not named in their own sentence
        (a pronoun, "le ministre", a quotation standing alone), the sentence
        before them, where attribution looks for the antecedent; the
        documents that got more parsed are analysed again.  A group's second
        round rides in the next group's first parser call (a call of its own
        for two sentences cost a twentieth of a full one)."""
        held = None  # (group, tokenized, first answers, sentences still to parse)
        for group in groups:
            docs = self.nlp.tokenize_many([d.analysis for d in group])
            if self.parse_all:
                wanted = [list(range(len(t.sentences))) for t in docs]
            else:
                wanted = [[k for k, s in enumerate(t.sentences) if may_report(s, t.text, self.lex)]
                          for t in docs]
            if held is not None:
                self.nlp.parse_more(held[1] + docs, held[3] + wanted, self.lex.parentheticals)
                yield from self._finish(*held)
            else:
                self.nlp.parse_more(docs, wanted, self.lex.parentheticals)
            first = [self._quotes(d, t.sentences) for d, t in zip(group, docs)]
            more = [[k - 1 for k in needs if k > 0 and not t.sentences[k - 1].parsed]
                    if self.neighbours else [] for t, (_, needs) in zip(docs, first)]
            held = (group, docs, first, more)
            if not any(more):
                yield from self._finish(*held)
                held = None
        if held is not None:
            self.nlp.parse_more(held[1], held[3], self.lex.parentheticals)
            yield from self._finish(*held)

    def _finish(self, group, docs, first, more) -> Iterator[tuple[Document, list[Sentence], list[Quote]]]:
        for d, t, (quotes, _), ks in zip(group, docs, first, more):
            yield d, t.sentences, (self._quotes(d, t.sentences)[0] if ks else quotes)

    def extract(self, text: str, doc: str = "-", markdown: bool = False) -> list[Quote]:
        d = Document(doc, text, analysis_text(text, markdown), markdown)
        return self.find_quotes(d)

    def find_quotes(self, d: Document) -> list[Quote]:
        return next(self.extract_documents([d]))[1]

    def parsed_sentences(self, text: str) -> list[Sentence]:
        """The sentences of ``text`` as extraction sees them: which ones it
        parsed, which it only tokenised."""
        return next(self._analyse([[Document("-", text, text, False)]]))[1]

    def _quotes(self, d: Document, sents: list) -> tuple[list[Quote], set[int]]:
        """The quotes, and the sentences holding a quote whose source the
        sentence does not name (their antecedent may be in the one before)."""
        text = d.analysis
        cands, marks, paras = analyse(text, sents, self.lex, d.markdown)
        quoted = [(sp.start, sp.end) for sp in marks.top_level()] + nav_paragraphs(text, paras)
        coref = Coreference(text, sents, self.lex, quoted,
                            headline_end=paras[0][1] if paras else 0,
                            reported=[(c.start, c.end) for c in cands])
        roles = collect_roles(text, coref, self.lex)
        coref.roles = roles  # "le ministre" stands for the minister named before
        resolved = _resolve_all(cands, coref, paras)
        people = People(text, coref, roles, self.lex, quoted)
        lines = LineIndex(d.text)
        para_starts = [a for a, _ in paras]
        needs: set[int] = set()
        found = []
        for c, r, mstart in resolved:
            if c.mention is None or c.mention.kind != "name" or not r.speaker \
                    or is_people_name(c.mention, self.lex):
                needs.add(c.sentence.index)
                if c.mention is not None:
                    needs.add(c.mention.sentence.index)
            line, col = lines.line_col(c.start)
            # "la Niçoise" is the role of its own quote only, not of the person
            own = r.role if r.role and norm(r.role) in self.lex.demonyms else None
            if own:
                r.role = None
            who, via = people.speaker(r, c.mention, c.start, c.end)
            if _same_source(c, d.analysis) and found and found[-1][3] is not None:
                who, via, mstart = found[-1][3], "context", found[-1][2]  # "selon la même source"
            if c.inherit:
                via = "context"
            # (a pronoun's antecedent gave no role of its own quote)
            if mstart is None and via == "description":
                mstart = r.at
            found.append((c, r, mstart, who, via, own, line, col))
        # roles once every description has been linked: "le co-porte-parole"
        # late in the article is the role of the quotes before it too
        out: list[Quote] = []
        for c, r, mstart, who, via, own, line, col in found:
            out.append(Quote(
                doc=d.path, start=c.start, end=c.end, text=d.text[c.start:c.end], type=c.type,
                speaker=who.name if who else None,
                speaker_id=who.id if who else None,
                speaker_kind=who.kind or None if who else None,
                speaker_gender=who.gender if who and who.kind == "person" else None,
                # (a narrative infinitive names no one in its own words)
                speaker_mention=(d.text[c.mention.start:c.mention.end]
                                 if c.mention and c.mention.kind != "context" else None),
                speaker_via=via if who else None,
                role=own or (who.role_near(mstart, c.start) if who else None),
                cue=c.cue, line=line, column=col, sentence=c.sentence.index,
                paragraph=max(0, bisect.bisect_right(para_starts, c.start) - 1), rule=c.rule,
            ))
        return out, needs


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
    spans = [(c.start, c.end) for c in cands]
    named = [bool(r.speaker) and not c.inherit for c, r, _ in out]
    for k, (c, r, mstart) in enumerate(out):
        # an incise whose subject could not be read ("avait écrit « El Pistolero »")
        no_subject = c.mention is None and c.rule.startswith(("direct-incise", "incise"))
        # (a source that is no one, "ses propos", leaves the quote to its neighbours)
        if r.speaker or not (c.inherit or no_subject or (c.mention is not None and c.mention.kind == "nominal")):
            continue
        signed = signature(coref, c.end) or _sentence_subject(c, coref)
        if signed is not None:  # « … », Marie Durand, syndicaliste
            out[k] = (c, signed, signed.at)
            continue
        if no_subject and para_of[k] >= 0:
            # the person its paragraph is about
            person = coref.last_person(paras[para_of[k]][0], c.start)
            if person is not None:
                out[k] = (c, person, person.at)
                continue
        j = echoed(k, spans, coref.text, named)
        if j is not None:  # a line lifted from a quotation of the body
            out[k] = (c, out[j][1], out[j][2])
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
            # an interview: past the questions and the answers before, to
            # the paragraph that introduced the person
            q = max(0, p - 1)
            while q > 0 and _question_or_answer(coref.text, paras[q]):
                q -= 1
            lo = paras[q][0]
            person = coref.last_person(lo, c.start)
            if person is not None:
                out[k] = (c, person, None)
                continue
            # a quotation standing alone after a paragraph of the writer's own
            # ("Car les moyens … des magistrats …"): the voice of the article
            # goes on, the last person quoted a few paragraphs before
            last = next((out[j] for j in range(k - 1, max(-1, k - 30), -1)
                         if out[j][1].speaker and out[j][1].kind == "person"
                         and out[j][1].speaker[:1].isupper()  # named, not "la première inquiétude"
                         and 0 <= p - para_of[j] <= 3), None)
            if last is not None:
                out[k] = (c, last[1], last[2])
            elif _interview(coref.text, paras) and out and out[0][1].speaker and para_of[0] == 0:
                # an interview's quotation alone is the voice its headline names
                out[k] = (c, out[0][1], out[0][2])
    return out


def _sentence_subject(c: Candidate, coref: Coreference) -> Optional[Resolved]:
    """« X remercie le Premier mais revient sur « le très mauvais bilan » »: a
    quotation inside a sentence that no cue attributes is its subject's
    words, when the subject is someone who can speak."""
    s = c.sentence
    if c.rule != "direct-floating" or not s.parsed:
        return None
    root = next((w for w in s.words if w.deprel == "root"), None)
    if root is None or root.start > c.start:
        return None
    subj = next((k for k in s.children(root.i) if k.deprel == "nsubj" and k.end <= c.start
                 and k.upos in ("PROPN", "NOUN")), None)
    if subj is None or (subj.upos == "NOUN" and not coref.lex.is_role_noun(subj.text)):
        return None
    r = coref.resolve(mention_at(s, subj, coref.lex), [])
    return r if r.speaker and r.kind == "person" else None


def _same_source(c: Candidate, text: str) -> bool:
    """"…, selon la même source": the source of the quote before."""
    m = c.mention
    return m is not None and m.kind == "nominal" and \
        norm(text[m.start:m.end]).replace("la ", "").strip() in ("même source", "mêmes sources")


def _interview(text: str, paras: list[tuple[int, int]]) -> bool:
    """An article that says it is an interview in its headline or its lead."""
    head = text[:paras[1][1] if len(paras) > 1 else len(text)].lower()
    return any(w in head for w in ("interview", "entretien"))


def _question_or_answer(text: str, para: tuple[int, int]) -> bool:
    """A paragraph that is an interviewer's question or a quotation alone."""
    body = text[para[0]:para[1]].strip()
    return body.endswith("?") or (body[:1] in OPENERS + '"' and body[-1:] in CLOSERS + '".')


def extract(text: str, nlp=None, doc: str = "-", markdown: bool = False) -> list[Quote]:
    """Quotes of one article; pass ``nlp`` (see ``load_pipeline``) to avoid reloading."""
    return Extractor(nlp).extract(text, doc=doc, markdown=markdown)
