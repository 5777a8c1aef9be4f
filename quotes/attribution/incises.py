"""Incises: the speech verb and its inverted subject after or inside what was said.

* ``Les travaux commenceront en mars, a précisé M. Leroy.`` (rule ``incise``)
* ``La réforme, a-t-il assuré, sera votée avant l'été`` (``split-incise``)
* ``« Le problème, explique Jérôme Bayle, éleveur, c'est … »`` (``direct-inner-incise``)
* ``…, a-t-on appris auprès des pompiers`` (``incise-on``: the source after the verb)
"""
from __future__ import annotations

from typing import Optional

import regex

from .cues import Cue, norm
from ..text.marks import Span
from ..people.mentions import mention_at
from ..parser.parse import Sentence, Word
from .candidate import Candidate, _extend_over_marks, _trim_span
from .context import RuleContext
from .grammar import _OPENERS, IMPERSONAL, _SUBJ, _clause_verb, _verb_group_start
from .inversion import _inverted_subject


#: learning something from a source reports what the source said
_LEARNT = ("apprendre",)


#: what ends a sentence before a quotation: a stop, inside the marks or not,
#: and the dash or spaces some writers put between two quotations; or a
#: clause of the writer's that a comma, a colon or a conjunction ends
#: ("La direction a promis un geste, mais « rien n'est signé », estime X")
_ENDS_SENTENCE = regex.compile(r"(?:[.!?…]\s*[»”›\"]?[\s\-–—]*"
                               r"|\w\s*[,;:]\s*(?:(?:mais|et|or|car|donc|puis)\s+)?)$")


def _last_quotation(text: str, a: int, b: int, top: list[Span]) -> Optional[Span]:
    """« Je n'y crois pas. » « Il faut partir », a ajouté X: the incise
    closes only the quotation right before it when a sentence ended before
    that quotation (a stop inside the marks or after them), or a clause of
    the writer's ended with a comma, a colon or "mais"; what came before is
    another quotation, or the writer's words, with their own source."""
    sp = next((q for q in reversed(top) if q.outer_start > a and b <= q.outer_end + 1
               and q.outer_end <= b + 1), None)
    if sp is None or not _ENDS_SENTENCE.search(text[a:sp.outer_start]):
        return None
    return sp


#: words that carry a statement on after an incise in commas ("…, dit-elle,
#: tout comme …", "…, explique-t-il, parce que …")
_GOES_ON = (("tout", "comme"), ("de", "même", "que"), ("ainsi", "que"), ("parce", "que"),
            ("parce", "qu'"), ("car",), ("puisque",), ("puisqu'",), ("mais", "aussi"),
            ("d'autant", "que"), ("d'autant", "qu'"))


def _continued_after(s: Sentence, v: Word, subj: Word) -> bool:
    """After the incise's subject and a comma, a word of comparison or
    cause carries the statement on: it is one statement, incise inside."""
    words = s.words
    last = max([v.i, subj.i] + ([w.i for w in s.subtree(subj.i)] if subj.i > v.i else []))
    if last + 2 >= len(words) or words[last + 1].text != ",":
        return False
    low = [norm(w.text) for w in words[last + 2:last + 5]]
    return any(tuple(low[:len(g)]) == g for g in _GOES_ON)


