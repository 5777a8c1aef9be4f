"""What a speech verb reports: its que-clause, infinitive, object or
P-phrase, up to the end of the reported clause.

* ``X a déclaré que …``, ``X a exhorté Y à …``, ``a affirmé ne pas connaître …``
* ``cite les sanctions comme un obstacle``, ``accuse la Chine de …`` (judgments, charges)
* ``a mis en garde contre …`` (flag ``about:P``), ``fait part de ses doutes`` (object)
"""
from __future__ import annotations

from typing import Optional


from .clause_end import _NOT_COMPLEMENTISER, _to_clause_end
from .cues import Cue, Lexicon, norm
from ..people.mentions import TIME_WORDS
from ..parser.parse import Sentence, Word
from .grammar import (_CLOSERS, _NEGATION, _OPENERS, _SUBJ, _in_object_relative, _infinitive,
                      _relative_after_object)
from .quoted import _objects, _qualifying_quote_end, _quoted_predicate


def _trim_circumstances(s: Sentence, sub: list[Word], lex: Optional[Lexicon]) -> list[Word]:
    """An infinitive content stops where the clause ends and before a
    circumstance of the report itself (``lors d'une réunion``)."""
    if not sub:
        return sub
    keep = {w.i for w in _to_clause_end(s, sub[0].i, lex)}
    stop = next((w.i for w in sub if norm(w.text) == "lors"), None)
    return [w for w in sub if w.i in keep and (stop is None or w.i < stop)] or sub


def _with_purpose(s: Sentence, body: list[Word], lex: Optional[Lexicon]) -> list[Word]:
    """An infinitive content goes on through a purpose clause right after it
    (``à « agir vite » pour rassurer les marchés``), which the parser may hang
    on the report's verb; a comma before it leaves it to the writer."""
    if not body or lex is None:
        return body
    words = s.words
    j = body[-1].i + 1
    while j < len(words) and words[j].text in _CLOSERS:
        j += 1
    link = lex.link_at(words, j)
    if link is None or link[0] != "purpose":
        return body
    for h in words[j + link[1]: j + link[1] + 3]:
        if _infinitive(h):
            end = max(w.i for w in s.subtree(h.i))
            more = _trim_circumstances(s, words[body[0].i: end + 1], lex)
            return more if len(more) > len(body) else body
    return body


def _participle_after(s: Sentence, sub: list[Word]) -> list[Word]:
    """"a annoncé la fermeture d'une usine employant 300 salariés": a present
    participle right after the object (no comma) qualifies its noun, wherever
    the parser hung it; its words up to a comma or a bracket."""
    if not sub or sub[-1].i + 1 >= len(s.words):
        return []
    p = s.words[sub[-1].i + 1]
    if p.upos not in ("VERB", "AUX") or "VerbForm=Part" not in p.feats or "Tense=Pres" not in p.feats:
        return []
    out = []
    for w in s.words[p.i:max(x.i for x in s.subtree(p.i)) + 1]:
        if w.text in (",", "(", ";", ":") or w.text in _OPENERS:
            break
        out.append(w)
    return out


def _inf_preps(cue: Cue) -> frozenset:
    """Prepositions that introduce the cue's infinitive content: à and de
    (flag ``inf``), or only those its flag names (``inf:de``: "propose de
    payer", not "propose des figurines à collectionner", where "à" makes
    the infinitive a modifier of the thing offered)."""
    named = {f[4:] for f in cue.flags if f.startswith("inf:")}
    if named:
        return frozenset(named | ({"d'"} if "de" in named else set()))
    return frozenset({"à", "de", "d'"}) if "inf" in cue.flags else frozenset()


#: words that open an indirect question ("se demande comment …", "sous quel statut …")
_WH = {"comment", "pourquoi", "quand", "où", "combien", "quel", "quelle", "quels", "quelles", "qui",
       "lequel", "laquelle", "lesquels", "lesquelles"}


