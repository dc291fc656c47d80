"""Watchlist files: loading, extending built-in entities, and clear errors for bad records."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.errors import InputError
from rasd.kb.loader import default_kb, load_kb


def write(tmp_path, text, name="watch.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_watchlist_adds_entities_and_resolves_iso_country(tmp_path):
    path = write(tmp_path, """
- id: acme:1
  type: ORG
  en: Levant Example Holding
  ar: شركة المشرق القابضة
  aliases: {en: [LEH]}
  country: sy
  sanctioned: true
  sanction_lists: [my_list]
  priority: 3
""")
    kb = load_kb([path])
    entity = kb.entities["acme:1"]
    assert entity.source == "watch.yaml" and entity.priority == 3 and entity.sanctioned
    assert entity.country == kb.by_code("iso2", "SY").id
    assert entity.aliases["en"] == ("LEH",)


def test_watchlist_extends_a_builtin_entity(tmp_path):
    path = write(tmp_path, """
- id: rasd:person:anas-khattab
  type: PERSON
  en: Anas Khattab
  aliases: {ar: [أبو أحمد حدود]}
  priority: 5
""")
    entity = load_kb([path]).entities["rasd:person:anas-khattab"]
    assert "أبو أحمد حدود" in entity.aliases["ar"]
    assert entity.priority == 5
    assert entity.offices, "the built-in office terms are kept"


def test_watchlist_may_hold_office_terms(tmp_path):
    path = write(tmp_path, """
- id: acme:minister
  type: PERSON
  en: Example Minister
  offices: [{office: sy.finance_minister, from: 1990-01-01, to: 1990-12-31}]
""")
    kb = load_kb([path])
    assert [e.id for e in kb.holders("sy.finance_minister", date(1990, 6, 1))] == ["acme:minister"]


@pytest.mark.parametrize(("text", "problem"), [
    ("- id: x:1\n  type: PERSON\n", "missing required field 'en'"),
    ("- id: x:1\n  type: PEOPLE\n  en: X\n", "type 'PEOPLE' is not one of"),
    ("- id: x:1\n  type: ORG\n  en: X\n  alias: {en: [Y]}\n", "unknown field 'alias'"),
    ("- id: x:1\n  type: ORG\n  en: X\n  aliases: [Y]\n", "'aliases' must map a language code"),
    ("- id: x:1\n  type: ORG\n  en: X\n  aliases: {english: [Y]}\n", "'english' is not a language code"),
    ("- id: x:1\n  type: PERSON\n  en: X\n  offices: [{office: nowhere.king}]\n", "unknown office 'nowhere.king'"),
    ("- id: x:1\n  type: PERSON\n  en: X\n  offices: [{office: us.president, from: 2020-01-01, to: 2019-01-01}]\n",
     "ends (2019-01-01) before it starts"),
    ("- id: x:1\n  type: PERSON\n  en: X\n  offices: [{office: us.president, from: soon}]\n", "must be a date"),
    ("- id: x:1\n  type: ORG\n  en: X\n  sanctioned: yes please\n", "'sanctioned' must be true or false"),
    ("- id: x:1\n  type: ORG\n  en: X\n  bloc: 1\n", "'bloc' must be true or false"),
    ("- id: x:1\n  type: ORG\n  en: X\n- id: x:1\n  type: ORG\n  en: Y\n", "appears twice in this file"),
    ("- just a string\n", "expected a mapping"),
    ("id: x:1\ntype: ORG\n", "expected a YAML list of records"),
    ("- id: x:1\n  type: ORG\n  en: [unclosed\n", "not valid YAML at line"),
])
def test_bad_watchlist_records_name_file_record_and_problem(tmp_path, text, problem):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_kb([path])
    message = str(info.value)
    assert problem in message
    assert str(path) in message


def test_error_names_the_record_position_and_id(tmp_path):
    path = write(tmp_path, "- id: ok:1\n  type: ORG\n  en: Fine\n- id: bad:2\n  type: ORG\n")
    with pytest.raises(InputError, match=r"record 2 \(id 'bad:2'\): missing required field 'en'"):
        load_kb([path])


def test_unknown_parent_reference_is_an_error(tmp_path):
    path = write(tmp_path, "- id: x:1\n  type: ORG\n  en: X\n  parent: no-such-entity\n")
    with pytest.raises(InputError, match="parent 'no-such-entity' is not a known entity id"):
        load_kb([path])


def test_unknown_programme_target_is_an_error(tmp_path):
    path = write(tmp_path, "- id: x:1\n  type: LAW\n  en: X sanctions\n  targets: [no-such-state]\n")
    with pytest.raises(InputError, match="target 'no-such-state' is not a known entity id"):
        load_kb([path])


def test_a_programme_lists_the_states_it_is_on(tmp_path):
    path = write(tmp_path, "- id: x:1\n  type: LAW\n  en: X sanctions\n  targets: [Q794]\n")
    assert load_kb([path]).get("x:1").targets == ("Q794",)


def test_missing_watchlist_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_kb([tmp_path / "nope.yaml"])


def test_watchlist_only_kb(tmp_path):
    path = write(tmp_path, "- id: x:1\n  type: ORG\n  en: Only Me\n  country: SY\n")
    kb = load_kb([path], builtin=False)
    assert list(kb.entities) == ["x:1"]
    assert kb.entities["x:1"].country is None  # no territories loaded to resolve the code


def test_default_kb_is_shared():
    assert default_kb() is default_kb()
    assert len(default_kb().entities) >= 600
