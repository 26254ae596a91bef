"""One reader for "does this text end with a claims.yaml phrase": clause coordinators end at a
word boundary whatever punctuation follows ("... and, 12"), a count's continuation word must
stand alone before the number ("another 12", not "another: 12"), in every language."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import _ends_with


@pytest.mark.parametrize(
    ("lang", "before"),
    [
        ("en", "Russia launched 40 drones. Another "),
        ("en", "Officials counted a further "),
        ("fr", "Il y en a encore "),
        ("de", "Dann kamen weitere "),
        ("es", "Llegaron otros "),
        ("ru", "Сбиты ещё "),
        ("uk", "Збито ще "),
    ],
)
def test_a_continuation_word_right_before_the_number(lang: str, before: str) -> None:
    assert _ends_with(before, lang, "count_continuations", whole_tokens=True)


@pytest.mark.parametrize(
    ("lang", "before"),
    [
        ("en", "There was another: "),
        ("fr", "Et encore, "),
        ("ru", "Сбиты ещё: "),
        ("en", "Yet anothers "),
    ],
)
def test_punctuation_or_a_longer_word_breaks_the_continuation(lang: str, before: str) -> None:
    assert not _ends_with(before, lang, "count_continuations", whole_tokens=True)


@pytest.mark.parametrize(
    ("lang", "before"),
    [
        ("en", "Russia launched 40 drones and, "),
        ("fr", "La Russie a lancé 40 drones et "),
        ("de", "Russland schickte 40 Drohnen und "),
        ("es", "Rusia lanzó 40 drones y "),
        ("ru", "Россия запустила 40 дронов, а "),
        ("uk", "Росія запустила 40 дронів, але "),
    ],
)
def test_a_coordinator_ends_at_a_word_boundary(lang: str, before: str) -> None:
    assert _ends_with(before, lang, "clause_coordinators")


def test_only_whole_tokens_see_the_comma_after_a_coordinator() -> None:
    assert _ends_with("40 drones and, ", "en", "clause_coordinators")
    assert not _ends_with("40 drones and, ", "en", "clause_coordinators", whole_tokens=True)
