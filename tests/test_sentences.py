"""Sentence splitting: offsets into the text, paragraphs, abbreviations in six languages."""

from __future__ import annotations

import pytest

from claimgraph.extract.sentences import sentence_at, split_sentences


def _texts(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


def test_sample_article_keeps_the_source_sentence_in_the_same_paragraph(seeds_dir):
    text = (seeds_dir / "000_417ffefe938d1bfc.txt").read_text(encoding="utf-8")
    sentences = split_sentences(text, "en")
    by_text = {text[s.start : s.end]: s for s in sentences}
    relies = by_text["It relies on unnamed US officials."]
    wsj = next(s for t, s in by_text.items() if t.startswith("The Wall Street Journal"))
    assert wsj.paragraph == relies.paragraph
    assert sentences.index(relies) == sentences.index(wsj) + 1
    # the quoted speech is split inside the quotation, the speaker stays with its sentence
    assert "We have never had such results,” said Ihnat." in by_text
    # every sentence is a clean slice of the text
    for s in sentences:
        assert text[s.start : s.end] == text[s.start : s.end].strip()


def test_french_sample_paragraphs_follow_newlines(seeds_dir):
    text = (seeds_dir / "002_c439a4a123958bf1.txt").read_text(encoding="utf-8")
    sentences = split_sentences(text, "fr")
    first = next(s for s in sentences if text[s.start : s.end].startswith("Une délégation"))
    second = sentences[sentences.index(first) + 1]
    assert text[first.start : first.end].endswith("a rapporté vendredi le Washington Post.")
    assert second.paragraph == first.paragraph
    journal = next(s for s in sentences if text[s.start : s.end].startswith("Le journal révèle"))
    assert journal.paragraph == first.paragraph + 1


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Mr. Smith told Reuters on Sept. 5 that 40 drones were launched. He added more.", 2),
        ("en", "The U.S. Air Force said 12 drones were shot down. Officials agreed.", 2),
        ("fr", "M. Dupont a déclaré que 40 drones ont été abattus. Le ministère a confirmé.", 2),
        ("de", "Laut Dr. Müller wurden 40 Drohnen abgeschossen. Das bestätigte die Luftwaffe.", 2),
        ("es", "El Sr. García dijo que se derribaron 40 drones. El ministerio lo confirmó.", 2),
        ("ru", "В 2023 г. Россия получила 1700 дронов. Об этом сообщил Игнат.", 2),
        ("uk", "У 2023 р. Росія отримала 1700 дронів. Про це повідомив Ігнат.", 2),
    ],
)
def test_abbreviations_do_not_end_sentences(lang, text, expected):
    assert len(split_sentences(text, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia also fired three Iskander-M. The air force said 34 drones were shot down."),
        ("fr", "La Russie a tiré trois Iskander-M. La défense a abattu 34 drones."),
        ("de", "Russland feuerte drei Iskander-M. Die Luftwaffe schoss 34 Drohnen ab."),
        ("es", "Rusia lanzó tres Iskander-M. La defensa derribó 34 drones."),
        ("ru", "Россия выпустила три Искандер-М. ПВО сбила 34 беспилотника."),
        ("uk", "Росія випустила три Іскандер-М. ППО збила 34 дрони."),
    ],
)
def test_a_model_name_ending_in_a_letter_ends_its_sentence(lang, text):
    # "Iskander-M." is not an initial like "J. Smith": the next sentence starts after it
    first, second = _texts(text, lang)
    assert first.endswith("-М.") or first.endswith("-M.")
    assert "34" in second


def test_an_initial_after_a_space_still_does_not_end_a_sentence():
    assert len(split_sentences("Officials told John M. Smith that 40 drones fell.", "en")) == 1


def test_hard_wrapped_lines_are_one_paragraph_and_headlines_are_not():
    text = (
        "Drones over Kyiv\n"
        "The air force said on Saturday that 40 drones\n"
        "were shot down overnight. Two struck buildings.\n"
        "Another paragraph starts here."
    )
    sentences = split_sentences(text, "en")
    assert [text[s.start : s.end] for s in sentences][1].endswith("shot down overnight.")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


def test_quotes_and_other_terminators():
    got = _texts("«Nous avons abattu 40 drones.» Le ministère l'a confirmé… Et ensuite ?", "fr")
    assert got[0] == "«Nous avons abattu 40 drones.»"


def test_sentence_at_finds_the_sentence_of_an_offset():
    text = "One sentence here. Another one there."
    sentences = split_sentences(text, "en")
    assert sentence_at(sentences, text.index("Another")) == 1
    assert sentence_at(sentences, text.index("here")) == 0
    assert sentence_at(sentences, len(text) + 5) is None


def test_unknown_language_falls_back_and_empty_text_has_no_sentences():
    assert split_sentences("", "en") == []
    assert len(split_sentences("Hello there. Bye now.", "xx")) == 2