class InciseRules(RuleContext):
    """Rules of the incise family (mixed into the Attributor)."""

    def _incise_report(self, text: str, s: Sentence, cue: Cue, top: list[Span]) -> Optional[Candidate]:
        """"Les travaux commenceront en mars, a précisé M. Leroy": what stands
        before the incise in the sentence is the content; a quotation it
        closes is a direct quote ("« … », a déclaré Wu" in one sentence)."""
        v = cue.word
        # the content is what stands before the incise in the sentence
        own = [k for k in s.children(v.i) if k.deprel in _SUBJ and k.i > v.i]
        subj = _inverted_subject(s, v, self.lex) or (own[0] if own else None)
        if subj is None or norm(subj.text) in IMPERSONAL or not self._can_speak(subj):
            return None
        first = _verb_group_start(s, v)
        a, b = s.start, first.start
        # the content may have begun in an earlier sentence of the paragraph
        # when it is a quotation: the direct-quote pass handles those.
        a, b = _trim_span(text, a, b)
        if text[a:a + 1] not in _OPENERS and _continued_after(s, v, subj):
            # "Le médecin « doit écouter », dit-elle, tout comme le
            # pharmacien …": the statement goes on after the incise
            a, b = _trim_span(text, a, s.end)
            a, b = _extend_over_marks(text, a, b, top)
            return Candidate(a, b, "indirect", cue.lemma, mention_at(s, subj, self.lex), s,
                             "split-incise")
        for sp in top:
            if sp.outer_start <= a and b <= sp.outer_end + 1:
                # the incise closes a quotation: a direct quote
                return Candidate(sp.start, sp.end, "direct", cue.lemma,
                                 mention_at(s, subj, self.lex), s, "incise-direct")
        last = _last_quotation(text, a, b, top)
        if last is not None:
            return Candidate(last.start, last.end, "direct", cue.lemma,
                             mention_at(s, subj, self.lex), s, "incise-direct")
        if b - a < 8:
            return None
        a, b = _extend_over_marks(text, a, b, top)
        return Candidate(a, b, "indirect", cue.lemma, mention_at(s, subj, self.lex), s, "incise")


    def _incise_subject(self, s: Sentence, v: Word) -> Optional[Word]:
        """The inverted subject of a verb set off by a comma before it
        ("…, explique Jérôme Bayle, …", "…, a-t-il assuré, …"), if it can speak."""
        first = _verb_group_start(s, v)
        if first.i < 2 or s.words[first.i - 1].text != ",":
            return None
        subj = _inverted_subject(s, v, self.lex)
        if subj is None or subj.i < first.i or not self._can_speak(subj):
            return None
        return subj

    def _split_by_incise(self, text: str, s: Sentence, cue: Cue) -> Optional[Candidate]:
        """"La réforme, a-t-il assuré, sera votée avant l'été": an incise
        between commas splits an unquoted statement whose subject stands
        before it and whose verb comes after; the whole sentence is reported
        (the incise inside the span, which must be one piece of text)."""
        v = cue.word
        if "incise" not in cue.flags:
            return None
        subj = self._incise_subject(s, v)
        if subj is None or norm(subj.text) in IMPERSONAL:
            return None
        first = _verb_group_start(s, v)
        last = max(v.i, subj.i)
        if subj.i > v.i:
            last = max([last] + [w.i for w in s.subtree(subj.i)])
        if last + 1 >= len(s.words) or s.words[last + 1].text != ",":
            return None
        before, after = s.words[:first.i - 1], s.words[last + 2:]
        if any(_clause_verb(s, w) for w in before) or any(w.text in (",", ":", "«", "»", "\"")
                                                          for w in before):
            return None  # "Les travaux commenceront, a-t-il dit, …": the usual incise
        if not any(w.upos in ("VERB", "AUX") and "VerbForm=Fin" in w.feats for w in after):
            return None
        a, b = _trim_span(text, s.start, s.end)
        if b - a < 12:
            return None
        return Candidate(a, b, "indirect", cue.lemma, mention_at(s, subj, self.lex), s,
                         "split-incise")

    def _inner_incise(self, text: str, sp: Span, sents: list[Sentence]) -> Optional[Candidate]:
        """« Le problème, explique Jérôme Bayle, éleveur, c'est … »: a speech
        verb between commas inside the quotation, its subject after it,
        names who speaks; the quotation stays one quote."""
        for s in sents:
            if s.end <= sp.start or s.start >= sp.end or not s.parsed:
                continue
            for cue in self.cues_of(s):
                v = cue.word
                if cue.kind != "verb" or not (sp.start < v.start < sp.end) or (
                        "?" in cue.flags and "incise" not in cue.flags):
                    continue
                subj = self._incise_subject(s, v)
                if subj is None or s.words[_verb_group_start(s, v).i - 1].start <= sp.start \
                        or subj.end > sp.end:
                    continue
                # the incise closes with a comma before the quotation goes on,
                # or ends its sentence ("…, explique Damien Martin. Certaines …")
                if not any(w.text == "," and subj.i <= w.i and w.end < sp.end - 1
                           for w in s.words[subj.i:]) and not (
                        s.words[-1].text in (".", "!", "?") and s.end < sp.end - 1):
                    continue
                return Candidate(sp.start, sp.end, "direct", cue.lemma,
                                 mention_at(s, subj, self.lex), s, "direct-inner-incise")
        return None

    def _impersonal_source(self, text: str, s: Sentence) -> Optional[Candidate]:
        """"…, a-t-on appris auprès des pompiers", "…, indique-t-on à
        l'Élysée", "…, a-t-on appris de source policière": an incise with
        the impersonal "on" gives its source after the verb; what stands
        before the incise is what that source said."""
        words = s.words
        for w in words:
            if not norm(w.text).endswith("-on"):
                continue
            verb = next((x for x in words[w.i - 1:w.i + 2] if x.upos == "VERB" or (
                x is not w and self.lex.lemmas_of_form(x.text))), None)
            if verb is None:
                continue
            lemma = next((g for g in [norm(verb.lemma or "")] + self.lex.lemmas_of_form(verb.text)
                          if g in self.lex.verbs or g in _LEARNT), None)
            if lemma is None:
                continue
            start = min(verb.i, w.i)
            if start > 0 and words[start - 1].upos == "AUX":
                start -= 1
            if start == 0 or words[start - 1].text != ",":
                continue
            k = max(verb.i, w.i) + 1
            low = [norm(x.text) for x in words[k:k + 3]]
            if low[:1] == ["auprès"]:
                k += 2 if len(low) > 1 and low[1] in ("de", "d'", "du", "des") else 1
            elif low[:2] == ["de", "source"]:
                k += 1
            elif low[:1] and low[0] in ("à", "au", "aux", "dans", "chez"):
                k += 1
            else:
                continue
            det = k
            while k < len(words) and (words[k].upos == "DET" or norm(words[k].text) in ("le", "les")):
                k += 1
            if k >= len(words) or words[k].upos not in ("NOUN", "PROPN"):
                continue
            if low[0] in ("à", "dans", "chez") and k == det and words[k].upos == "PROPN" \
                    and not self._seat(s, words[k]):
                continue  # "a-t-on déclaré à Paris": a town is where, not who
            a, b = _trim_span(text, s.start, words[start - 1].start)
            if b - a < 8:
                return None
            return Candidate(a, b, "indirect", lemma, mention_at(s, words[k], self.lex), s, "incise-on")
        return None
