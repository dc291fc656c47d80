"""Names inside office titles, deputies' titles, articles dropped from ambiguous names, and
surnames two people share."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze


def _linked(text: str, lang: str, day: date = date(2016, 5, 1)) -> dict[str, list[str]]:
    out = analyze(text, lang=lang, published=day).to_dict()
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"] if e["linked"]}


def test_names_inside_an_office_title_still_link():
    linked = _linked("UN envoy for Yemen Hans Grundberg said talks would resume.", "en", date(2024, 3, 1))
    assert {"United Nations", "Yemen", "Hans Grundberg"} <= set(linked)


@pytest.mark.parametrize(
    "text, lang, day, holder",
    [
        ("قال نائب رئيس الوزراء الكويتي إن الحكومة ستجتمع.", "ar", date(2020, 5, 1), "Sabah Al-Khalid Al-Sabah"),
        ("Deputy Prime Minister Numan Kurtulmus said the talks went well.", "en", date(2016, 5, 1),
         "Ahmet Davutoğlu"),
    ],
)
def test_a_deputys_title_does_not_name_the_holder(text, lang, day, holder):
    assert holder not in _linked(text, lang, day)


def test_a_deputys_country_is_still_named():
    assert "Kuwait" in _linked("قال نائب رئيس الوزراء الكويتي إن الحكومة ستجتمع.", "ar", date(2020, 5, 1))


def test_the_stripped_article_does_not_make_an_ambiguous_name_plain():
    assert "The Guardian" not in _linked("Guardian angels helped the family home.", "en")
    assert _linked("The Guardian reported it first.", "en").get("The Guardian") == ["The Guardian"]


@pytest.mark.parametrize(
    "text, person, other",
    [
        ("Hillary Clinton spoke first. Clinton said the deal was good.", "Hillary Clinton", "Bill Clinton"),
        ("Bill Clinton spoke first. Clinton said the deal was good.", "Bill Clinton", "Hillary Clinton"),
    ],
)
def test_a_shared_surname_links_the_one_named_in_full(text, person, other):
    linked = _linked(text, "en")
    assert linked[person] == [person, "Clinton"]
    assert other not in linked


def test_is_with_a_militant_noun_is_the_islamic_state():
    assert "Islamic State" in _linked("IS militants destroyed part of the theatre.", "en")
