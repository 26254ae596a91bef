"""Spanish "el día 25 de diciembre": the noun "día" belongs to the date and so does its article,
as in "el día 27" and "el día siguiente"; a plain article stays out ("el 2 de diciembre" -> "2 de
diciembre"), as Spanish day spans are written elsewhere.

Published on Saturday 22 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 22)


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, "es", REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La reunión será el día 25 de diciembre, según el acta.",
            ("el día 25 de diciembre", "2024-12-25"),
        ),
        (
            "La cumbre fue el día 3 de marzo de 2022, informó la cancillería.",
            ("el día 3 de marzo de 2022", "2022-03-03"),
        ),
        ("Se puede reservar el día 9 Mayo por dos días.", ("el día 9 Mayo", "2025-05-09")),
        (
            "El pago vence el día 21 de este mes, según el contrato.",
            ("el día 21 de este mes", "2025-11-21"),
        ),
        ("Las conversaciones se reanudan el día 27.", ("el día 27", "2025-10-27")),
        # a plain article is no part of the date
        ("Se reunieron el 2 de diciembre en Ginebra.", ("2 de diciembre", "2024-12-02")),
    ],
)
def test_a_day_with_its_noun_keeps_it(text: str, expected: tuple[str, str]) -> None:
    span, day = expected
    assert found(text) == [(span, day, day)]
