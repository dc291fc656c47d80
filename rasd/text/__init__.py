"""Text handling for matching: normalisation with offset maps, sentences, language id."""

from rasd.text.langid import detect_language
from rasd.text.normalize import NormalizedText, normalize, normalize_alias
from rasd.text.sentences import split_sentences

__all__ = ["NormalizedText", "detect_language", "normalize", "normalize_alias", "split_sentences"]
