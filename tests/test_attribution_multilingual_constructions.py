"""The session-4 cue constructions in French, German, Spanish, Russian and Ukrainian: a
participle or gerund opening the sentence names the asker ("Interrogé par l'AFP sur ..., le
ministre a déclaré"), and a listed infinitive of purpose keeps the sentence's subject ("Le
ministre a profité de sa conférence de presse pour annoncer"). Wire-style sentences, each
with a counter-case where nothing may fire."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.attribution import ALL_KINDS, find_attributions

# --- an opening participle or gerund: its agent asked, and is its teller -------------------


@pytest.mark.parametrize(
    ("lang", "text", "asker", "cue", "speaker"),
    [
        (
            "fr",
            "Interrogé par l'AFP sur le calendrier des livraisons, le ministre a déclaré que "
            "les premiers drones arriveraient en mars.",
            "l'AFP",
            "Interrogé",
            "le ministre",
        ),
        (
            "fr",
            "Questionnée par France Info sur les frappes de la nuit, la porte-parole a affirmé "
            "que la défense aérienne avait abattu 40 drones.",
            "France Info",
            "Questionnée",
            "la porte-parole",
        ),
        (
            "es",
            "Preguntado por Reuters sobre el calendario de entregas, el ministro dijo que los "
            "primeros drones llegarían en marzo.",
            "Reuters",
            "Preguntado",
            "el ministro",
        ),
        (
            "de",
            "Auf die Frage von Reuters nach den Lieferungen sagte der Sprecher, die ersten "
            "Drohnen kämen im März.",
            "Reuters",
            "Auf die Frage",
            "der Sprecher",
        ),
        (
            "de",
            "Befragt von der Nachrichtenagentur Reuters zu den Lieferungen, sagte der Minister, "
            "die ersten Drohnen kämen im März.",
            "der Nachrichtenagentur Reuters",
            "Befragt",
            "der Minister",
        ),
        (
            "ru",
            "На вопрос журналистов о сроках поставок министр ответил, что дроны поступят в марте.",
            "журналистов",
            "На вопрос",
            "министр",
        ),
        (
            "uk",
            "На запитання журналістів про терміни постачання міністр відповів, що дрони "
            "надійдуть у березні.",
            "журналістів",
            "На запитання",
            "міністр",
        ),
    ],
)
def test_the_asker_of_an_opening_participle_is_its_teller(
    lang: str, text: str, asker: str, cue: str, speaker: str | None
):
    pairs = _pairs(text, lang)
    assert (asker, cue) in pairs, pairs
    if speaker is not None:
        # the answer stays the speaker's: the participle adds a teller, it takes none away
        assert any(t == speaker for t, _ in pairs), pairs


# --- an asker who asked nothing written is no teller: the answer is the speaker's alone -----


@pytest.mark.parametrize(
    ("lang", "text", "asker", "cue", "speaker"),
    [
        (
            "es",
            "Consultada por la agencia EFE, la portavoz afirmó que las defensas derribaron 40 "
            "drones durante la noche.",
            "la agencia EFE",
            "Consultada",
            "la portavoz",
        ),
        (
            "ru",
            "Отвечая на вопрос журналистов, министр заявил, что первые дроны поступят в марте.",
            "журналистов",
            "Отвечая на вопрос",
            "министр",
        ),
        (
            "ru",
            "Отвечая на вопросы ТАСС, глава ведомства сообщил, что производство выросло.",
            "ТАСС",
            "Отвечая на вопросы",
            "глава ведомства",
        ),
        (
            "uk",
            "Відповідаючи на запитання журналістів, міністр заявив, що перші дрони надійдуть "
            "у березні.",
            "журналістів",
            "Відповідаючи на запитання",
            "міністр",
        ),
        (
            "uk",
            "Відповідаючи на запитання Укрінформу, речник заявив, що сили ППО збили 40 дронів.",
            "Укрінформу",
            "Відповідаючи на запитання",
            "речник",
        ),
        (
            "fr",
            "Interrogée mardi par l'AFP, la porte-parole a affirmé que la défense avait tenu.",
            "l'AFP",
            "Interrogée",
            "la porte-parole",
        ),
        (
            "es",
            "Preguntado ayer por Reuters, el ministro dijo que no habría retrasos.",
            "Reuters",
            "Preguntado",
            "el ministro",
        ),
        (
            "de",
            "Befragt von Journalisten, sagte der Minister, die Armee habe 40 Drohnen abgeschossen.",
            "Journalisten",
            "Befragt",
            "der Minister",
        ),
        (
            "de",
            "Auf die Frage von Journalisten sagte der Minister, die Armee habe 40 Drohnen "
            "abgeschossen.",
            "Journalisten",
            "Auf die Frage",
            "der Minister",
        ),
    ],
)
def test_an_asker_who_asked_nothing_written_is_no_teller(
    lang: str, text: str, asker: str, cue: str, speaker: str
):
    """ "Interrogée mardi par l'AFP, la porte-parole a affirmé ...": the AFP asked, but no
    question is written; what follows is the speaker's statement, told by the speaker alone
    (no attribution of the asker whose content would hold the whole sentence)."""
    attributions = find_attributions(text, lang, kinds=ALL_KINDS)
    pairs = _pairs(text, lang)
    assert (asker, cue) not in pairs, pairs
    assert [t for t, _ in pairs] == [speaker], pairs
    assert all(len(a.chain) == 1 for a in attributions), attributions


@pytest.mark.parametrize(
    ("lang", "text", "cue"),
    [
        # no agent: whoever asked is not said, the subject after the clause was asked
        (
            "fr",
            "Interrogé sur le calendrier, le ministre a déclaré que les drones arriveraient.",
            "Interrogé",
        ),
        ("es", "Preguntado si habrá retrasos, el ministro dijo que no.", "Preguntado"),
        (
            "de",
            "Befragt zu den Lieferungen, sagte der Minister, die Drohnen kämen im März.",
            "Befragt",
        ),
        # a topic, not an asker, after the gerund
        (
            "ru",
            "Отвечая на вопрос о сроках поставок, министр заявил, что дроны поступят.",
            "Отвечая на вопрос",
        ),
        (
            "uk",
            "Відповідаючи на запитання про терміни, міністр заявив, що дрони надійдуть.",
            "Відповідаючи на запитання",
        ),
        (
            "ru",
            "Отвечая на вопрос, министр заявил, что дроны поступят в марте.",
            "Отвечая на вопрос",
        ),
        ("ru", "На вопрос о сроках поставок министр ответил, что дроны поступят.", "На вопрос"),
        ("uk", "На питання про терміни міністр відповів, що дрони надійдуть.", "На питання"),
        # the participle mid-sentence is an apposition, left to the citation rules
        ("es", "El ministro, que fue preguntado por Reuters, dijo que no.", "preguntado"),
    ],
)
def test_no_asker_no_teller_of_the_participle(lang: str, text: str, cue: str):
    assert all(c != cue for _, c in _pairs(text, lang)), _pairs(text, lang)


def test_the_participle_phrases_are_no_cues_elsewhere():
    # listed for the opening construction only: the cue scan does not take them
    assert lexicon("fr").cues.match(["interrogé"], 0) is None
    assert lexicon("de").cues.match(["befragt"], 0) is None
    pairs = _pairs("Le ministre a été interrogé par les enquêteurs pendant trois heures.", "fr")
    assert all(c.lower() != "interrogé" for _, c in pairs), pairs


# --- an infinitive of purpose keeps the sentence's subject ---------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "teller", "verb", "infinitive"),
    [
        (
            "fr",
            "Le ministre a profité de sa conférence de presse pour annoncer un nouveau contrat "
            "de 500 drones.",
            "Le ministre",
            "profité",
            "annoncer",
        ),
        (
            "fr",
            "La porte-parole est intervenue à la télévision pour démentir toute pénurie de "
            "munitions.",
            "La porte-parole",
            "intervenue",
            "démentir",
        ),
        (
            "de",
            "Der Minister nutzte die Pressekonferenz, um einen neuen Vertrag über 500 Drohnen "
            "anzukündigen.",
            "Der Minister",
            "nutzte",
            "anzukündigen",
        ),
        (
            "de",
            "Die Sprecherin nutzte ihren Auftritt im Bundestag, um die Angriffe zu verurteilen.",
            "Die Sprecherin",
            "nutzte",
            "zu verurteilen",
        ),
        (
            "es",
            "El ministro aprovechó la rueda de prensa para anunciar un nuevo contrato de 500 "
            "drones.",
            "El ministro",
            "aprovechó",
            "anunciar",
        ),
        (
            "es",
            "La portavoz utilizó su comparecencia para denunciar los ataques contra la red "
            "eléctrica.",
            "La portavoz",
            "utilizó",
            "denunciar",
        ),
        (
            "ru",
            "Министр воспользовался брифингом, чтобы заявить о новом контракте на 500 дронов.",
            "Министр",
            "воспользовался",
            "заявить",
        ),
        (
            "ru",
            "Пресс-секретарь выступил в эфире Первого канала, чтобы опровергнуть слухи о "
            "нехватке снарядов.",
            "Пресс-секретарь",
            "выступил",
            "опровергнуть",
        ),
        (
            "uk",
            "Міністр скористався брифінгом, щоб заявити про новий контракт на 500 дронів.",
            "Міністр",
            "скористався",
            "заявити",
        ),
        (
            "uk",
            "Речниця використала пресконференцію, щоб спростувати чутки про нестачу снарядів.",
            "Речниця",
            "використала",
            "спростувати",
        ),
    ],
)
def test_an_infinitive_of_purpose_keeps_the_subject(
    lang: str, text: str, teller: str, verb: str, infinitive: str
):
    pairs = _pairs(text, lang)
    assert any(
        # the cue runs from the verb of means (its auxiliary too) to the infinitive
        t == teller and verb in c.split()[:2] and c.endswith(infinitive)
        for t, c in pairs
    ), pairs


@pytest.mark.parametrize(
    ("lang", "text", "not_teller"),
    [
        # no listed infinitive: a purpose, no report
        ("fr", "Le ministre a profité de ses vacances pour visiter la région.", "Le ministre"),
        ("fr", "Le régiment a utilisé des drones pour frapper le dépôt.", "Le régiment"),
        ("es", "El ejército utilizó drones para atacar la refinería.", "El ejército"),
        ("de", "Der Minister nutzte die Pause, um mit Soldaten zu sprechen.", "Der Minister"),
        ("ru", "Министр воспользовался перерывом, чтобы пообедать с военными.", "Министр"),
        ("uk", "Міністр скористався перервою, щоб поспілкуватися з військовими.", "Міністр"),
        # the object speaks, not the subject: a name right after the verb
        ("es", "El presidente utilizó Telegram para anunciar la tregua.", "El presidente"),
        # German: the listed infinitive does not close the clause
        ("de", "Der Minister nutzte den Besuch, um anzukündigen und zu werben.", "Der Minister"),
    ],
)
def test_no_purpose_run_without_a_listed_infinitive(lang: str, text: str, not_teller: str):
    assert all(t != not_teller for t, _ in _pairs(text, lang)), _pairs(text, lang)


def test_the_purpose_infinitives_are_no_cues_elsewhere():
    for lang, word in (
        ("fr", "annoncer"),
        ("es", "anunciar"),
        ("ru", "заявить"),
        ("uk", "заявити"),
    ):
        assert lexicon(lang).cues.match([word], 0) is None, (lang, word)
    # "pour annoncer" after no verb of means: no teller
    pairs = _pairs("Une réunion est prévue jeudi pour annoncer les résultats.", "fr")
    assert all("annoncer" not in c for _, c in pairs), pairs


def test_the_families_are_language_data():
    for lang in ("fr", "de", "es", "ru", "uk"):
        data = lexicon(lang).verb_constructions
        assert data.purpose_verbs and data.purpose_cues.by_first, lang
        assert data.participle_cues.by_first and "speech" in data.participle_kinds, lang
        # no construction like "has taken to urging" in these languages
        assert not data.gerund_links, lang
    assert lexicon("de").verb_constructions.purpose_final
    assert lexicon("ru").verb_constructions.purpose_comma
    assert not lexicon("en").verb_constructions.purpose_final


# --- an adverb no suffix marks between the teller and its verb ------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "fr",
            "Le ministère n'a jamais confirmé ces chiffres.",
            "Le ministère",
            "n'a jamais confirmé",
        ),
        (
            "de",
            "Der Sprecher hat mehrfach betont, dass es keine Engpässe gebe.",
            "Der Sprecher",
            "hat mehrfach betont",
        ),
        (
            "de",
            "Der Minister hat zweimal erklärt, die Lieferungen seien abgeschlossen.",
            "Der Minister",
            "hat zweimal erklärt",
        ),
        (
            "es",
            "El ministerio todavía no ha confirmado las cifras de derribos.",
            "El ministerio",
            "todavía no ha confirmado",
        ),
        ("ru", "Министр дважды заявил, что поставки завершены.", "Министр", "дважды заявил"),
        (
            "ru",
            "Министерство пока не подтвердило эти данные.",
            "Министерство",
            "пока не подтвердило",
        ),
        ("uk", "Міністр двічі заявив, що постачання завершено.", "Міністр", "двічі заявив"),
        (
            "uk",
            "Речник вкотре спростував чутки про нестачу снарядів.",
            "Речник",
            "вкотре спростував",
        ),
        (
            "uk",
            "Міністерство досі не підтвердило ці дані.",
            "Міністерство",
            "досі не підтвердило",
        ),
    ],
)
def test_an_adverb_before_the_verb_belongs_to_the_cue_not_the_teller(
    lang: str, text: str, teller: str, cue: str
):
    pairs = _pairs(text, lang)
    assert (teller, cue) in pairs, pairs


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        # "пока"/"поки" opening a clause is "while": the speakers are after the comma
        (
            "ru",
            "Пока министр выступал в Думе, журналисты сообщили, что поставки сорваны.",
            "журналисты",
        ),
        (
            "uk",
            "Поки міністр виступав у Раді, журналісти повідомили, що постачання зірвано.",
            "журналісти",
        ),
    ],
)
def test_a_conjunction_spelled_like_an_adverb_names_no_teller(lang: str, text: str, teller: str):
    tellers = [t for t, _ in _pairs(text, lang)]
    assert tellers == [teller], tellers


# --- an adverbial phrase of several words between the teller and its verb -------------------


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "fr",
            "Le porte-parole a une nouvelle fois dénoncé les frappes contre le réseau électrique.",
            "Le porte-parole",
            "a une nouvelle fois dénoncé",
        ),
        (
            "fr",
            "Le ministère a à plusieurs reprises démenti toute pénurie de munitions.",
            "Le ministère",
            "a à plusieurs reprises démenti",
        ),
        (
            "fr",
            "Le ministre a pour sa part affirmé que les livraisons étaient terminées.",
            "Le ministre",
            "a pour sa part affirmé",
        ),
        (
            "es",
            "El portavoz una vez más negó que falten municiones en el frente.",
            "El portavoz",
            "una vez más negó",
        ),
        (
            "es",
            "El ministerio hasta ahora no ha confirmado las cifras de derribos.",
            "El ministerio",
            "hasta ahora no ha confirmado",
        ),
        (
            "de",
            "Der Sprecher hat noch einmal betont, dass es keine Engpässe gebe.",
            "Der Sprecher",
            "hat noch einmal betont",
        ),
        (
            "ru",
            "Пресс-секретарь в очередной раз опроверг слухи о нехватке снарядов.",
            "Пресс-секретарь",
            "в очередной раз опроверг",
        ),
        (
            "ru",
            "Министерство так и не подтвердило эти данные.",
            "Министерство",
            "так и не подтвердило",
        ),
        (
            "ru",
            "Министр в свою очередь заявил, что поставки завершены.",
            "Министр",
            "в свою очередь заявил",
        ),
        (
            "uk",
            "Речник ще раз спростував чутки про нестачу снарядів.",
            "Речник",
            "ще раз спростував",
        ),
        (
            "uk",
            "Міністерство поки що не підтвердило ці дані.",
            "Міністерство",
            "поки що не підтвердило",
        ),
    ],
)
def test_an_adverbial_phrase_belongs_to_the_cue_not_the_teller(
    lang: str, text: str, teller: str, cue: str
):
    pairs = _pairs(text, lang)
    assert pairs == [(teller, cue)], pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the phrase before a verb whose subject names no teller
        ("ru", "Цены на нефть ещё раз подтвердили прогноз аналитиков."),
        # the phrase before a verb that reports nothing
        ("fr", "Le porte-parole a une nouvelle fois visité le front."),
        ("es", "El portavoz una vez más visitó el frente."),
        ("uk", "Речник ще раз відвідав фронт."),
    ],
)
def test_an_adverbial_phrase_invents_no_teller(lang: str, text: str):
    assert _pairs(text, lang) == [], _pairs(text, lang)


def test_the_adverbial_phrases_are_language_data():
    # (English lists its own: its data and tests belong to the English rules)
    for lang, phrase in (
        ("fr", "une nouvelle fois"),
        ("de", "ein weiteres Mal"),
        ("es", "una vez más"),
        ("ru", "в очередной раз"),
        ("uk", "ще раз"),
    ):
        words = phrase.lower().split()  # the words as the tokenizer gives them
        data = lexicon(lang).verb_constructions
        assert data.chain_phrases.match(words, 0) == (len(words), ""), lang
        # read whole, never word by word: "une", "в" open noun phrases
        assert words[0] not in lexicon(lang).pre_cue_skip, lang


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "es",
            "El ministro volvió a negar que falten municiones.",
            "El ministro",
            "volvió a negar",
        ),
        (
            "es",
            "El portavoz ha vuelto a denunciar los ataques contra la red eléctrica.",
            "El portavoz",
            "ha vuelto a denunciar",
        ),
        (
            "fr",
            "Le ministre a tenu à rappeler que les livraisons continuaient.",
            "Le ministre",
            "a tenu à rappeler",
        ),
        (
            "fr",
            "Le ministre n'a pas tardé à démentir ces informations.",
            "Le ministre",
            "n'a pas tardé à démentir",
        ),
    ],
)
def test_a_verb_of_repetition_before_a_listed_infinitive(
    lang: str, text: str, teller: str, cue: str
):
    assert _pairs(text, lang) == [(teller, cue)], _pairs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the infinitive reports nothing
        ("es", "El ejército volvió a atacar la refinería."),
        ("es", "Los precios volvieron a subir en marzo."),
        # no infinitive at all
        ("fr", "Le ministre tient à la réforme des retraites."),
    ],
)
def test_a_verb_of_repetition_alone_reports_nothing(lang: str, text: str):
    assert _pairs(text, lang) == [], _pairs(text, lang)
