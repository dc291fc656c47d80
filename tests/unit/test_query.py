"""The keyword query language: what a subscriber types and what it finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.alerts.query import QuerySyntaxError, SearchText, parse_query

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

EN = SearchText("Syria's President al-Sharaa met Donald Trump; the Treasury extended the Caesar Act waiver.")
AR = SearchText("انضمت سوريا رسميًا للتحالف الدولي ضد تنظيم داعش، وترامب يتعهد بإنجاح سوريا بالشرع")


def hits(query: str, text: SearchText) -> bool:
    return parse_query(query).matches(text)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("syria", True),
        ("SYRIA AND trump", True),
        ("syria trump", True),  # juxtaposition is AND
        ("syria AND iran", False),
        ("iran OR trump", True),
        ("syria AND NOT trump", False),
        ("syria -iran", True),
        ("(iran OR iraq) AND syria", False),
        ("(iran OR treasury) AND (caesar OR magnitsky)", True),
        ('"caesar act"', True),
        ('"act caesar"', False),
        ("al-Sharaa", True),  # hyphenated word = phrase of its parts
        ("sharaa", True),
        ("sanct*", False),
        ("extend*", True),
        ("syria and iran", False),  # lower-case "and" is a word, not an operator
    ],
)
def test_english_queries(query: str, expected: bool) -> None:
    assert hits(query, EN) is expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("داعش", True),
        ("التحالف", True),  # text has للتحالف (ل + ال with the alef dropped)
        ("تحالف", True),
        ('"التحالف الدولي"', True),
        ("ترامب", True),  # text has وترامب
        ("الشرع", True),  # text has بالشرع
        ("سوريا أو إيران", True),
        ("سوريا و إيران", False),
        ("سوريا ليس ترامب", False),
        ("رسميا", True),  # tashkeel in the text (رسميًا) is ignored
        ("إنجاح", True),  # text has بإنجاح; alef-with-hamza and bare alef unify
        ("نجاح", False),  # a clitic is peeled only from the front: no stemming

    ],
)
def test_arabic_queries_match_through_clitics_and_diacritics(query: str, expected: bool) -> None:
    assert hits(query, AR) is expected


def test_phrases_do_not_span_separate_fields() -> None:
    text = SearchText("talks with Syria", "Treasury sanctions")
    assert hits("syria treasury", text)
    assert not hits('"syria treasury"', text)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("(syria", "never closed"),
        ("syria)", "no matching"),
        ("AND syria", "needs a word before"),
        ("syria OR", "needs a word after"),
        ("syria AND OR iran", "needs a word after"),
        ('"caesar act', "not closed"),
        ("()", "empty"),
        ("NOT", "needs a word after"),
        ("***", "no letters"),
        ("(" * 40 + "x" + ")" * 40, "nested"),
        ("x" * 3000, "longer than"),
    ],
)
def test_bad_queries_say_what_is_wrong_and_where(query: str, message: str) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse_query(query)
    assert message in str(info.value)
    assert "at character" in str(info.value)


def test_terms_explain_positive_words_only() -> None:
    assert parse_query('syria AND NOT iran OR "caesar act"').terms() == ["syria", "caesar act"]


def test_seed_article_is_found_by_an_arabic_query() -> None:
    gold = SHARED / "gold" / "seed.gold.jsonl"
    if not gold.exists():
        pytest.skip("shared/gold/seed.gold.jsonl absent")
    article = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    text = SearchText(article["title"], article["text"])
    assert hits('(داعش OR "الدولة الاسلامية") AND "قانون قيصر"', text)
    assert hits("التحالف AND الشرع AND ترامب", text)
    assert not hits("التحالف AND NOT ترامب", text)