def _wh_question(s: Sentence, v: Word, lex: Optional[Lexicon]) -> Optional[list[Word]]:
    """"se demande comment la ministre financera …", "se demande sous quel
    statut le gouvernement va continuer" (flag ``si``): an indirect
    question opened by an interrogative word, a preposition before it at
    most, right after the verb (past an adverb or whom it is asked)."""
    words = s.words
    j = v.i + 1
    while j < len(words) and norm(words[j].text) not in _WH and (
            words[j].upos == "ADV" or norm(words[j].text) in ("au", "aux", "à")):
        j += 1 if words[j].upos == "ADV" else 0
        if j < len(words) and norm(words[j].text) in ("au", "aux", "à"):
            # "demande au ministre comment …": whom it is asked
            k = j + 1
            while k < len(words) and words[k].upos in ("DET", "NOUN", "PROPN", "ADJ"):
                k += 1
            j = k
    if j < len(words) and words[j].upos == "ADP" and j + 1 < len(words):
        start, j = j, j + 1
    else:
        start = j
    if j >= len(words) or norm(words[j].text) not in _WH:
        return None
    body = _to_clause_end(s, start, lex)
    return body if any(w.upos in ("VERB", "AUX") for w in body) else None


def _bare_infinitive(s: Sentence, v: Word, k: Word, sub: list[Word]) -> bool:
    """"a affirmé ne pas connaître …", "a reconnu avoir menti": a declarative
    verb's infinitive without a preposition, whose subject is the speaker's
    own (none of its own), reports what the speaker said."""
    verb = k if _infinitive(k) else next(
        (c for c in s.children(k.i) if c.deprel.startswith("aux") and "VerbForm=Inf" in c.feats), None)
    if verb is None or any(c.deprel in _SUBJ for c in s.children(k.i)) or _in_object_relative(s, v):
        return False
    # only negation, clitics, an auxiliary or adverbs before the infinitive;
    # between the two verbs, adverbs and days ("a affirmé mardi ne pas …")
    lead = [w for w in sub if w.i < verb.i]
    return all(w.upos in ("ADV", "PRON", "AUX") or norm(w.text) in _NEGATION for w in lead) and \
        all(w.upos in ("ADV", "AUX") or norm(w.text) in TIME_WORDS or norm(w.text) in _NEGATION
            for w in s.words[v.i + 1:sub[0].i])


def _judgment(s: Sentence, k: Word, sub: list[Word], cue: Cue, lex: Optional[Lexicon]
              ) -> Optional[tuple[list[Word], str]]:
    """Object + what it is presented as, or the charge it is accused of.

    ``cite les sanctions comme un obstacle`` (any object verb), ``assimile ces
    mesures à de l'endiguement`` (flag ``as:à``): the object and its predicate
    are the judgment reported.  ``accuse la Chine de manque de transparence``
    (flag ``charge:de``): the charge is.  Read linearly after the object's
    noun and adjectives, and after its whole subtree, whichever the parser
    attached."""
    words = s.words
    j = k.i + 1
    while j < len(words) and words[j].upos == "ADJ":
        j += 1
    ends = [j]
    if sub and all(w.text != "," for w in sub):
        ends.append(sub[-1].i + 1)
        # the parser may hang "comme …" inside the object itself
        ends += [w.i for w in sub if w.i > k.i and norm(w.text) == "comme"]
    for j in ends:
        if j >= len(words):
            continue
        nxt = norm(words[j].text).replace("’", "'")
        nxt = "de" if nxt == "d'" else nxt
        if nxt == "comme" or f"as:{nxt}" in cue.flags:
            body = _to_clause_end(s, sub[0].i if sub else k.i, lex)
            # "compare la majorité aux nazis, MR et N-VA réagissent": the
            # judgment ends at the comma after its P-phrase
            comma = next((w.i for w in body if w.i > j and w.text == ","), None)
            body = [w for w in body if comma is None or w.i < comma]
            if len(body) > j - (sub[0].i if sub else k.i) + 1:
                return body, "as"
        if nxt == "de" and "charge:de" in cue.flags:
            body = _to_clause_end(s, j + 1, lex)
            if body:
                return body, "charge"
    return None


