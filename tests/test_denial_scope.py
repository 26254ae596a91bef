"""A denial reaches what it denies, not what the one who denies goes on to assert.

"Moscow denied any involvement, saying 40 drones were launched from Ukraine": a fact-checker
reads two claims, a denial (Moscow denies involvement) and a figure Moscow asserts. The figure
is reported, not denied. "The Kremlin denied that 40 drones were launched" denies the figure.

Around it: a gerund after a comma goes on with the teller of the clause before ("ajoutant",
"додавши", after an inverted teller too), and a statement judged afterwards ("which Moscow
denied", "a claim Moscow disputed") is not relayed by its judge.
"""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs
from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.records import Claim


def _claims(text: str, lang: str) -> tuple[list[Claim], list[Claim]]:
    claims = extract_claims_from_text(text, lang, "2025-01-10")
    figures = [c for c in claims if c.quantity is not None]
    denials = [c for c in claims if c.measure in ("denial", "retraction")]
    return figures, denials


@pytest.mark.parametrize(
    ("lang", "text", "who", "denial"),
    [
        (
            "en",
            "Moscow denied any involvement, saying that 40 drones had been launched from Ukraine.",
            "Moscow",
            "Moscow denied any involvement",
        ),
        (
            "fr",
            "Moscou a démenti toute implication, affirmant que 40 drones avaient été lancés "
            "depuis l'Ukraine.",
            "Moscou",
            "Moscou a démenti toute implication",
        ),
        (
            "es",
            "Moscú negó cualquier implicación, afirmando que 40 drones fueron lanzados desde "
            "Ucrania.",
            "Moscú",
            "Moscú negó cualquier implicación",
        ),
        (
            "de",
            "Moskau bestritt jede Beteiligung und erklärte, 40 Drohnen seien aus der Ukraine "
            "gestartet worden.",
            "Moskau",
            "Moskau bestritt jede Beteiligung",
        ),
        (
            "ru",
            "Москва опровергла причастность, утверждая, что 40 дронов были запущены с Украины.",
            "Москва",
            "Москва опровергла причастность",
        ),
        (
            "uk",
            "Москва заперечила причетність, стверджуючи, що 40 дронів були запущені з України.",
            "Москва",
            "Москва заперечила причетність",
        ),
    ],
)
def test_what_the_denier_goes_on_to_assert_is_reported(
    lang: str, text: str, who: str, denial: str
) -> None:
    figures, denials = _claims(text, lang)

    (figure,) = figures
    assert figure.quantity is not None and figure.quantity.value == 40
    assert figure.modality == "reported"
    assert figure.sources[-1].name == who
    (denied,) = denials
    assert denied.modality == "denied"
    assert denied.proposition == denial
    assert denied.sources[-1].name == who


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Kremlin denied that 40 drones had been launched from Russia."),
        ("en", "The Kremlin denied that Ukraine said 40 drones had been launched from Russia."),
        ("en", "Ukraine said 40 drones were shot down, which Moscow denied."),
        ("fr", "Le Kremlin a démenti que 40 drones avaient été lancés depuis la Russie."),
        ("ru", "Кремль опроверг, что 40 дронов были запущены из России."),
        ("uk", "Кремль заперечив, що 40 дронів були запущені з Росії."),
    ],
)
def test_a_figure_the_denial_reaches_stays_denied(lang: str, text: str) -> None:
    figures, _ = _claims(text, lang)

    assert [f.modality for f in figures] == ["denied"]


