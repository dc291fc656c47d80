"""Phrases that contain a name but name nothing keep that name from linking."""

from __future__ import annotations

import pytest

from rasd.analyze import analyze
from rasd.errors import InputError
from rasd.kb import loader


def _linked(text: str, lang: str) -> set[str]:
    return {e.name for e in analyze(text, lang=lang).entities if e.linked}


@pytest.mark.parametrize(
    "text, lang, absent, present",
    [
        ("Officials in New Mexico and New Jersey met on Monday.", "en", {"Mexico", "Jersey"}, set()),
        ("Militants in the Niger Delta attacked a pipeline near Lagos.", "en", {"Niger"}, set()),
        ("Papua New Guinea voted, and so did Guinea.", "en", set(), {"Papua New Guinea", "Guinea"}),
        ("وأعلنت الشركة حالة القوة القاهرة في ميناء السدرة.", "ar", {"Cairo"}, set()),
        ("وأعلنت الشركة حالة القوة القاهرة في بيان من القاهرة.", "ar", set(), {"Cairo"}),
    ],
)
def test_a_phrase_that_names_nothing_keeps_its_inner_name_from_linking(text, lang, absent, present):
    linked = _linked(text, lang)
    assert not linked & absent, linked
    assert present <= linked, linked


def test_a_bad_not_names_record_is_a_clear_error(tmp_path, monkeypatch):
    bad = tmp_path / "data"
    bad.mkdir()
    for name in ("offices.yaml",):
        (bad / name).write_text((loader.DATA_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    (bad / loader.NOT_NAMES_FILE).write_text("- lang: english\n  phrases: [New Jersey]\n", encoding="utf-8")
    monkeypatch.setattr(loader, "DATA_DIR", bad)
    with pytest.raises(InputError, match=r"not_names\.yaml: record 1: lang 'english'"):
        loader.load_kb()
