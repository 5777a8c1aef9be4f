"""Sources named by a preposition: ``selon X, …``, ``d'après X, …``,
``pour X, …``, ``aux yeux de X``.

* ``Selon l'Insee, le chômage a reculé`` / ``Le chômage a reculé, selon l'Insee``
* ``Le chômage a, selon l'Insee, reculé de 0,2 point`` (a parenthesis: the whole clause)
* ``des révélations selon lesquelles …`` (``selon-rel``: an unnamed source)
* not ``selon nos informations`` (the newspaper), nor ``Pour le reste, …``
"""
from __future__ import annotations

from typing import Optional


from .cues import Cue, matches_at, norm
from ..text.marks import Span
from ..people.mentions import is_capitalised, mention_at
from ..parser.parse import Sentence, Word
from .candidate import Candidate, _extend_over_marks, _trim_span
from .context import RuleContext
from .clause_end import _closing_quotation, _new_report
from .grammar import _RELATIVES, _infinitive_clause


#: pronouns of people the article does not name ("pour d'autres", "selon certains")
_INDEFINITE_PEOPLE = frozenset({"autres", "certains", "certaines", "quelques-uns", "quelques-unes",
                                "plusieurs", "beaucoup"})


def _unnamed_people(s: Sentence, w: Word) -> bool:
    """"d'autres", "certains", "quelques-uns" standing alone (a comma or the
    end after it), not "plusieurs techniciens": people the text does not name."""
    nxt = s.words[w.i + 1] if w.i + 1 < len(s.words) else None
    return norm(w.text) in _INDEFINITE_PEOPLE and (nxt is None or nxt.upos == "PUNCT")


def _parenthetical(s: Sentence, w: Word, phrase_end: Optional[Word]) -> bool:
    """``selon X`` between commas inside a clause that goes on after it ("Le
    chômage a, selon l'Insee, reculé …"); not before a relative about X, a
    participle, a finite verb or a conjunction (", selon l'Insee, qui …",
    ", selon l'Insee, a indiqué …", ", selon lui, et …")."""
    if w.i == 0 or s.words[w.i - 1].text != "," or phrase_end is None or phrase_end.text != ",":
        return False
    rest = [x for x in s.words[phrase_end.i + 1:] if x.upos != "PUNCT"]
    if len(rest) < 3:
        return False
    first = rest[0]
    if not any(x.upos in ("VERB", "AUX") for x in rest):
        # "selon le docteur X, pédiatre à Necker.": an apposition ends it; but
        # "serait due, selon certains citoyens, à l'amateurisme …": a
        # preposition goes on with the clause before, and so does the
        # attribute of a copula left waiting ("C'est aussi, pour elle, un
        # hommage à …")
        before = [x for x in s.words[:w.i] if x.upos not in ("PUNCT", "ADV")]
        waiting = bool(before) and before[-1].upos == "AUX" and norm(before[-1].lemma or "") == "être"
        return (first.upos == "ADP" and any(x.upos in ("VERB", "AUX") for x in s.words[:w.i])) or \
            (waiting and first.upos in ("DET", "NOUN", "ADJ"))
    return norm(first.text) not in _RELATIVES + ("qui", "dont", "où") \
        and not first.text.endswith("ant") and first.upos not in ("CCONJ", "SCONJ") \
        and not (first.upos in ("AUX", "VERB") and "VerbForm=Fin" in first.feats)


def _adverbial_infinitive(s: Sentence, v: Word) -> bool:
    """"… pour n'avoir pas signalé un client, selon la même source": a verb
    in an infinitive of purpose or time reports nothing the phrase could
    belong to; the phrase is the whole sentence's source."""
    return _infinitive_clause(s, v) and any(
        c.deprel == "mark" and norm(c.text) in ("pour", "sans", "après", "avant", "afin")
        for c in s.children(v.i))


