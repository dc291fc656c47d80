"""Normalisation with offset maps, sentence splitting and language id."""

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text import detect_language, normalize, normalize_alias, split_sentences
from rasd.text.normalize import NormalizedText


def test_arabic_diacritics_tatweel_and_letter_forms_are_folded():
    assert normalize_alias("أحمد الشَّرَع") == normalize_alias("احمد الشرع")
    assert normalize_alias("إسرائيل") == normalize_alias("اسرائيل")
    assert normalize_alias("آل ٱلبيت") == normalize_alias("ال البيت")
    assert normalize_alias("مصطفى") == normalize_alias("مصطفي")
    assert normalize_alias("سورية") == normalize_alias("سوريه")
    assert normalize_alias("تـرامـب") == normalize_alias("ترامب")
    assert normalize_alias("١٨٠ يومًا") == "180 يوما"


def test_english_case_hyphens_quotes_and_accents_are_folded():
    assert normalize_alias("Al-Sharaa") == normalize_alias("al sharaa")
    assert normalize_alias("Hay’at") == normalize_alias("hay'at")
    assert normalize_alias("Erdoğan") == "erdogan"
    assert normalize_alias("Russia–Ukraine") == "russia ukraine"


def test_invisible_marks_and_entities_keep_original_offsets():
    text = "\u200fقال\u200b ترامب &amp; Fidan\u00ad’s"
    nt = normalize(text)
    assert "ترامب" in nt.text and "&" in nt.text
    i = nt.text.index("ترامب")
    start, end = nt.span(i, i + len("ترامب"))
    assert text[start:end] == "ترامب"
    j = nt.text.index("fidan")
    start, end = nt.span(j, j + 5)
    assert text[start:end] == "Fidan"
    amp = nt.text.index("&")
    assert text[slice(*nt.span(amp, amp + 1))] == "&amp;"


def test_whitespace_runs_become_one_space_in_the_copy_only():
    text = "Donald \n\n  Trump"
    nt = normalize(text)
    assert nt.text == "donald trump"
    assert text[slice(*nt.span(0, len(nt.text)))] == text


_ALPHABET = st.sampled_from(
    list("abcXYZ -'’&;.") + ["&amp;", "\u200f", "\u200b", "\u0640", "\u064e", "\u0651", "أ", "ة", "ى",
                            "ﻻ", "\u00ad", "١", "ترامب", "  ", "\n"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_every_copy_span_maps_into_the_original(text):
    nt = normalize(text)
    for i in range(len(nt.text)):
        for j in (i + 1, min(len(nt.text), i + 4)):
            start, end = nt.span(i, j)
            assert 0 <= start < end <= len(text)
    if nt.text:
        start, end = nt.span(0, len(nt.text))
        assert normalize(text[start:end]).text == nt.text


def test_sentences_do_not_break_at_initials_and_titles():
    text = "Gen. Smith met U.S. officials. They left!\nقال الرئيس. ثم غادر"
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == ["Gen. Smith met U.S. officials.", "They left!", "قال الرئيس.", "ثم غادر"]


def test_language_id():
    assert detect_language("انضمت سوريا رسميا إلى التحالف الدولي") == "ar"
    assert detect_language("Turkey joined the coalition late last week.") == "en"
    assert detect_language("Der Bundestag hat heute beschlossen, dass") == "other"
    assert detect_language("12345 !!!") == "other"


_MIXED = st.sampled_from(
    list("aZ -'’‘“”«»–—&;.#0Ç\u00e9\u011f\u0131\u0130ß\t\r\n\u00a0\u2009\u3000\u00ad\u200b\u200f\u202b\u2066\ufeff")
    + ["&amp;", "&#1575;", "&#x627;", "&nosuch;", "&", "\u064e", "\u0651", "\u0640", "\u0670", "أ", "إ", "آ", "ٱ",
       "ة", "ى", "ک", "ی", "٣", "۴", "،", "؟", "ﻻ", "\u0301", "ترامب", "  ", "Erdoğan", "Ωμέγα", "Σ"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MIXED, max_size=30).map("".join))
def test_fast_byte_path_and_generic_path_give_the_same_copy_and_map(text):
    fast = NormalizedText(text)
    generic = NormalizedText(text, use_byte_alphabets=False)
    assert fast.text == generic.text
    for i in range(len(fast.text)):
        assert fast.span(i, i + 1) == generic.span(i, i + 1)
        assert fast.span(i, len(fast.text)) == generic.span(i, len(fast.text))


def test_common_news_text_takes_the_byte_path():
    from rasd.text.bytefold import encode

    assert encode("قال الرئيسُ الأمريكيّ، دونالد ترامب: «سوريا» ١٨٠ يومًا\u200f") is not None
    assert encode("Turkey’s Erdoğan met Sánchez — “no deal” &amp; Gdańsk") is not None
    assert encode("Ωμέγα") is None  # Greek: the generic path


_LANG_PIECES = st.sampled_from(
    ["the ", "The ", "of ", "and ", "Syria ", "joined ", "don't ", "x", "é", "Ğ", "İ", "\u212a", " ", "\n",
     "سوريا ", "انضمت ", "،", "\u064e", "1", "Ωμέγα ", "der ", "Bundestag "]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LANG_PIECES, max_size=40).map("".join))
def test_language_id_byte_counts_equal_the_regex_counts(text):
    from unittest import mock

    from rasd.text import langid

    fast = langid._counts(text), detect_language(text)
    with mock.patch.object(langid, "BYTE_COUNTS", False):
        generic = langid._counts(text), detect_language(text)
    assert fast == generic


@settings(max_examples=300, deadline=None)
@given(st.lists(_MIXED, max_size=30).map("".join))
def test_character_classes_of_the_copy_are_those_of_str_methods(text):
    from rasd.text.normalize import ALNUM, ARABIC_LETTER, is_arabic_letter

    for nt in (NormalizedText(text), NormalizedText(text, use_byte_alphabets=False)):
        expected = bytes(
            (ALNUM if c.isalnum() else 0) | (ARABIC_LETTER if is_arabic_letter(c) else 0) for c in nt.text
        )
        assert nt.char_classes() == expected


def test_the_last_encoded_text_is_remembered_by_identity_only():
    from rasd.text.bytefold import ARABIC_ALPHABET, LATIN_ALPHABET, encode

    arabic = "انضمت سوريا إلى التحالف"
    first = encode(arabic)
    assert first is not None and first[0] is ARABIC_ALPHABET
    assert encode(arabic) is first  # the same text again: not encoded twice
    latin = "".join(["Syria joined", " the coalition"])  # a new object
    second = encode(latin)
    assert second is not None and second[0] is LATIN_ALPHABET and len(second[1]) == len(latin)
    assert encode("Ωμέγα") is None
    assert encode("Syria joined the coalition") == second  # equal text, another object: same answer
    assert encode(latin, remember=False) == second