#: endings of a noun of action ("acquittement", "démission", "annulation", "fermeture")
_ACTION_ENDINGS = ("ment", "tion", "sion", "ure", "age")
#: determiners of a noun phrase that points at something already there:
#: "dénonce le climat qui règne", "a condamné ces violences", "épingle ses choix"
_TARGET_DETS = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses",
                          "leur", "leurs"})


def _known_target(s: Sentence, k: Word, sub: list[Word]) -> bool:
    """The object of a verb of blame (flag ``target``) is only what is blamed
    when it is definite and holds no quotation ("dénonce le climat qui
    règne", "a condamné le crime"); an indefinite one is the speaker's
    description of it, what is said ("dénonce une manœuvre contraire aux
    accords")."""
    dets = [c for c in s.children(k.i) if c.deprel.startswith("det")]
    return bool(dets) and norm(dets[0].text) in _TARGET_DETS and \
        not any(w.text in _OPENERS for w in sub)


def _quoted_term(s: Sentence, body: list[Word]) -> Optional[list[Word]]:
    """"parle d'« arnaque du siècle »", "fait référence à une « coalition
    Marrakech »", "parle de « là-bas » pour désigner …": a P-phrase that is
    a quotation (after a determiner at most) names the speaker's term; the
    quotation alone is the quote."""
    k = 0
    while k < len(body) and body[k].upos == "DET":
        k += 1
    if k >= len(body) or body[k].text not in _OPENERS:
        return None
    close = next((w.i for w in s.words[body[k].i + 1:] if w.text in _CLOSERS), None)
    if close is None or close - body[k].i < 2:
        return None
    return s.words[body[k].i:close + 1]


def _stated_adjective(s: Sentence, v: Word, kids: list[Word], lex: Optional[Lexicon]
                      ) -> Optional[list[Word]]:
    """"se dit désolé", "se dit prêt à négocier" (flag ``adj``): the
    adjective the speaker says of themself is the content, from the adjective
    to the end of its clause (adverbs before it are the writer's: "se dit à
    présent désolé")."""
    for k in kids:
        adjective = k.upos == "ADJ" or (k.upos == "VERB" and k.past_participle)  # "désolé", "choqué"
        if k.i > v.i and adjective and k.deprel.startswith(("xcomp", "obj", "ccomp", "acl", "amod")):
            body = [w for w in _to_clause_end(s, k.i, lex) if w.i <= max(x.i for x in s.subtree(k.i))]
            # "se dit désolé mais assume": a second verb is a second statement
            stop = next((w.i for w in body if w.upos == "CCONJ" and w.i + 1 < len(s.words)
                         and s.words[w.i + 1].deprel == "conj" and s.words[w.i + 1].upos != "ADJ"
                         and not s.words[w.i + 1].past_participle), None)
            body = [w for w in body if stop is None or w.i < stop]
            return body or None
    return None


