"""Clean flat scraped text: find title, body, outlet, byline; label everything else.

A scraped page flattened to text is a header (weather and date widgets, menus, breadcrumbs), a
title, perhaps a byline, the body (sometimes interrupted or followed by teasers and repeats), and a
footer (credit line, subscription pitches, comment forms). The cleaner labels every non-blank line
that is not body with a reason and never edits the text: the body is a list of spans into it.

Passes, each one job:
1. furniture lexicon, date-only lines, teaser headings, bylines and credit lines;
2. the title (the first header line that reads like a headline; a breadcrumb ending with it is
   furniture; a byline before any headline means the scrape has no title);
3. teaser runs after a heading ("Related stories" followed by headlines and truncated snippets);
4. the header: dates above the title are page widgets, a date below it is the dateline;
5. repeats (a line seen before is removed, pointing at its original; runs become blocks);
6. the body: what is left after the title; short unpunctuated lines closing it are the
   outlet's signature ("i24").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.clean.calendar import parse_date_line
from claimgraph.clean.credits import Credit, is_signature, parse_byline, parse_credit
from claimgraph.clean.furniture import Furniture, fold_line, load_furniture
from claimgraph.clean.lines import Line, split_lines
from claimgraph.records import RemovedSpan, Span

TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 250
TEASER_MAX_WORDS = 20
REPEAT_MIN_WORDS = 3
REPEAT_MIN_CHARS = 20
PROSE_MIN_WORDS = 8
LONG_PARAGRAPH_WORDS = 25
BREADCRUMB_LOOKAHEAD = 3
TITLE_SEARCH_LINES = 20  # a container's title is looked for among the first lines only
# Header furniture that makes a neighbouring date line a page widget even without a title.
_WIDGET_REASONS = ("boilerplate:weather-widget", "boilerplate:menu", "boilerplate:social-buttons")


@dataclass(slots=True)
class FlatText:
    """What the flat-text cleaner found; spans index into the text it was given."""

    title: str | None = None
    title_line: Line | None = None
    outlet: str | None = None
    byline: str | None = None
    body: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    removed: list[RemovedSpan] = field(default_factory=list)
    page_date: str | None = None  # a header date widget: the page's date, not the article's
    dateline: str | None = None  # a date line between the title and the body


@dataclass(slots=True)
class _State:
    lines: list[Line]
    labels: dict[int, str] = field(default_factory=dict)
    repeats: dict[int, int] = field(default_factory=dict)  # line index -> original line index
    dates: dict[int, str] = field(default_factory=dict)
    headings: dict[int, str] = field(default_factory=dict)
    credits: dict[int, Credit] = field(default_factory=dict)

    def free(self, i: int) -> bool:
        return i not in self.labels and i not in self.repeats


def clean_flat_text(
    text: str, title_hint: str | None = None, *, guess_title: bool = True
) -> FlatText:
    """Title, outlet, byline, body spans and removed spans of flat scraped text.

    ``title_hint`` (a container's title) is looked for among the lines; ``guess_title=False``
    (text already extracted from HTML, whose title is known) only accepts that exact line.
    """
    furniture = load_furniture()
    state = _State(split_lines(text))
    _label_lines(state, furniture)
    result = FlatText()
    title_index = _find_title(state, title_hint, guess=guess_title)
    _label_teasers(state, title_index)
    first_free = _first_free_after(state, title_index)
    _label_header(state, result, title_index, first_free)
    _label_repeats(state, title_index)
    if title_index is not None:
        line = state.lines[title_index]
        result.title, result.title_line = line.text, line
        state.labels[title_index] = "title"
    elif title_hint:
        result.title = title_hint.strip()
    _label_signatures(state)
    _collect_credits(state, result)
    _assemble(state, result)
    return result


# ----------------------------------------------------------------------------- pass 1


def _label_lines(state: _State, furniture: Furniture) -> None:
    for line in state.lines:
        category = furniture.classify(line.text)
        if category is not None:
            state.labels[line.index] = f"boilerplate:{category}"
            continue
        heading = furniture.heading(line.text)
        if heading is not None:
            state.headings[line.index] = heading
            state.labels[line.index] = f"boilerplate:{heading}"
            continue
        found = parse_date_line(line.text)
        if found is not None:
            state.dates[line.index] = found
            continue
        credit = parse_byline(line.text, furniture)
        if credit is not None:
            state.credits[line.index] = credit
            state.labels[line.index] = "byline"
            continue
        credit = parse_credit(line.text, furniture)
        if credit is not None:
            state.credits[line.index] = credit
            state.labels[line.index] = "credit"
            continue
        if _is_breadcrumb_trail(line, furniture):
            state.labels[line.index] = "boilerplate:breadcrumb"


def _is_breadcrumb_trail(line: Line, furniture: Furniture) -> bool:
    """ "Home > World > Europe", "Accueil / International"."""
    if not line.key.startswith(furniture.home_words) or line.words > 12:
        return False
    return any(sep in line.text for sep in ("›", "»", ">", "/", "|", "→"))


# ----------------------------------------------------------------------------- pass 2


def _headline_shaped(line: Line) -> bool:
    text = line.text.rstrip()
    return (
        len(text) <= TITLE_MAX_CHARS
        and 2 <= line.words <= TITLE_MAX_WORDS
        and not text.endswith((".", ",", ";", ":"))
    )


def _find_title(state: _State, title_hint: str | None, *, guess: bool) -> int | None:
    lines = state.lines
    if title_hint:
        wanted = fold_line(title_hint)
        for line in lines[:TITLE_SEARCH_LINES]:
            if line.key == wanted:
                return line.index
    if not guess:
        return None
    candidates = [
        line.index for line in lines if state.free(line.index) and line.index not in state.dates
    ]
    for position, i in enumerate(candidates):
        line = lines[i]
        if any(j < i for j in state.credits if state.labels.get(j) == "byline"):
            return None  # the scrape starts at the byline: the headline was not captured
        if not _headline_shaped(line):
            return None
        # "HomeDefenceIran and Russia build..." is a breadcrumb trail glued to the headline.
        later = candidates[position + 1 : position + 1 + BREADCRUMB_LOOKAHEAD]
        crumb_of = next(
            (j for j in later if lines[j].key != line.key and line.key.endswith(lines[j].key)),
            None,
        )
        if crumb_of is not None:
            state.labels[i] = "boilerplate:breadcrumb"
            continue
        if position + 1 >= len(candidates):
            return None  # a lone line is not a headline over nothing
        return i
    return None


def _first_free_after(state: _State, title_index: int | None) -> int | None:
    start = -1 if title_index is None else title_index
    for line in state.lines[start + 1 :]:
        i = line.index
        if state.free(i) and i not in state.dates and i not in state.headings:
            return i
    return None


def _label_header(
    state: _State, result: FlatText, title_index: int | None, first_free: int | None
) -> None:
    """Dates above the headline are page widgets; a date between headline and body is the
    article's dateline; anything else above the headline is page header."""
    end = first_free if first_free is not None else len(state.lines)
    widget_nearby = any(state.labels.get(i, "").startswith(_WIDGET_REASONS) for i in range(0, end))
    for i in range(0, end):
        if i == title_index:
            continue
        if i in state.dates:
            above_title = title_index is not None and i < title_index
            if above_title or (title_index is None and widget_nearby):
                result.page_date = result.page_date or state.dates[i]
                state.labels[i] = "boilerplate:date-widget"
            else:
                result.dateline = result.dateline or state.dates[i]
                state.labels[i] = "dateline"
        elif title_index is not None and i < title_index and state.free(i):
            state.labels[i] = "header"
    for i in state.dates:
        if i not in state.labels:
            state.labels[i] = "date"  # a date-only line inside or after the body is not prose


# ----------------------------------------------------------------------------- pass 5


def _label_repeats(state: _State, title_index: int | None) -> None:
    """Lines seen before, kept once when they are a copied block rather than structure.

    A copied block is the title printed again, or a run holding at least two prose paragraphs
    (or one long one). Short lines that recur (a recipe's "Eat every 2-3 hours", a list's "See
    it now: Amazon") are the article's own structure and stay.
    """
    seen: dict[str, int] = {}
    candidates: dict[int, int] = {}
    for line in state.lines:
        i = line.index
        if i != title_index and not state.free(i):
            continue
        if line.words < REPEAT_MIN_WORDS and len(line.key) < REPEAT_MIN_CHARS:
            continue
        original = seen.get(line.key)
        if original is None:
            seen[line.key] = i
        else:
            candidates[i] = original
    run: list[int] = []
    for line in state.lines:
        i = line.index
        if i in candidates:
            run.append(i)
        elif state.free(i) and i != title_index and run:
            _keep_copied_block(state, run, candidates, title_index)
            run = []
    if run:
        _keep_copied_block(state, run, candidates, title_index)


def _is_prose(line: Line) -> bool:
    return line.words >= PROSE_MIN_WORDS and line.ends_sentence()


def _keep_copied_block(
    state: _State, run: list[int], candidates: dict[int, int], title_index: int | None
) -> None:
    lines = [state.lines[i] for i in run]
    prose = [line for line in lines if _is_prose(line)]
    copied = (
        any(candidates[i] == title_index for i in run)
        or len(prose) >= 2
        or any(line.words >= LONG_PARAGRAPH_WORDS for line in prose)
    )
    if copied:
        for i in run:
            state.repeats[i] = candidates[i]


# ----------------------------------------------------------------------------- pass 3


def _teaser_shaped(line: Line) -> bool:
    text = line.text.rstrip()
    if text.endswith(("...", "…")):
        return True  # a truncated snippet
    return line.words <= TEASER_MAX_WORDS and not text.endswith((".", ",", ";", ":", "\u201d", '"'))


def _label_teasers(state: _State, title_index: int | None) -> None:
    for heading_index in sorted(state.headings):
        for line in state.lines[heading_index + 1 :]:
            i = line.index
            if i in state.headings or i == title_index:
                break
            if not state.free(i):
                continue
            if not _teaser_shaped(line):
                break
            state.labels[i] = "boilerplate:teaser"


# ----------------------------------------------------------------------------- pass 6


def _label_signatures(state: _State) -> None:
    body = [line for line in state.lines if state.free(line.index)]
    while len(body) > 1 and is_signature(body[-1].text):
        line = body.pop()
        state.credits[line.index] = Credit(byline=None, outlet=line.text.strip())
        state.labels[line.index] = "signature"


def _collect_credits(state: _State, result: FlatText) -> None:
    for i in sorted(state.credits):
        credit = state.credits[i]
        result.byline = result.byline or credit.byline
        result.outlet = result.outlet or credit.outlet


def _assemble(state: _State, result: FlatText) -> None:
    lines = state.lines
    run: list[Line] = []
    for line in lines:
        if state.free(line.index):
            run.append(line)
            result.paragraphs.append(Span(line.start, line.end))
            continue
        if run:
            result.body.append(Span(run[0].start, run[-1].end))
            run = []
    if run:
        result.body.append(Span(run[0].start, run[-1].end))
    result.removed = _removed_spans(state)


def _removed_spans(state: _State) -> list[RemovedSpan]:
    lines = state.lines
    spans: list[RemovedSpan] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.index in state.repeats:
            # A run of repeated lines whose originals are consecutive too is one repeated block.
            first_original = last_original = state.repeats[line.index]
            j = i
            while (
                j + 1 < len(lines)
                and lines[j + 1].index in state.repeats
                and state.repeats[lines[j + 1].index] == last_original + 1
            ):
                j += 1
                last_original += 1
            start, end = lines[first_original].start, lines[last_original].end
            spans.append(RemovedSpan(line.start, lines[j].end, f"repeat-of:{start}-{end}"))
            i = j + 1
            continue
        reason = state.labels.get(line.index)
        if reason is None:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and state.labels.get(lines[j + 1].index) == reason:
            j += 1
        spans.append(RemovedSpan(line.start, lines[j].end, reason))
        i = j + 1
    return spans
