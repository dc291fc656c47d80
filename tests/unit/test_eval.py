"""``rasd eval`` scoring on a tiny gold file written here."""

import json

import pytest
from click.testing import CliRunner

from agents.cli.analyze import eval_command
from rasd.errors import InputError
from rasd.eval import canonical_name, evaluate, load_gold
from rasd.model import Analysis, EntityRef, EntityResult, Event, Mention
from tests.unit.test_matcher import small_kb

GOLD = [
    {"id": "g1", "lang": "en", "published": "2025-11-11", "text": "Syria and the U.S. met. Turkey too.",
     "entities": [
         {"name": "Syria", "type": "GPE", "core": True},
         {"name": "United States", "type": "GPE", "core": True, "also": ["USA"]},
         {"name": "Turkey", "type": "GPE", "core": False},
         {"name": "Iran", "type": "GPE", "core": True},
     ],
     "events": []},
    {"id": "g2", "lang": "ar", "published": "2025-11-11", "text": "سوريا وتركيا",
     "entities": [{"name": "Syria", "type": "GPE", "core": True}], "events": []},
]


def test_canonical_names_ignore_case_punctuation_the_and_al_spacing():
    assert canonical_name("al-Qaeda") == canonical_name("Al Qaeda") == canonical_name("AlQaeda")
    assert canonical_name("The Netherlands") == canonical_name("Netherlands")
    assert canonical_name("Hay'at Tahrir al-Sham") == canonical_name("Hayat Tahrir al Sham")


def test_entity_figures_per_language_and_overall():
    report, _ = evaluate(GOLD, kb=small_kb())
    groups = report.groups()
    en, ar, everything = groups["en"]["entities"], groups["ar"]["entities"], groups["all"]["entities"]
    # en: core Syria, US found, Iran missed; system Syria, US, Turkey all match gold.
    assert (en.recall_hits, en.recall_total, en.precision_hits, en.precision_total) == (2, 3, 3, 3)
    # ar: Syria found; Turkey is not in this article's gold -> a false positive.
    assert (ar.recall_hits, ar.recall_total, ar.precision_hits, ar.precision_total) == (1, 1, 1, 2)
    assert everything.recall == pytest.approx(3 / 4)
    assert everything.precision == pytest.approx(4 / 5)
    errors = {s.id: s.errors() for s in report.articles}
    assert errors["g1"]["missed_entities"] == ["Iran"]
    assert errors["g2"]["false_entities"][0].startswith("Turkey")


def _event(type_, status, actor, target):
    return Event(type_, status, [EntityRef(None, actor)], [EntityRef(None, target)],
                 Mention(0, 1, "x"), "163", "SANCTION", 0.9)


def test_event_rules_alertable_and_participants():
    gold = [{"id": "e", "lang": "en", "text": "x", "entities": [
        {"name": "United States", "also": ["US"], "core": True}, {"name": "Iran", "core": True}],
        "events": [
            {"type": "sanctions.imposed", "status": "occurred", "actors": ["United States"], "targets": ["Iran"], "core": True},
            {"type": "sanctions.lifted", "status": "historical", "actors": [], "targets": ["Iran"], "core": False},
        ]}]
    system = [
        _event("sanctions.imposed", "occurred", "US", "Iran"),  # matches via the gold "also"
        _event("sanctions.lifted", "occurred", "US", "Iran"),  # an alert nobody should get
        _event("sanctions.lifted", "historical", "US", "Iran"),  # not alertable: not counted
    ]

    def fake(text, **kwargs):
        return Analysis(id="e", lang="en", entities=[EntityResult("Q30", "United States", "GPE", True)], events=system)

    report, _ = evaluate(gold, analyzer=fake)
    events = report.groups()["all"]["events"]
    assert (events.recall_hits, events.recall_total) == (1, 1)
    assert (events.precision_hits, events.precision_total) == (1, 2)


def test_bad_gold_line_names_the_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        load_gold(path)


def test_eval_command_table_json_and_errors(tmp_path, monkeypatch):
    monkeypatch.setattr("agents.cli.analyze._load_kb", lambda files: small_kb())
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in GOLD), encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(eval_command, [str(path), "--show-errors"])
    assert table.exit_code == 0, table.output
    assert "entities" in table.output and "missed_entities: Iran" in table.output
    machine = runner.invoke(eval_command, [str(path), "--json"])
    figures = json.loads(machine.output)["groups"]["all"]["entities"]
    assert figures["recall"] == 0.75 and figures["precision"] == 0.8
    missing = runner.invoke(eval_command, [str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2 and "not found" in missing.stderr