def test_a_hedge_after_the_denial_still_counts() -> None:
    figures, _ = _claims(
        "Moscow denied any involvement, saying that 40 drones had allegedly been launched "
        "from Ukraine.",
        "en",
    )

    assert [f.modality for f in figures] == ["hedged"]


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "fr",
            "Le porte-parole a déclaré que 37 drones avaient été abattus, ajoutant que six "
            "avaient échappé à la défense.",
            "Le porte-parole",
            "ajoutant",
        ),
        (
            "fr",
            "L'armée de l'air a publié son bilan mardi, précisant que 12 missiles avaient été "
            "interceptés.",
            "L'armée de l'air",
            "précisant",
        ),
        (
            "es",
            "El portavoz dijo que 37 drones fueron derribados, añadiendo que seis escaparon.",
            "El portavoz",
            "añadiendo",
        ),
        (
            "es",
            "El ministerio publicó un balance, señalando que 12 misiles fueron interceptados.",
            "El ministerio",
            "señalando",
        ),
        (
            "ru",
            "Представитель заявил, что сбиты 37 дронов, добавив, что шесть ушли от ПВО.",
            "Представитель",
            "добавив",
        ),
        (
            "ru",
            "Министр выступил на брифинге, подчеркивая, что 40 дронов были сбиты.",
            "Министр",
            "подчеркивая",
        ),
        (
            "uk",
            "Речник заявив, що збито 37 дронів, додавши, що шість оминули ППО.",
            "Речник",
            "додавши",
        ),
        (
            "uk",
            "Міністр виступив на брифінгу, наголошуючи, що 40 дронів було збито.",
            "Міністр",
            "наголошуючи",
        ),
    ],
)
def test_a_gerund_after_a_comma_speaks_for_the_clause_subject(
    lang: str, text: str, teller: str, cue: str
) -> None:
    assert (teller, cue) in teller_cue_pairs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "chain", "modality"),
    [
        (
            "en",
            "Ukraine said 40 drones were shot down, which Moscow denied.",
            ["Ukraine"],
            "denied",
        ),
        (
            "en",
            "Ukraine said 40 drones were shot down, which Moscow confirmed.",
            ["Ukraine"],
            "reported",
        ),
        (
            "ru",
            "Украина заявила, что сбиты 40 дронов, что Москва опровергла.",
            ["Украина"],
            "denied",
        ),
        ("uk", "Україна заявила, що збито 40 дронів, що Москва заперечила.", ["Україна"], "denied"),
        (
            "es",
            "Ucrania dijo que 40 drones fueron derribados, lo que Moscú negó.",
            ["Ucrania"],
            "denied",
        ),
        # a relay keeps its chain: Moscow tells what Ukraine claimed
        (
            "en",
            "Moscow said Ukraine reported 40 drones were shot down.",
            ["Moscow", "Ukraine"],
            "reported",
        ),
    ],
)
def test_who_judges_a_statement_afterwards_does_not_relay_it(
    lang: str, text: str, chain: list[str], modality: str
) -> None:
    figures, _ = _claims(text, lang)

    (figure,) = figures
    assert [s.name for s in figure.sources if s.span is not None] == chain
    assert figure.modality == modality


@pytest.mark.parametrize(
    ("lang", "text", "judge"),
    [
        ("en", "Ukraine said it shot down 40 drones, a claim that Moscow denied.", "Moscow"),
        ("en", "Ukraine said it shot down 40 drones, a figure Moscow disputed.", "Moscow"),
        (
            "fr",
            "L'Ukraine a affirmé avoir abattu 40 drones, une affirmation démentie par Moscou.",
            "Moscou",
        ),
        (
            "es",
            "Ucrania afirmó haber derribado 40 drones, una cifra desmentida por Moscú.",
            "Moscú",
        ),
    ],
)
def test_a_statement_noun_judged_after_the_figure(lang: str, text: str, judge: str) -> None:
    # the figure is the first teller's, denied; the judge neither relays it nor becomes
    # "a figure Moscow" or "una cifra" as a teller
    figures, _ = _claims(text, lang)

    (figure,) = figures
    assert [s.name for s in figure.sources if s.span is not None] == [text.split()[0]]
    assert figure.modality == "denied"
    tellers = [t for t, _ in teller_cue_pairs(text, lang)]
    assert judge in tellers
    assert not [t for t in tellers if t.split()[0].lower() in ("a", "une", "una")]


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "en",
            "Russia attacked with 120 drones, said the air force, adding that 95 were shot down.",
            "the air force",
            "adding",
        ),
        (
            "fr",
            "La Russie a attaqué avec 120 drones, a indiqué l'armée de l'air, ajoutant que 95 "
            "avaient été abattus.",
            "l'armée de l'air",
            "ajoutant",
        ),
        (
            "es",
            "Rusia atacó con 120 drones, informó la Fuerza Aérea, añadiendo que 95 fueron "
            "derribados.",
            "la Fuerza Aérea",
            "añadiendo",
        ),
        (
            "ru",
            "Россия атаковала 120 дронами, сообщили в Воздушных силах ВСУ, добавив, что 95 из "
            "них сбиты.",
            "Воздушных силах ВСУ",
            "добавив",
        ),
        (
            "uk",
            "Росія атакувала 120 дронами, повідомили у Повітряних силах ЗСУ, додавши, що 95 з "
            "них збито.",
            "Повітряних силах ЗСУ",
            "додавши",
        ),
    ],
)
def test_a_gerund_after_an_inverted_teller_goes_on_with_that_teller(
    lang: str, text: str, teller: str, cue: str
) -> None:
    # not with the sentence's subject, Russia, which is what the teller reports on
    assert (teller, cue) in teller_cue_pairs(text, lang)


def test_an_addressee_before_a_gerund_is_no_teller() -> None:
    pairs = teller_cue_pairs(
        "“We need steady hands,” Clinton told AIPAC, referring to the business mogul.", "en"
    )
    assert not [c for t, c in pairs if t == "AIPAC"]
