"""The analyzer on the seed article, and ``rasd analyze`` through click's CliRunner."""

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from agents.cli.analyze import analyze as analyze_command
from rasd.analyze import analyze
from rasd.eval import load_gold, score_article
from tests.unit.test_matcher import small_kb

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _real_kb():
    loader = pytest.importorskip("rasd.kb.loader", reason="knowledge-base loader absent")
    return loader.default_kb()


def test_seed_article_reaches_the_recall_target():
    gold_path = SHARED / "gold" / "seed.gold.jsonl"
    if not gold_path.exists():
        pytest.skip(f"shared gold file absent: {gold_path}")
    gold = load_gold(gold_path)[0]
    analysis = analyze(gold["text"], lang="ar", published=date(2025, 11, 11), article_id=gold["id"], kb=_real_kb())
    score = score_article(gold, analysis)
    assert score.entities.recall >= 0.95, score.missed_entities
    assert score.entities.precision >= 0.90, score.false_entities
    for entity in analysis.entities:
        for m in entity.mentions:
            assert gold["text"][m.start : m.end] == m.text


def test_seed_article_file_as_given():
    path = SHARED / "seed" / "seed-article.ar.txt"
    if not path.exists():
        pytest.skip(f"shared seed article absent: {path}")
    text = path.read_text(encoding="utf-8")
    analysis = analyze(text, published=date(2025, 11, 11), kb=_real_kb())
    assert analysis.lang == "ar"
    found = {e.name for e in analysis.entities if e.linked}
    assert {"Donald Trump", "Syria", "United States", "Israel"} <= found


def test_long_text_is_cut_and_flagged():
    text = "سوريا " * 50
    analysis = analyze(text, kb=small_kb(), max_chars=30)
    assert analysis.truncated
    assert all(m.end <= 30 for e in analysis.entities for m in e.mentions)
    assert analysis.to_dict()["truncated"] is True


def test_empty_text_gives_an_empty_analysis():
    analysis = analyze("", article_id="x", kb=small_kb())
    assert analysis.to_dict() == {"id": "x", "lang": "other", "entities": [], "events": []}


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.setattr("agents.cli.analyze._load_kb", lambda files: small_kb())
    return CliRunner()


def test_json_output_has_the_gold_shape(cli, tmp_path):
    article = {"id": "a1", "text": "الرئيس الأمريكي يلتقي الرئيس السوري", "lang": "ar", "published": "2025-11-11"}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    result = cli.invoke(analyze_command, [str(path), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"id", "lang", "entities", "events"}
    assert out["id"] == "a1" and out["lang"] == "ar"
    entity = out["entities"][0]
    assert set(entity) >= {"id", "name", "type", "linked", "mentions"}
    assert {e["name"] for e in out["entities"]} == {"Donald Trump", "United States", "Ahmed al-Sharaa", "Syria"}
    for e in out["entities"]:
        for m in e["mentions"]:
            assert article["text"][m["start"] : m["end"]] == m["text"]


def test_plain_text_from_stdin_gives_a_readable_summary(cli):
    result = cli.invoke(analyze_command, ["--published", "2013-03-05"], input="US President Obama in Syria")
    assert result.exit_code == 0, result.output
    assert "Barack Obama" in result.output and "Syria" in result.output


def test_json_lines_bad_line_is_reported_and_the_others_processed(cli):
    lines = '{"id": "1", "text": "Syria"}\n{not json\n{"id": "3", "text": "Turkey"}\n'
    result = cli.invoke(analyze_command, ["--json"], input=lines)
    assert result.exit_code == 2
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["1", "3"]
    assert "line 2" in result.stderr and "not valid JSON" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe caf\xe9", "not valid UTF-8"),
        (b"\x00\x01\x02binary", "binary"),
        (b'{"id": "x"}', 'no "text"'),
    ],
)
def test_bad_input_gets_a_clear_message_and_exit_code_2(cli, tmp_path, content, message):
    path = tmp_path / "input.bin"
    path.write_bytes(content)
    result = cli.invoke(analyze_command, [str(path)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_missing_file_and_bad_date(cli, tmp_path):
    result = cli.invoke(analyze_command, [str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = cli.invoke(analyze_command, ["--published", "yesterday"], input="Syria")
    assert result.exit_code == 2 and "not a date" in result.output


# --- the tag agent's pure step ------------------------------------------------------------


def _article(**changes):
    from schemas import example

    record = example("article")
    record.update(changes)
    return record


def test_tag_article_gives_a_valid_tagged_record_that_round_trips():
    from rasd.analyze import entities_from_dicts, tag_article
    from schemas import validate

    article = _article(
        text="US President Trump met the Syrian president in Damascus.\n\nالرئيس الأمريكي يلتقي الرئيس السوري",
        published="2025-11-11T09:30:00Z",
    )
    tagged = validate("tagged_article", tag_article(article, kb=small_kb()))
    assert tagged["article"] == article and tagged["truncated"] is False
    assert tagged["analyzed_at"].endswith("Z")
    names = {e["name"] for e in tagged["entities"]}
    assert {"Donald Trump", "United States", "Syria"} <= names
    for entity in tagged["entities"]:
        for m in entity["mentions"]:
            assert article["text"][m["start"] : m["end"]] == m["text"]
    entities = entities_from_dicts(tagged["entities"])
    assert [e.to_dict() for e in entities] == tagged["entities"]


def test_tag_article_publication_date_decides_the_office_holder():
    from rasd.analyze import tag_article

    text = "The US President spoke."
    in_2013 = tag_article(_article(text=text, published="2013-03-05T08:00:00+02:00"), kb=small_kb())
    in_2025 = tag_article(_article(text=text, published="2025-11-11T08:00:00Z"), kb=small_kb())
    assert "Barack Obama" in {e["name"] for e in in_2013["entities"]}
    assert "Donald Trump" in {e["name"] for e in in_2025["entities"]}


def test_tag_article_cuts_long_texts_and_flags_them():
    from rasd.analyze import tag_article
    from schemas import validate

    article = _article(text="سوريا " * 50, lang="other")
    tagged = validate("tagged_article", tag_article(article, kb=small_kb(), max_chars=30))
    assert tagged["truncated"] is True
    assert tagged["article"]["text"] == article["text"]  # the record is passed on whole
    mentions = [m for e in tagged["entities"] for m in e["mentions"]]
    assert mentions and all(m["end"] <= 30 for m in mentions)


def test_tag_article_empty_text_and_bad_records():
    from rasd.analyze import entities_from_dicts, tag_article
    from rasd.errors import MessageError

    assert tag_article(_article(text="  "), kb=small_kb())["entities"] == []
    with pytest.raises(MessageError, match="'text' must be a string"):
        tag_article(_article(text=None), kb=small_kb())
    with pytest.raises(MessageError, match="entity 0"):
        entities_from_dicts([{"id": "Q1", "name": "X"}])
