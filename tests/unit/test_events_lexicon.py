"""The lexicon data files are consistent: every type, cue group and marker they name exists."""

from __future__ import annotations

import pytest

import rasd.events
from rasd.events.codes import CODES, EVENT_TYPES
from rasd.events.lexicon import load_lexicon

SPECIAL_NEEDS = {
    "entity_after",
    "org_after",
    "foreign_troops",
    "foreign_force_before",
    "sanctions_story",
    "ban_from_state",
    "member_state_after",
    "member_state_before",
    "entry_ban_person",
    "waiver_in_sanctions_story",
    "state_after",
    "base_site_abroad",
    "issued_in_sanctions_story",
    "envoy_back_to_state",
    "arms_to_state",
    "list_of_sanctioned",
    "led_mission",
    "site_as_base",
    "made_indefinite",
    "measures_named_before",
    "relative_sanctions",
    "partner_of_body",
    "kept_out_ar",
    "counted_soldiers",
}  # (read by ``_needs_met``)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_triggers_name_known_types_and_cue_groups(lang):
    lex = load_lexicon(lang)
    specs = [spec for specs in lex.triggers.values() for spec in specs]
    assert {s.type for s in specs} == set(EVENT_TYPES)  # every type can be found in every language
    for spec in specs:
        assert spec.type in CODES
        assert spec.side in ("before", "after", "both")
        assert spec.after in ("actor", "target")
        for need in spec.needs:
            assert need in SPECIAL_NEEDS or need in lex.groups, (spec.words, need)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_cue_groups_used_by_the_code_exist(lang):
    lex = load_lexicon(lang)
    for group in (
        "future",
        "demand",
        "threat",
        "conditional",
        "negation",
        "negation_verbs",
        "stalled",
        "historical",
        "relative",
        "fresh_time",
        "complementizer",
        "before_stop",
        "location",
        "passive_aux",
        "face",
        "anaphor",
        "formal",
        "sanctions_noun",
    ):
        assert lex.groups[group].single or lex.groups[group].phrases, group
    assert set(lex.target_markers) == {
        "sanctions",
        "alliance",
        "agreement",
        "relations",
        "forces",
        "military",
    }


def test_arabic_triggers_match_inflections_with_clitics():
    lex = load_lexicon("ar")
    for word in (
        "وفرضت",
        "بفرض",
        "فرضها",
        "ورفعت",
        "برفع",
        "وتعليق",
        "بتمديد",
        "وانضمت",
        "للانضمام",
        "ووقعت",
        "سيفرض",
    ):
        assert lex.is_trigger_word(word), word
    assert not lex.is_trigger_word("سفارة")


def test_public_surface():
    assert set(rasd.events.__all__) >= {
        "extract_events",
        "cluster_key",
        "update",
        "ClusterState",
        "ArticleMeta",
    }
    for name in rasd.events.__all__:
        assert hasattr(rasd.events, name)


def test_an_unquoted_yaml_boolean_in_a_word_list_is_refused():
    from rasd.errors import ConfigError
    from rasd.events.lexicon import _no_booleans_in_lists

    with pytest.raises(ConfigError, match='quote words such as "no"'):
        _no_booleans_in_lists({"groups": {"negation": ["not", False]}}, "en.cues.yaml")


def test_english_negation_cues_include_the_word_no():
    assert "no" in load_lexicon("en").groups["negation"].single
    assert "false" not in load_lexicon("en").groups["negation"].single
