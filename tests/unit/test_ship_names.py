"""A navy ship's name is no mention of the person or the city it is named after.

"HMS Queen Elizabeth" linked Queen Elizabeth II and "HMAS Canberra" the Australian capital:
an analyst screening for a person or a city got a warship. The ship is reported unlinked (FAC).
"""

from __future__ import annotations

import pytest

from rasd.entities.tagger import tag_entities
from rasd.kb.loader import default_kb


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def linked_and_unlinked(kb, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    entities = tag_entities(text, kb, lang="en")
    return (
        {e.name for e in entities if e.linked},
        {(e.name, e.type) for e in entities if not e.linked},
    )


@pytest.mark.parametrize(
    "text, wrong_link, ship",
    [
        ("HMS Queen Elizabeth docked in Tokyo on Saturday.", "Elizabeth II", "HMS Queen Elizabeth"),
        ("HMAS Canberra arrived in Suva on Friday.", "Canberra", "HMAS Canberra"),
        ("The USS Abraham Lincoln entered the Arabian Sea.", "Abraham Lincoln", "USS Abraham Lincoln"),
        ("Sailors of the USS George Washington went ashore in Busan.", "Washington, D.C.",
         "USS George Washington"),
    ],
)
def test_a_ship_name_links_nothing_inside_it(kb, text, wrong_link, ship):
    linked, unlinked = linked_and_unlinked(kb, text)
    assert wrong_link not in linked
    assert (ship, "FAC") in unlinked


def test_the_rest_of_the_sentence_still_links(kb):
    linked, _ = linked_and_unlinked(kb, "HMAS Canberra sailed from Tokyo to Suva, the capital of Fiji.")
    assert {"Tokyo", "Suva", "Fiji"} <= linked


@pytest.mark.parametrize(
    "text, name",
    [
        # no prefix: the person and the city are meant
        ("Queen Elizabeth visited Canberra in 2011.", "Elizabeth II"),
        ("Officials discuss Canberra's position on the pact.", "Canberra"),
        # a prefix inside a word or in lower case is no ship ("rhythms", "hms")
        ("The rhythms Canberra sets in the region matter.", "Canberra"),
    ],
)
def test_without_a_ship_prefix_the_name_links(kb, text, name):
    linked, unlinked = linked_and_unlinked(kb, text)
    assert name in linked
    assert not any(kind == "FAC" for _, kind in unlinked)


def test_arabic_text_is_left_alone(kb):
    linked, _ = linked_and_unlinked(kb, "وصلت حاملة الطائرات إلى كانبرا")
    assert all(not name.startswith(("USS", "HMS")) for name in linked)
