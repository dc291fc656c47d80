"""Words that introduce a person ("الرئيس", "Minister") and words that never are names.

All Arabic forms here are in the normalised spelling of ``rasd.text.normalize`` (ة written ه,
alef without hamza), because they are compared with the normalised copy of the text.
"""

from __future__ import annotations

from typing import Final

from rasd.text.normalize import normalize_alias

__all__ = ["AR_STOPWORDS", "COUNTERPART_WORDS", "DEPUTY_WORDS", "FORMER_WORDS", "TITLE_WORDS", "is_title"]


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(normalize_alias(w) for w in words.split("|") if w.strip())


TITLE_WORDS: Final[frozenset[str]] = _norm_set(
    "الرئيس|رئيس|الوزير|وزير|وزيرة|الملك|الأمير|أمير|الشيخ|السفير|سفير|المتحدث|الناطق|الجنرال|"
    "اللواء|العميد|الفريق|العقيد|الدكتور|السيد|السيدة|النائب|المستشار|الزعيم|القائد|المبعوث|"
    "نظيره|نظيريه|نظيرته|المرشد|الإمام|البابا|ولي العهد|رئيس الوزراء|رئيس الحكومة|المستشارة|"
    "president|prime minister|minister|secretary|chancellor|king|queen|prince|crown prince|"
    "sheikh|emir|ambassador|envoy|gen.|general|senator|sen.|rep.|mr.|mrs.|ms.|dr.|mr|mrs|ms|dr|"
    "spokesman|spokeswoman|spokesperson|leader|pope|governor|mayor|chairman|commander|premier|"
    "foreign minister|defense minister|defence minister|interior minister|finance minister|"
    "counterpart|ayatollah|supreme leader|"
    # a spouse's given name after "his wife" names her ("موغابي وزوجته غريس")
    "زوجته|وزوجته|زوجة|وزوجة|عقيلته|وعقيلته|أرملته|wife|widow"
)

# After an office title, these make it someone else than the holder on the article's date.
FORMER_WORDS: Final[frozenset[str]] = _norm_set("السابق|الأسبق|السابقة|former|ex|late|then|previous")
# Before an office title, these name someone under the holder ("نائب رئيس الوزراء", "Deputy
# Prime Minister", "Vice Chairman of the Joint Chiefs"), never the holder.
DEPUTY_WORDS: Final[frozenset[str]] = _norm_set("نائب|ونائب|لنائب|مساعد|ومساعد|deputy|vice|assistant")
# A counterpart named beside a title holder ("ونظيره الروسي"): after it a demonym is the
# counterpart's nationality, and the counterpart signs or meets beside the holder.
COUNTERPART_WORDS: Final[frozenset[str]] = _norm_set("نظيره|ونظيره|نظيرته|ونظيرته|نظيريه|ونظيريه|counterpart")

AR_STOPWORDS: Final[frozenset[str]] = _norm_set(
    "في|من|على|إلى|الى|عن|أن|إن|ان|قال|قالت|قوله|اليوم|أمس|خلال|بعد|قبل|مع|الذي|التي|الذين|"
    "أنه|إنه|وقال|وقالت|كما|حيث|هذا|هذه|ذلك|تلك|لا|لم|لن|ما|هو|هي|هم|عبر|حول|ضد|بين|عند|"
    "التقى|يلتقي|أكد|يؤكد|أعلن|يعلن|اعتبر|دعا|أشار|بحث|يبحث|زار|يزور|وصل|يصل|إنها|أيضا|"
    "السابق|الأسبق|الحالي|الجديد|الانتقالي|المؤقت|بالوكالة|الراحل|نفسه|رسميا|مساء|صباح|"
    "وزير|رئيس|الرئيس|وزارة|الوزارة|الحكومة|المتحدث|باسم|لدى|منذ|حتى|غير|دون|كل|بعض|"
    "تعهد|يتعهد|صرح|أوضح|أضاف|ذكر|ذكرت|نقل|نقلت|وصف|وصفت|يقول|تقول|وأضاف|وأكد"
)


def is_title(words: list[str]) -> bool:
    """True when the last one or two (normalised) words are a title."""
    if not words:
        return False
    if words[-1] in TITLE_WORDS:
        return True
    return len(words) >= 2 and f"{words[-2]} {words[-1]}" in TITLE_WORDS