class SelonRules(RuleContext):
    """Rules of the selon family (mixed into the Attributor)."""

    def _from_prep(self, text: str, s: Sentence, cue: Cue, top: list[Span]) -> Optional[Candidate]:
        w = cue.word
        # words the cue takes here: "d'après" may be one word or "d'" + "après"
        n = max((len(key) for key, c in self.lex.preps.items()
                 if c == cue.lemma and matches_at(key, s.words, w.i)), default=1)
        src_i = w.i + n
        if src_i >= len(s.words):
            return None
        src = s.words[src_i]
        # (before skipping determiners: the tagger may call "lesquelles" one)
        if norm(src.text) not in _RELATIVES:
            # past determiners and adjectives before the noun ("selon les
            # dernières prévisions de la BCE")
            while (src.upos == "DET" or (src.upos == "ADJ" and not is_capitalised(src))) \
                    and not _unnamed_people(s, src) and src.i + 1 < len(s.words):
                src = s.words[src.i + 1]
        low = norm(src.text)
        if low in _RELATIVES:
            if cue.lemma == "pour":
                return None  # "des citoyens, pour lesquels …": for whom, not according to whom
            # "des révélations selon lesquelles …": a report whose source is unnamed
            a, b = _trim_span(text, src.end, s.end)
            if b - a < 8:
                return None
            a, b = _extend_over_marks(text, a, b, top)
            return Candidate(a, b, "indirect", cue.lemma, None, s, "selon-rel")
        if src.upos not in ("PROPN", "NOUN", "PRON") and not _unnamed_people(s, src):
            return None
        if src.i > 0 and norm(s.words[src.i - 1].text) in ("nos", "notre") \
                and not self.lex.is_role_noun(src.text):
            return None  # "selon nos informations": the newspaper's own knowledge
        # the source phrase may be attached to a speech verb's incise: that cue wins
        head = s.words[src.head] if src.head >= 0 else None
        if head is not None and self.lex.verb_flags(head.lemma or "") is not None and head.i < w.i \
                and not _adverbial_infinitive(s, head):
            return None
        # the phrase opens the sentence, after a conjunction at most ("Et pour
        # quelques-uns, enfin, …")
        opening = all(x.upos in ("CCONJ", "PUNCT") for x in s.words[:w.i])
        if cue.lemma == "pour" and not (opening or s.words[w.i - 1].upos == "PUNCT"):
            return None
        if cue.lemma == "pour" and w.i > 0 and s.words[w.i - 1].text in ("»", "”", '"'):
            return None  # "« Une surcharge de 150 millions » pour les CPAS": whom it concerns
        # end of the source phrase: the next comma, or the sentence end
        m = mention_at(s, src, self.lex)
        # "Pour la ministre, …", "Pour Marc Vidal, …", "Pour lui, …" (the
        # person just quoted); not "Pour le reste, …"
        person = m.kind == "name" or norm(src.text) in ("lui", "elle", "eux", "elles")
        # "Pour d'autres, il faudrait …", "selon certains, …": people the
        # article does not name; a report with no speaker
        unnamed = _unnamed_people(s, src)
        # ("Pour l'organisation, …", "Pour le syndicat, …": a body speaks too)
        body = norm(src.text) in self.lex.bodies or norm(src.text) in self.lex.body_epithets
        if cue.lemma == "pour" and not person and not unnamed and not body and not self.lex.is_role_noun(src.text):
            return None
        phrase_end = self._source_phrase_end(s, src)
        # "France : pour Montebourg, le nucléaire est …": a headline's topic
        # before a colon, with no verb, leaves the phrase opening the statement
        topic = w.i > 1 and s.words[w.i - 1].text == ":" and \
            not any(x.upos in ("VERB", "AUX") for x in s.words[:w.i - 1])
        if opening or (w.i > 0 and s.words[w.i - 1].text in ("«", "“")) or topic:
            if phrase_end is None:
                return None
            a, b = phrase_end.end, s.end
            # "Pour X, « … », il interpelle le ministre : …": a report of its
            # own after a comma ends what the phrase governs
            cut = next((x for x in s.words[phrase_end.i + 2:] if x.text == ","
                        and _new_report(s, phrase_end.i + 1, x.i, self.lex)), None)
            if cut is not None:
                b = cut.start
            # "Selon X, le boson ouvre des années de recherche : « Nous avons … ! »":
            # the quotation after the colon is a quote of its own
            colon = next((x for x in s.words[phrase_end.i + 2:] if x.text == ":" and x.start < b
                          and _closing_quotation(s.words, x.i + 1)), None)
            if colon is not None:
                b = colon.start
        else:
            a, b = s.start, w.start
            if phrase_end is not None and phrase_end.i + 1 < len(s.words) - 1 and text[s.start:w.start].strip() == "":
                a, b = phrase_end.end, s.end
            elif _parenthetical(s, w, phrase_end):
                # "Le chômage a, selon l'Insee, reculé de 0,2 point": the whole clause
                a, b = s.start, s.end
            else:
                # "Incendie près de Rouen : pas de danger, selon la préfecture":
                # a topic without a verb before a colon is no part of the report
                colon = next((x for x in reversed(s.words[:w.i]) if x.text == ":"), None)
                if colon is not None and not any(x.upos in ("VERB", "AUX") for x in s.words[:colon.i]):
                    a = colon.end
        a, b = _trim_span(text, a, b)
        if b - a < 10:
            return None
        a, b = _extend_over_marks(text, a, b, top)
        return Candidate(a, b, "indirect", cue.lemma, None if unnamed else m, s, "selon")

    def _source_phrase_end(self, s: Sentence, src: Word) -> Optional[Word]:
        """The comma that ends the source phrase of ``selon``/``pour``: the
        first one, or the one after an apposition or an affiliation."""
        phrase_end = next((x for x in s.words[src.i:] if x.text == ","), None)
        if phrase_end is None:
            return None
        # "Pour l'épidémiologiste Marie Dupuis, de l'Inserm, …": an
        # affiliation in commas still belongs to the source phrase
        nxt = s.words[phrase_end.i + 1: phrase_end.i + 11]
        second = next((x for x in nxt if x.text == ","), None)
        between = nxt[:second.i - phrase_end.i] if second is not None else []
        affiliation = between and norm(between[0].text) in ("de", "d'", "du") and \
            any(is_capitalised(x) for x in between[1:])
        # "Pour Gilles Moec, chef économiste chez Axa, …", "Pour le
        # SNES-FSU, premier syndicat du secondaire, …": a noun phrase in
        # apposition (not "Selon lui, en 2020, …")
        after = s.words[second.i + 1] if second is not None and second.i + 1 < len(s.words) else None
        # (after an article, only a role: "le directeur du laboratoire",
        # not "la glace, fragile, fond")
        # (a role noun whatever its tag: "délégué" is also a participle)
        role = [x for x in between if self.lex.is_role_noun(x.text)]
        apposition = between and (between[0].upos in ("ADJ", "NOUN") or between[0] in role or (
            between[0].upos == "DET" and role)) and \
            any(x.upos == "NOUN" or x in role for x in between) and len(between) <= 9 and \
            after is not None and (after.upos in ("DET", "PRON", "PROPN", "NOUN", "NUM")
                                   or after.text in ("«", "“", '"'))
        # (a participle after the noun is part of it: "habitante installée à Nantes")
        described = [x for x in between[1:] if x.past_participle]
        if (affiliation or apposition) and \
                not any(x.upos in ("VERB", "AUX") and x not in role and x not in described
                        for x in between):
            phrase_end = second
        return phrase_end
