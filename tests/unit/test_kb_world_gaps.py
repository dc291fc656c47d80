"""The knowledge-base file of entities the third held-out entity set found missing
(``rasd/kb/data/world_gaps.yaml``): it loads, its names are its own, and its generic names
carry the state that resolves them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rasd.kb.loader import DATA_DIR, _read_yaml_list, load_kb
from rasd.kb.model import KnowledgeBase

FILE = "world_gaps.yaml"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _ours() -> Iterator[str]:
    for record in _read_yaml_list(DATA_DIR / FILE):
        yield record["id"]


def test_every_record_loads_with_both_names(kb: KnowledgeBase) -> None:
    ids = list(_ours())
    assert len(ids) >= 40
    for entity_id in ids:
        entity = kb.get(entity_id)
        assert entity is not None, entity_id
        assert entity.name_en and entity.name_ar, entity_id


def test_no_name_of_ours_names_another_entity(kb: KnowledgeBase) -> None:
    """One spelling that names two entities would link neither of them."""
    ours = set(_ours())
    owners: dict[tuple[str, str], set[str]] = {}
    for entity in kb.entities.values():
        for lang, names in entity.all_names().items():
            for name in names:
                owners.setdefault((lang, name.casefold()), set()).add(entity.id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1 and ids & ours} == {}


def test_generic_names_of_bodies_carry_their_state(kb: KnowledgeBase) -> None:
    """An ambiguous ORG, FAC or LAW name resolves by the article's state: without a country it
    could never link."""
    for entity_id in _ours():
        entity = kb.get(entity_id)
        assert entity is not None
        if entity.ambiguous and entity.type in ("ORG", "FAC", "LAW"):
            assert entity.country is not None, entity_id
