"""The benchmark harness's own logic (no timing asserted): statistics, the pass-through's
fan-out and padding, how output records are traced back to articles, and BENCHMARKS.md
keeping its hand-written analysis when it is regenerated."""

from __future__ import annotations

import math

import orjson
import pytest

from bench.e2e import _seen
from bench.figures import Section, percentile
from bench.passthrough_app import Fanout, padded, parse_numbers, tables
from bench.report import ANALYSIS_MARKER, render_markdown, render_table


def test_percentiles_interpolate_and_say_nan_for_nothing():
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([5], 99) == 5
    assert percentile(list(range(101)), 99) == 99
    assert math.isnan(percentile([], 50))


def test_a_fractional_fanout_pays_out_exactly_over_a_run():
    fanout = Fanout(1.4)
    copies = [fanout.copies() for _ in range(10)]
    assert sum(copies) == 14 and set(copies) == {1, 2}
    quarter = Fanout(0.25)
    assert [quarter.copies() for _ in range(8)] == [0, 0, 0, 1, 0, 0, 0, 1]


def test_padding_keeps_valid_json_and_reaches_the_size():
    value = orjson.dumps({"id": "a1", "trace": {"published_at": 1.5}})
    grown = padded(value, 500)
    assert abs(len(grown) - 500) <= 12
    assert orjson.loads(grown)["trace"] == {"published_at": 1.5}
    assert padded(value, 10) == value


def test_the_pass_through_tables_recover_what_they_wrote():
    # A second worker rebuilds a table from its changelog: what was written under a raw Kafka
    # key must read back (with JSON keys, recovery failed on every record and never finished).
    assert tables
    for table in tables.values():
        assert (table.key_serializer, table.value_serializer) == ("raw", "raw"), table.name


def test_fanout_settings_parse_from_the_environment_format():
    assert parse_numbers("mentions=12.5, events=1") == {"mentions": 12.5, "events": 1.0}
    assert parse_numbers("") == {}


def test_alerts_are_traced_through_their_cluster_revision_and_surges_are_not():
    alert = orjson.dumps({"kind": "event", "cluster_id": "c1", "cluster_revision": 3, "id": "al"})
    seen = _seen("alerts", alert, created=10.0, received=10.5)
    assert seen.ref == ("c1", 3) and seen.published_at is None
    surge = orjson.dumps({"kind": "surge", "cluster_id": "c1", "id": "al2"})
    assert _seen("alerts", surge, 10.0, 10.5).ref is None
    tagged = orjson.dumps({"article": {"id": "r-1", "trace": {"published_at": 9.0}}, "entities": []})
    seen = _seen("tagged", tagged, 10.0, 10.1)
    assert (seen.article_id, seen.published_at) == ("r-1", 9.0)
    assert _seen("tagged", b"not json", 1.0, 1.0).article_id is None


@pytest.fixture
def section() -> Section:
    section = Section("Demo")
    section.add("speed", "articles/s", [90, 110, 100], target=">= 100/s", meets=lambda v: v >= 100)
    section.add("slow thing", "s", [3.0], target="< 1 s", meets=lambda v: v < 1)
    section.notes.append("a note")
    return section


def test_the_table_shows_medians_spreads_and_verdicts(section):
    table = render_table([section])
    assert "100 articles/s" in table and "90.0–110" in table
    assert ">= 100/s met" in table and "< 1 s MISSED" in table and "a note" in table


def test_regenerating_the_page_keeps_the_hand_written_analysis(section, tmp_path):
    page = tmp_path / "BENCHMARKS.md"
    page.write_text("old figures\n" + ANALYSIS_MARKER + "\n\n## Why\n\nBecause of the fan-out.\n")
    text = render_markdown({"cores": "2"}, "python -m bench --quick", [section], previous=page)
    assert "old figures" not in text
    assert "`python -m bench --quick`" in text and "- cores: 2" in text
    assert "| speed | 100 articles/s |" in text
    assert text.rstrip().endswith("Because of the fan-out.")


def test_the_real_corpus_is_the_gold_articles_read_in_place_and_repeated(tmp_path):
    from bench.corpus import GOLD_DIR, corpus, real_articles

    (tmp_path / "a.gold.jsonl").write_text(
        '{"id": "x", "text": "first"}\n\n{"id": "y", "text": "second"}\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a gold file", encoding="utf-8")
    assert real_articles(tmp_path) == ["first", "second"]
    assert real_articles(tmp_path / "absent") == []
    if not GOLD_DIR.is_dir():
        pytest.skip(f"{GOLD_DIR} is absent: the shared gold articles are not beside the checkout")
    texts = real_articles()
    assert len(texts) >= 27 and all(isinstance(t, str) and t for t in texts)
    repeated = corpus(None, 3 * len(texts), "real")  # type: ignore[arg-type]
    assert repeated == texts * 3


def test_soak_worker_settings_must_name_a_rasd_setting():
    import argparse

    from bench.soak import _worker_env

    assert _worker_env("RASD_MENTIONS_FLUSH_SECONDS=1") == ("RASD_MENTIONS_FLUSH_SECONDS", "1")
    for bad in ("MENTIONS_FLUSH_SECONDS=1", "RASD_MENTIONS_FLUSH_SECONDS"):
        with pytest.raises(argparse.ArgumentTypeError, match="RASD_NAME=value"):
            _worker_env(bad)
