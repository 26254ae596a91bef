"""Recognise a line that is only a date, and normalise container dates to ISO.

Page headers carry date widgets ("Tuesday, May 21, 2024"); article headers carry datelines
("20 марта 2023 г."). Both are lines made of nothing but calendar words and numbers. The words
come from ``claimgraph/data/clean/calendar/*.yaml``, all languages at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from importlib import resources

import yaml

from claimgraph.textnorm import collapse_spaces

MAX_DATE_LINE_CHARS = 60

_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")
_TOKEN = re.compile(r"[^\W_]+(?:['ʼ][^\W_]+)?")
_DAY = re.compile(r"(\d{1,2})([^\W\d_]*)")
_ALLOWED_PUNCT = set(" ,.-–—/|:()")


@dataclass(slots=True)
class Calendar:
    months: dict[str, int] = field(default_factory=dict)
    weekdays: set[str] = field(default_factory=set)
    ordinal_suffixes: set[str] = field(default_factory=set)
    fillers: set[str] = field(default_factory=set)


@cache
def load_calendar() -> Calendar:
    root = resources.files("claimgraph") / "data" / "clean" / "calendar"
    cal = Calendar()
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        with entry.open("r", encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        for number, names in (data.get("months") or {}).items():
            for name in names:
                cal.months.setdefault(str(name).casefold(), int(number))
        cal.weekdays.update(str(w).casefold() for w in data.get("weekdays") or ())
        cal.ordinal_suffixes.update(str(s).casefold() for s in data.get("ordinal_suffixes") or ())
        for filler in data.get("fillers") or ():
            cal.fillers.update(_TOKEN.findall(str(filler).casefold()))
    return cal


def _valid(year: int, month: int, day: int | None) -> str | None:
    if not 1900 <= year <= 2100 or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date_line(line: str) -> str | None:
    """The ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` without a day) when ``line`` holds nothing
    but a date (weekday, day, month, year, a time), else None."""
    if len(line) > MAX_DATE_LINE_CHARS:
        return None
    text = _TIME.sub(" ", collapse_spaces(line).casefold())
    for pattern, order in ((_ISO, "ymd"), (_NUMERIC, "dmy")):
        found = pattern.search(text)
        if found is None:
            continue
        rest = (text[: found.start()] + " " + text[found.end() :]).strip()
        if not _only_calendar_words(rest):
            return None
        if order == "ymd":
            year, month, day = int(found[1]), int(found[2]), int(found[3])
        else:
            first, second, year = int(found[1]), int(found[3]), int(found[4])
            # d.m.y is the European order; a slash with a month > 12 first is m/d/y.
            day, month = (second, first) if found[2] == "/" and second > 12 else (first, second)
        return _valid(year, month, day)
    return _parse_words(text)


def _only_calendar_words(text: str) -> bool:
    cal = load_calendar()
    for token in _TOKEN.findall(text):
        if token not in cal.weekdays and token not in cal.fillers:
            return False
    return all(ch in _ALLOWED_PUNCT or ch.isalnum() for ch in text)


def _parse_words(text: str) -> str | None:
    cal = load_calendar()
    if not all(ch in _ALLOWED_PUNCT or ch.isalnum() or ch in "'ʼº" for ch in text):
        return None
    months: list[tuple[int, bool]] = []  # (month, also a weekday name)
    days: list[int] = []
    year: int | None = None
    for token in _TOKEN.findall(text):
        if token.isdigit() and len(token) == 4:
            if year is not None:
                return None
            year = int(token)
            continue
        day = _DAY.fullmatch(token)
        if day and (not day[2] or day[2] in cal.ordinal_suffixes):
            days.append(int(day[1]))
            continue
        if token in cal.months:
            months.append((cal.months[token], token in cal.weekdays))
            continue
        if token in cal.weekdays or token in cal.fillers:
            continue
        return None
    if year is None or not months or len(days) > 1:
        return None
    # "mar." is Tuesday in French and March in English: prefer an unambiguous month word.
    unambiguous = [m for m, is_weekday in months if not is_weekday]
    month = unambiguous[0] if unambiguous else months[0][0]
    return _valid(year, month, days[0] if days else None)


def normalise_date(value: object) -> str | None:
    """A container's date (ISO string, datetime, unix time, "Tue, 21 May 2024 10:00:00 GMT")
    as an ISO date ``YYYY-MM-DD``; None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(float(value), UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    found = _ISO.match(text)
    if found:
        return _valid(int(found[1]), int(found[2]), int(found[3]))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return parse_date_line(text)
