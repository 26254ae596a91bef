"""A participle opening the sentence, its agent the teller: "Asked by Stephanopoulos whether ...,
Carson said ...".

"Asked by Matt Lauer whether she had ...", "Challenged by ABC News's Diane Sawyer on ...",
"Pushed by host Chuck Todd on ...", "When asked by a reporter whether ...": a listed cue in its
participle form (``participle_endings`` of ``verb_constructions``) opens the sentence, perhaps
after a subordinator (``subordinators``), and the agent marker ("by", ``agent_markers``)
follows at once. The agent asked, pressed or challenged: it is the cue's teller, and the
clause the participle opens is what was said. The cue scan reaches such a cue but finds no
teller before it and takes the sentence's subject after it for a passive, and the passive
agent of :func:`claimgraph.extract.attribution._verb` wants an auxiliary before the
participle. Measured on PolNeAR train with a regular expression before this module was
written: 6 true of 7 where the participle opens the sentence, 9 of 18 after a comma (left
out).

Other languages list their participles and participial phrases for this family only
(``participle_cues``: "Interrogé", "Preguntado", "Befragt", "Auf die Frage"), with agent
markers of their own where the language's passive has none (``participle_agents``: "von");
with ``participle_bare_agent`` the asker follows at once, a genitive ("*Отвечая на вопрос*
журналистов, министр заявил", "Відповідаючи на запитання Укрінформу").

An asker who asked nothing written ("Interrogée mardi par l'AFP, la porte-parole a affirmé",
"Befragt von Journalisten, sagte der Minister, ..."): no attribution, as the sentence that
follows is the speaker's own statement and no teller of the asker's may hold it.

Only the sentence's first word is looked at and the agent phrase is bounded, so a sentence
costs constant time here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.extract.a_tellers import TellerPhrase, right_phrase
from claimgraph.extract.attribution import Attribution, _agent
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.a_cues_constructions import Taken
    from claimgraph.extract.attribution import _Context

__all__ = ["opening_participle_attributions"]

MAX_LISTED_GAP = 2  # words between a listed participle and its agent marker ("*mardi* par")


def opening_participle_attributions(
    ctx: _Context,
    si: int,
    lo: int,
    hi: int,
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
    kinds: frozenset[str] | None = None,
) -> None:
    """Offer to ``out`` the attribution of a listed participle of the families ``kinds``
    (every family of the data when None) that opens tokens ``[lo, hi)`` and is followed by
    its agent ("Asked by Stephanopoulos to respond, Carson said ...")."""
    lex, toks, words = ctx.lex, ctx.toks, ctx.words
    data = lex.verb_constructions
    allowed = data.participle_kinds if kinds is None else data.participle_kinds & kinds
    k = ctx.first_word
    if not allowed or not (data.participle_endings or data.participle_cues.by_first) or k >= hi:
        return
    if words[k] in data.subordinators:
        k += 1  # "When asked by a reporter whether ..."
    if k >= hi or not toks[k].is_word:
        return
    listed = data.participle_cues.match(words, k)
    hit = listed or lex.cues.match(words, k)
    if hit is None or hit[1] not in allowed:
        return
    c1 = k + hit[0]
    if c1 >= hi or not (listed or words[c1 - 1].endswith(data.participle_endings)):
        return
    if listed:
        # "Interrogée *mardi* par l'AFP": a time word or two before the agent marker
        m = c1
        while m + 1 < hi and m - c1 < MAX_LISTED_GAP and words[m] in lex.post_cue_skip:
            m += 1
        if words[m] in lex.agent_markers or words[m] in data.participle_agents:
            c1 = m
    phrase: TellerPhrase | None
    if listed and data.participle_bare_agent:
        # "Отвечая на вопрос *журналистов*": the asker, a genitive, follows at once
        phrase = right_phrase(toks, c1, hi, lex, loose=True) if toks[c1].is_word else None
    elif words[c1] not in lex.agent_markers and words[c1] not in data.participle_agents:
        return  # "Asked whether ...": no agent, the subject after the clause was asked
    elif words[c1] in lex.agent_markers:
        phrase = _agent(ctx, c1, hi)
    else:
        # "Befragt *von* Reuters": a marker of this family only, so the passives of the
        # language keep their own agent rules
        phrase = right_phrase(toks, c1 + 1, hi, lex, loose=True) if c1 + 1 < hi else None
    if phrase is None:
        return
    source_span = Span(toks[phrase.a].start, toks[phrase.b - 1].end)
    if out.overlaps(source_span):
        return
    # what was asked or said is the clause the participle opens, up to its comma or the verb
    # of the sentence ("Auf die Frage von Journalisten *sagte* der Minister")
    end = phrase.b
    while end < hi and toks[end].text != "," and lex.cues.match(words, end) is None:
        end += 1
    if end == phrase.b:
        # "Befragt von Journalisten, sagte der Minister, ...", "Interrogé par l'AFP, le
        # ministre a affirmé": the asker asked nothing written; what follows is the
        # speaker's own statement, never the asker's
        return
    content = Span(toks[phrase.b].start, toks[end - 1].end)
    out.add(
        Attribution(
            content=content,
            cue=Span(toks[k].start, toks[k + hit[0] - 1].end),
            chain=[teller(phrase)],
            sentence_index=si,
            source_span=source_span,
            kind=hit[1],
        )
    )
