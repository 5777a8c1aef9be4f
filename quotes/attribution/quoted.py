"""The speaker's own words in marks inside a report's object or complement.

* ``juge la trajectoire « crédible »``, ``a jugé « inacceptables » les frappes``
* ``a souligné la « gravité des faits »``, ``a salué des réquisitions « à la hauteur »``
* ``s'est félicitée de la « mobilisation exemplaire » des enseignants``
* not a title: ``son livre « Une France forte »``, ``l'opération « Barkhane »``
"""
from __future__ import annotations

from typing import Optional


from .cues import Cue, Lexicon, norm, participle_lemmas
from ..text.marks import Span
from ..people.mentions import TIME_WORDS
from ..parser.parse import Sentence, Word
from .grammar import _CLOSERS, _OPENERS, _bare_participle
from .inversion import _SPEECH_PLACE


def _object_gap(s: Sentence, v: Word, opener_start: int) -> bool:
    """The quotation at ``opener_start`` can be the object of ``v``: right
    after it, or after a day, an adverb or one short phrase of where it was
    said ("a dénoncé dans un communiqué « une provocation »")."""
    if v.end > opener_start:
        return False
    if v.past_participle and _bare_participle(s, v):
        return False  # "la sphère dite « sphère des fixes »": a name given, not a speech
    gap = [w for w in s.words if v.end <= w.start < opener_start]
    if not gap:
        return True
    if all(w.upos == "ADV" or norm(w.text) in TIME_WORDS for w in gap):
        return True
    # (the phrase names the place: "veut répondre à la « colère »" has none,
    # the quotation is the preposition's own noun, not the verb's object)
    return norm(gap[0].text) in _SPEECH_PLACE and len(gap) <= 5 and \
        not any(w.upos in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ") for w in gap) and \
        any(w.upos in ("NOUN", "PROPN") or w.text[:1].isupper() for w in gap[1:])


def _quoted_predicate(s: Sentence, v: Word, kids: list[Word], cue: Optional[Cue] = None
                      ) -> Optional[tuple[list[Word], str]]:
    """The object with the speaker's quoted words (below); not when a colon
    comes before the quotation: "interpelle le ministre : « … »" names whom
    the words were said to, and the quotation is a quote of its own."""
    found = _quoted_object(s, v, kids, cue)
    if found is not None and found[1] == "predicate" and found[0] and any(
            w.text == ":" and w.i + 1 < len(s.words) and s.words[w.i + 1].text in _OPENERS
            for w in s.words[found[0][0].i:found[0][-1].i + 1]):
        return None
    return found


def _quoted_object(s: Sentence, v: Word, kids: list[Word], cue: Optional[Cue] = None
                   ) -> Optional[tuple[list[Word], str]]:
    """"a souligné la « gravité des faits »", "a salué des réquisitions « à
    la hauteur »": the speaker's own words for the object, in quotation
    marks, are an attributed quote whatever the verb; the object with them
    is reported.  After a verb of judgment (flag ``pred``: "ont jugé ces
    propos « indignes »", "a qualifié les accusés de « calculateurs »") the
    quotation is the speaker's term for the object, and only it is quoted."""
    objs, days = _objects(s, v, kids)
    obj = objs[0] if objs else None
    if obj is None:
        return _quoted_de_complement(s, v, kids)
    if cue is not None and "pred" in cue.flags:
        term = _predicate_term(s, obj)
        if term is not None:
            return term, "term"
    preds = [k for k in kids if k.deprel.startswith("xcomp") and k.upos == "ADJ" and k.i > v.i] + \
        [c for c in s.children(obj.i) if c.deprel == "amod" and c.upos == "ADJ" and c.i > obj.i] + \
        [c for d in days for c in s.children(d.i) if c.deprel == "amod" and c.upos == "ADJ"]
    for p in preds:
        if 0 < p.i < len(s.words) - 1 and s.words[p.i - 1].text in _OPENERS \
                and s.words[p.i + 1].text in _CLOSERS:
            keep = {w.i for w in s.subtree(obj.i)} | {w.i for w in s.subtree(p.i)} | {p.i - 1, p.i + 1}
            return [w for w in s.words if w.i in keep and w.i > v.i], "predicate"
    # "a souligné la « gravité des faits »": the speaker's words inside the object
    # (not a title, which French capitalises: "son livre « Une France forte »")
    sub = [w for w in s.subtree(obj.i) if w.i > v.i]
    if obj.upos == "NOUN" and sub and sub[0].text in _OPENERS and not _titled(s, sub[0]):
        # "a dénoncé dans un communiqué « une provocation »": the whole object quoted
        close = _closer_after(s, obj.i)
        if close is not None and close >= max(w.i for w in sub if w.text not in _CLOSERS):
            return s.words[sub[0].i:_de_complement_end(s, close) + 1], "predicate"
    if obj.upos == "NOUN" and any(w.text in _OPENERS and not _titled(s, w) for w in sub[1:]):
        return sub, "predicate"
    # "a salué des réquisitions « à la hauteur des enjeux »": a quotation right
    # after the object qualifies it, wherever the parser hung it
    last = sub[-1].i if sub else obj.i
    if obj.upos == "NOUN":
        end = _qualifying_quote_end(s, last)
        if end > last:
            return sub + s.words[last + 1:end + 1], "predicate"
    return None


def _predicate_term(s: Sentence, obj: Word) -> Optional[list[Word]]:
    """The quotation that a verb of judgment puts on its object: right after
    the object's noun phrase, or after its "de" ("qualifié les accusés de
    « … »"), or between the verb and the object ("a jugé « scandaleuses »
    les coupures"); its words, marks included, or None."""
    sub = [w for w in s.subtree(obj.i) if w.text not in _CLOSERS]  # (a closer may hang on it)
    lo, hi = sub[0].i, sub[-1].i
    j = next((w.i for w in s.words[lo:hi + 2] if w.text in _OPENERS), None)
    if j is None:
        # the quotation before the object: "a jugé « scandaleuses » les coupures"
        k = lo - 1
        while k > 0 and s.words[k].upos == "ADV":
            k -= 1
        if k > 0 and s.words[k].text in _CLOSERS:
            j = next((w.i for w in reversed(s.words[:k]) if w.text in _OPENERS), None)
    elif s.words[j - 1].i != obj.i and j - 1 > lo and norm(s.words[j - 1].text) not in ("de", "d'") \
            and s.words[j - 1].upos not in ("NOUN", "PROPN", "ADJ", "DET"):
        return None
    if j is None:
        return None
    close = _closer_after(s, j)
    if close is None or close - j < 2:
        return None
    return s.words[j:close + 1]


def _qualifying_quote_end(s: Sentence, last: int) -> int:
    """A quotation right after a noun phrase qualifies it, wherever the parser
    hung it ("des réquisitions « à la hauteur des enjeux »"): the index of its
    closing mark, or ``last`` when no quotation follows (or a title does).
    A closing mark right after ``last`` ends a quotation the phrase ends in
    ("une hausse « inquiétante » des cas"); a de-phrase after either goes on."""
    j = last + 1
    if j < len(s.words) and s.words[j].text in _CLOSERS:
        return _de_complement_end(s, j)
    if j < len(s.words) and s.words[j].text in _OPENERS and not _titled(s, s.words[j]):
        close = _closer_after(s, j)
        if close is not None:
            return _de_complement_end(s, close)
    return last


def _de_complement_end(s: Sentence, close: int) -> int:
    """"dénonce « l'hypocrisie » des pays producteurs": a de-phrase right
    after the quoted noun completes it (a verb has one direct object, though
    the parser may read "des pays" as a second); the index of its last word,
    or ``close`` when none follows."""
    j = close + 1
    if j < len(s.words) and norm(s.words[j].text) in ("de", "d'", "du", "des"):
        h = s.words[j].head
        if h is not None and h > j:
            return max(close, max(w.i for w in s.subtree(h)))
    return close


def _closer_after(s: Sentence, i: int) -> Optional[int]:
    """Index of the first closing mark after word ``i``."""
    return next((w.i for w in s.words[i + 1:] if w.text in _CLOSERS), None)


def _title_at(s: Sentence, sp: Span) -> bool:
    """The quotation ``sp`` stands in ``s`` as a title: after a noun, opening on a capital."""
    opener = next((w for w in s.words if w.start == sp.outer_start), None)
    return opener is not None and opener.i > 0 and s.words[opener.i - 1].upos == "NOUN" \
        and _titled(s, opener)


def _named_at(s: Sentence, sp: Span, lex: Lexicon) -> bool:
    """The quotation ``sp`` is a name given, not words said: right after a
    naming verb or noun ("une campagne baptisée « Cap sur l'univers ! »",
    "surnommé « El Pistolero »", "la rubrique « utilité contestable »";
    data ``naming_words.txt``)."""
    opener = next((w for w in s.words if w.start == sp.outer_start), None)
    if opener is None or opener.i == 0:
        return False
    prev = s.words[opener.i - 1]
    return bool(_lemmas(prev) & lex.naming_words) or _charge_at(s, opener.i, lex)


def _lemmas(w: Word) -> set[str]:
    return {norm(w.lemma or ""), norm(w.text)} | set(participle_lemmas(w.text))


_CHARGE_PREPS = ("de", "d'", "d’", "du", "des", "pour")


def _charge_at(s: Sentence, j: int, lex: Lexicon) -> bool:
    """The quotation opening at word ``j`` names a charge: "des accusations
    d'« abus de confiance » et de « faux en écriture »", "poursuivi pour
    « mise en danger d'autrui »" (data ``charge_words.txt``)."""
    words = s.words
    while True:
        j -= 1
        if j < 1 or norm(words[j].text) not in _CHARGE_PREPS:
            return False
        j -= 1
        if words[j].text not in ("et", "ou", ","):
            break
        # "… d'« X » et de « Y »": back over the quotation before
        j -= 1
        if j < 0 or words[j].text not in _CLOSERS:
            return False
        j = next((x.i for x in reversed(words[:j]) if x.text in _OPENERS), -1)
        if j < 1:
            return False
    # (the article of a plural noun the parser split off: "des" -> "de les")
    while j > 0 and words[j].upos == "DET" and words[j].start == words[j - 1].start:
        j -= 1
    return bool(_lemmas(words[j]) & lex.charge_words)


def _titled(s: Sentence, opener: Word) -> bool:
    """A quotation opening on a capital after a noun is a title or a name
    ("le roman « Les Misérables »", "l'opération « Barkhane »"), not words
    the speaker is reported to use."""
    nxt = s.words[opener.i + 1] if opener.i + 1 < len(s.words) else None
    return nxt is not None and nxt.text[:1].isupper()


def _objects(s: Sentence, v: Word, kids: list[Word]) -> tuple[list[Word], list[Word]]:
    """The verb's nominal objects after it, and the days the parser took for
    objects ("a jugé mardi « inacceptable » l'attaque", "a annoncé mercredi
    le limogeage …": a day is when, never what, was said; what hangs on it
    is the verb's)."""
    objs = [k for k in kids if k.deprel == "obj" and k.i > v.i and k.upos in ("NOUN", "PROPN")]
    days = [k for k in objs if norm(k.text) in TIME_WORDS]
    out = [k for k in objs if k not in days]
    for d in days:
        out += [c for c in s.children(d.i) if c.deprel in ("obj", "appos", "nmod") and c.i > d.i
                and c.upos in ("NOUN", "PROPN") and not any(x.deprel == "case" for x in s.children(c.i))]
    return sorted(out, key=lambda w: w.i), days


def _quoted_de_complement(s: Sentence, v: Word, kids: list[Word]) -> Optional[tuple[list[Word], str]]:
    """"s'est félicitée de la « mobilisation exemplaire » des enseignants":
    quoted words inside the de-complement of a speech verb (se féliciter de,
    s'inquiéter de, se plaindre de) are the speaker's, as in an object."""
    for k in kids:
        if not (k.deprel.startswith("obl") and k.upos == "NOUN" and k.i > v.i):
            continue
        case = [c for c in s.children(k.i) if c.deprel == "case"]
        if not case or norm(case[0].text) not in ("de", "d'", "du", "des"):
            continue
        sub = [w for w in s.subtree(k.i) if w.i > v.i]
        lead = case[0]
        body = [w for w in sub if w.i > lead.i and not (w.start == lead.start)]
        if body and any(w.text in _OPENERS for w in body):
            return body, "predicate"
    return None
