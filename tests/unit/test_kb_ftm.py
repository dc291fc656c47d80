"""FollowTheMoney / OpenSanctions import: entities, problems, and the watchlist round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from agents.cli.kb import kb as kb_group
from rasd.kb.ftm import import_ftm, write_watchlist
from rasd.kb.loader import load_kb

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ftm_sample.jsonl"


@pytest.fixture(scope="module")
def imported():
    return import_ftm(FIXTURE.read_bytes().splitlines(), list_name="test_list")


def test_people_and_organisations_are_imported(imported):
    entities, _ = imported
    by_id = {e.codes["ftm"]: e for e in entities}
    assert set(by_id) == {"rasd-test-person-1", "rasd-test-org-1", "rasd-test-company-1", "rasd-test-legal-1"}
    assert by_id["rasd-test-person-1"].type == "PERSON"
    assert {by_id[k].type for k in ("rasd-test-org-1", "rasd-test-company-1", "rasd-test-legal-1")} == {"ORG"}


def test_names_are_kept_in_every_script(imported):
    entities, _ = imported
    by_id = {e.codes["ftm"]: e for e in entities}
    person = by_id["rasd-test-person-1"]
    assert person.name_en == "Karim Nadim Haddad" and person.name_ar == "كريم نديم حداد"
    assert {"Karim Haddad", "Abu Nadim al-Halabi", "Karim al-Haddad"} <= set(person.aliases["en"])
    assert person.ambiguous == {"en": ("Abu Nadim",)}  # weak aliases need context
    org = by_id["rasd-test-org-1"]
    assert org.name_ar == "شركة موانئ المشرق للخدمات اللوجستية"
    company = by_id["rasd-test-company-1"]
    assert company.name_en == "Severny Tranzit LLC"
    assert company.aliases["und"] == ("Северный Транзит ООО",)


def test_sanctions_flags_come_from_topics_and_datasets(imported):
    entities, _ = imported
    by_id = {e.codes["ftm"]: e for e in entities}
    person = by_id["rasd-test-person-1"]
    assert person.sanctioned
    assert person.sanction_lists == ("us_ofac_sdn", "gb_hmt_sanctions", "test_list")
    assert not by_id["rasd-test-company-1"].sanctioned  # only linked to a sanctioned party
    assert not by_id["rasd-test-legal-1"].sanctioned


def test_bad_lines_are_problems_with_line_numbers(imported):
    _, problems = imported
    assert any(p.startswith("line 6: not valid JSON") for p in problems)
    assert any(p.startswith("line 7:") and "no name" in p for p in problems)
    assert any("skipped 2 entities" in p and "Address (1)" in p and "Vessel (1)" in p for p in problems)


def test_non_object_and_undecodable_lines():
    entities, problems = import_ftm([b"[1, 2]", b"\xff\xfe", "{}"])
    assert entities == []
    assert problems == ["line 1: expected a JSON object, found list", "line 2: not UTF-8 text",
                        "line 3: no 'schema'"]


def test_watchlist_round_trip_through_the_loader(imported, tmp_path):
    entities, _ = imported
    path = tmp_path / "sanctions.watchlist.yaml"
    write_watchlist(entities, path)
    kb = load_kb([path])
    person = kb.entities["ftm:rasd-test-person-1"]
    assert person.sanctioned and person.country == kb.by_code("iso2", "SY").id
    assert person.source == "sanctions.watchlist.yaml"
    assert kb.entities["ftm:rasd-test-company-1"].country == kb.by_code("iso2", "RU").id


def test_qid_ids_extend_the_builtin_entity(tmp_path):
    line = ('{"id": "Q7747", "schema": "Person", "properties": {"name": ["Vladimir Putin"],'
            ' "topics": ["sanction"]}, "datasets": ["eu_fsf"]}')
    entities, problems = import_ftm([line])
    assert problems == []
    path = tmp_path / "w.yaml"
    write_watchlist(entities, path)
    putin = load_kb([path]).entities["Q7747"]
    assert putin.sanctioned and putin.sanction_lists == ("eu_fsf",)
    assert putin.offices, "the built-in entity keeps its offices"


def test_cli_import_then_check(tmp_path):
    runner = CliRunner()
    out = tmp_path / "out.yaml"
    result = runner.invoke(kb_group, ["import-ftm", str(FIXTURE), "-o", str(out), "--list-name", "t"])
    assert result.exit_code == 0, result.output
    assert "wrote 4 entities (2 sanctioned)" in result.output
    assert "line 6: not valid JSON" in result.output
    result = runner.invoke(kb_group, ["check", str(out)])
    assert result.exit_code == 0 and "4 watchlist entities" in result.output


def test_cli_check_reports_a_bad_watchlist(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  type: NOPE\n  en: X\n", encoding="utf-8")
    result = CliRunner().invoke(kb_group, ["check", str(bad)])
    assert result.exit_code == 1
    assert "type 'NOPE' is not one of" in result.output and "Traceback" not in result.output


def test_cli_stats_prints_counts_by_type():
    result = CliRunner().invoke(kb_group, ["stats"])
    assert result.exit_code == 0
    assert "PERSON" in result.output and "total" in result.output
