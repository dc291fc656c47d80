"""Entity tagging: the Aho-Corasick matcher, disambiguation, offices and unlinked mentions."""

from rasd.entities.matcher import EntityMatcher, get_matcher
from rasd.entities.tagger import tag_entities

__all__ = ["EntityMatcher", "get_matcher", "tag_entities"]
