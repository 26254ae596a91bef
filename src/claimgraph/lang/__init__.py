"""Language data: one folder per language, one YAML file per rule family.

``lang/en/quantities.yaml``, ``lang/en/dates.yaml``, ``lang/en/attribution.yaml``... Code never
branches on a language code; it asks for the data. Adding a language is adding a folder (plus its
tests).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "ru", "uk")
FALLBACK_LANGUAGE = "en"


class UnknownLanguage(ValueError):
    pass


def available_languages() -> list[str]:
    root = resources.files(__package__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


@cache
def load_language_data(lang: str, family: str) -> dict[str, Any]:
    """The ``family`` data (``quantities``, ``dates``, ``attribution``...) for ``lang``.

    Raises ``UnknownLanguage`` for a language with no folder; a missing family file yields ``{}``
    so that a language can be added one rule family at a time.
    """
    root = resources.files(__package__)
    folder = root / lang
    if not folder.is_dir():
        raise UnknownLanguage(
            f"no language data for {lang!r}; available: {', '.join(available_languages())}"
        )
    path = folder / f"{family}.yaml"
    if not path.is_file():
        return {}
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{lang}/{family}.yaml must hold a mapping at the top level")
    return data


@cache
def language_words(lang: str, family: str, key: str) -> frozenset[str]:
    """The words listed under ``key`` in ``lang/<lang>/<family>.yaml``, lower-cased (none when
    the key is missing or empty)."""
    return frozenset(str(w).lower() for w in load_language_data(lang, family).get(key) or [])


def resolve_language(lang: str | None) -> str:
    """A language we have data for: ``lang`` itself, else the fallback."""
    if lang and lang in available_languages():
        return lang
    return FALLBACK_LANGUAGE