def _content_clause(s: Sentence, v: Word, cue: Cue, lex: Optional[Lexicon] = None
                    ) -> Optional[tuple[list[Word], str]]:
    """The reported content governed by the cue verb: que-clause, infinitive, object."""
    kids = s.children(v.i)
    quoted = _quoted_predicate(s, v, kids, cue)
    if quoted is not None:
        return quoted
    if "adj" in cue.flags:
        state = _stated_adjective(s, v, kids, lex)
        if state is not None:
            return state, "adj"
    for k in kids:
        if k.deprel.startswith(("ccomp", "xcomp", "advcl", "obj")) and k.i > v.i:
            sub = s.subtree(k.i)
            first = sub[0]
            if lex is not None and lex.subordinator_at(s.words, first.i) is not None:
                continue  # "après que X a déclaré …": a circumstance, not the content
            if norm(first.text) in ("que", "qu'", "qu’") or any(
                    c.deprel == "mark" and norm(c.text) in ("que", "qu'") for c in s.children(k.i)):
                body = [w for w in sub if not (w.i == first.i and norm(w.text).startswith("qu"))]
                if body:
                    # a reported clause runs on, word after word from its "que",
                    # to the end of the sentence unless an incise, a participle or
                    # "selon" closes it (the parser may hang its subject elsewhere)
                    start = first.i + 1 if norm(first.text).startswith("qu") else body[0].i
                    return _to_clause_end(s, start, lex), "que"
            if "si" in cue.flags and norm(first.text) in ("si", "s'", "s’") and k.upos in ("VERB", "AUX", "ADJ", "NOUN"):
                # "se demande si le retrait n'est pas une stratégie", "lui demande s'il compte …"
                body = _to_clause_end(s, first.i + 1, lex)
                if body:
                    return body, "si"
            if norm(first.text).replace("’", "'") in _inf_preps(cue) and \
                    ("VerbForm=Inf" in k.feats or k.upos == "VERB"):
                return _with_purpose(s, _trim_circumstances(s, sub[1:], lex), lex), "inf"
            if "vinf" in cue.flags and k.deprel.startswith(("xcomp", "ccomp")) and \
                    _bare_infinitive(s, v, k, sub):
                # "ne pas", which the parser may hang on the report's verb, negates the infinitive
                j = sub[0].i
                while j - 1 > v.i and norm(s.words[j - 1].text) in _NEGATION:
                    j -= 1
                sub = s.words[j:sub[0].i] + sub
                if k.upos == "AUX":
                    # "n'avoir « jamais » demandé …": the parser may hang the
                    # participle beside its auxiliary instead of under it
                    part = next((c for c in kids if c.i > k.i and c.past_participle), None)
                    if part is not None:
                        last = max(w.i for w in s.subtree(part.i))
                        sub = s.words[sub[0].i:last + 1]
                return _with_purpose(s, _trim_circumstances(s, sub, lex), lex), "inf"
    if _inf_preps(cue):
        # "exhorte Washington à travailler": the infinitive may hang elsewhere
        for w in s.words[v.i + 1: v.i + 10]:
            if norm(w.text) in _inf_preps(cue) and w.i + 1 < len(s.words):
                nxt = s.words[w.i + 1]
                if nxt.text in ("«", "“", '"', "„") and w.i + 2 < len(s.words):
                    nxt = s.words[w.i + 2]
                if _infinitive(nxt) or (
                        nxt.upos in ("PRON",) and w.i + 2 < len(s.words)
                        and _infinitive(s.words[w.i + 2])):
                    if _infinitive(nxt):
                        head = nxt
                    else:
                        head = s.words[w.i + 2]
                    if head.upos == "AUX" and head.head > head.i:
                        head = s.words[head.head]  # "d'avoir menti": the participle
                    sub = [x for x in s.subtree(head.i) if x.i > w.i]
                    # the clitic before the infinitive belongs to it
                    if nxt is not head:
                        sub = [nxt] + sub
                    return _with_purpose(s, _trim_circumstances(s, sub, lex), lex), "inf"
            if w.upos in ("VERB",) or (w.upos == "PUNCT" and w.text not in (",",)):
                break
    if "si" in cue.flags:
        question = _wh_question(s, v, lex)
        if question is not None:
            return question, "si"
    about = {f[6:] for f in cue.flags if f.startswith("about:")}
    for k in kids if about else ():
        # "a mis en garde contre …", "alerte sur …" (flag about:P): the P-phrase
        case = [c for c in s.children(k.i) if c.deprel == "case"]
        if k.deprel.startswith("obl") and k.i > v.i and case and norm(case[0].text) in about:
            body = [w for w in s.subtree(k.i) if w.i > case[0].i]
            term = _quoted_term(s, body)
            if term is not None:
                return term, "term"
            # (", soit moins de la moitié …": the writer's gloss after a comma)
            comma = next((w.i for w in body if w.text == ","), None)
            # ("évalue à 150 millions d'euros le coût": after a figure, the
            # verb's object, hung under it, begins at its article)
            if body and body[0].upos == "NUM":
                comma = next((w.i for w in body[1:] if w.upos == "DET" and s.words[w.i - 1].upos == "NOUN"),
                             comma)
            body = [w for w in body if comma is None or w.i < comma]
            if body:
                end = _qualifying_quote_end(s, body[-1].i)
                return body + s.words[body[-1].i + 1:end + 1], "about"
    if "obj" in cue.flags:
        for k in _objects(s, v, kids)[0]:
            sub = s.subtree(k.i)
            judged = _judgment(s, k, sub, cue, lex)
            if judged is not None:
                return judged
            if k.upos != "NOUN" or (lex is not None and lex.is_role_noun(k.text)):
                continue  # "a condamné l'ancien maire à deux ans": a person is no statement
            if "target" in cue.flags and _known_target(s, k, sub):
                continue  # "a condamné la violence": what is blamed, not what is said
            if " " in cue.lemma and norm(k.text) == cue.lemma.split()[-1]:
                # the noun belongs to the cue ("faire part de ses doutes"):
                # what is reported is its complement, after the preposition
                sub = [w for w in sub if w.i > k.i]
                while sub and sub[0].upos == "ADP":
                    sub = sub[1:]
            comma = next((w.i for w in sub if w.text == "," and w.i > k.i), None)
            if comma is not None:
                sub = [w for w in sub if w.i < comma]
            elif _participle_after(s, sub):
                sub = sub + _participle_after(s, sub)
            elif lex is not None and sub and sub[-1].i + 1 < len(s.words) and \
                    (lex.link_at(s.words, sub[-1].i + 1) or ("",))[0] == "noun":
                # "son opposition | à l'alliance …": the noun's complement, hung
                # on the verb by the parser, is still what was said
                sub = _to_clause_end(s, sub[0].i, lex)
            if lex is not None:
                # "ses craintes après que l'usine a fermé": the parser may hang
                # the circumstance on the noun; it is not what was said
                cut = next((w.i for w in sub if w.i > k.i
                            and lex.subordinator_at(s.words, w.i) is not None), None)
                if cut is not None:
                    sub = [w for w in sub if w.i < cut]
            if len(sub) >= 3 or (len(sub) == 2 and "demand" in cue.flags
                                 and norm(k.text).endswith(_ACTION_ENDINGS)):
                # ("a plaidé l'acquittement", "a réclamé sa démission": after
                # a verb of demand, a noun of action is what is asked, however
                # short; "a salué la décision" is not); a purpose right
                # after it goes with it ("ont justifié la destruction … pour
                # prouver que …")
                return _with_purpose(s, sub, lex), "obj"
    # the parser missed the clause: "estiment qu'une telle aide …" read
    # linearly, after the cue's own words ("a fait savoir qu'…")
    rest = v.i + len(cue.lemma.split())
    for w in s.words[rest: rest + 12]:
        low = norm(w.text)
        if low in ("que", "qu'"):
            if norm(s.words[w.i - 1].text) in _NOT_COMPLEMENTISER or _relative_after_object(s, v, w):
                break
            body = _to_clause_end(s, w.i + 1, lex)
            if body and (any(x.upos in ("VERB", "AUX") for x in body) or any(x.text in _OPENERS for x in body)):
                # (not the "que" of "ne parlent pas qu'en français": no clause)
                return body, "que"
            break
        if (w.upos == "VERB" and "VerbForm=Part" not in w.feats) or \
                (w.upos == "PUNCT" and w.text not in (",",)):
            break
    return None
