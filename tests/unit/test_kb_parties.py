"""Political parties, party families and the states called "Islamic Republic" in the built-in KB.

Party names are built from a few shared words ("Democratic", "Social", "Liberal"): entered under
their full names they win as the longest match over the US "Democrats" inside them, and the
generic family names link nobody.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rasd.kb.loader import DATA_DIR, load_kb
from rasd.kb.model import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _records(name: str) -> list[dict[str, object]]:
    records = yaml.safe_load(Path(DATA_DIR / name).read_text(encoding="utf-8"))
    assert isinstance(records, list)
    return records


def test_every_party_has_an_arabic_name_and_its_state(kb: KnowledgeBase) -> None:
    for record in _records("parties.yaml"):
        entity = kb.entities[str(record["id"])]
        assert entity.type == "ORG" and entity.name_ar, entity.id
        assert entity.country is not None, entity.id
        assert kb.entities[entity.country].type == "GPE", entity.id


def test_g20_and_middle_east_parties_are_known(kb: KnowledgeBase) -> None:
    names = {e.name_en for e in kb.entities.values()}
    wanted = {
        "Social Democratic Party of Germany", "Christian Democratic Union of Germany",
        "Christian Social Union in Bavaria", "Alternative for Germany", "Liberal Democrats (UK)",
        "Brothers of Italy", "Liberal Democratic Party (Japan)", "Bharatiya Janata Party",
        "Indian National Congress", "Workers' Party (Brazil)", "Morena (political party)",
        "Liberal Party of Canada", "Australian Labor Party", "Democratic Party of Korea",
        "Islamic Action Front", "Israeli Labor Party",
        # entered before this file, and still there
        "Democratic Party (United States)", "Conservative Party (UK)", "Justice and Development Party",
        "United Russia", "Chinese Communist Party", "African National Congress", "Likud", "Ennahda",
    }
    assert wanted <= names, sorted(wanted - names)


def test_party_families_link_nobody(kb: KnowledgeBase) -> None:
    families = {"Social Democrats", "Christian Democrats", "Social Democratic Party"}
    assert families <= set(kb.not_names["en"])
    for entity in kb.entities.values():
        assert not families & set(entity.all_names().get("en", ())), entity.id
    # the US party keeps its plain name
    democrats = kb.entities["rasd:org:us-democratic-party"]
    assert "Democrats" in democrats.all_names()["en"]


def test_islamic_republic_is_ambiguous_for_the_four_islamic_republics(kb: KnowledgeBase) -> None:
    holders = {e.codes.get("iso2") for e in kb.entities.values()
               if "Islamic Republic" in e.ambiguous.get("en", ())}
    assert holders == {"IR", "PK", "AF", "MR"}
    arabic = {e.codes.get("iso2") for e in kb.entities.values()
              if "الجمهورية الإسلامية" in e.ambiguous.get("ar", ())}
    assert arabic == holders
    for entity in kb.entities.values():
        assert "Islamic Republic" not in entity.all_names().get("en", ()), entity.id
