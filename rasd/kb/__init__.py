"""The knowledge base: entities with names in Arabic and English, loaded from data files."""

from rasd.kb.loader import default_kb, load_kb
from rasd.kb.model import ENTITY_TYPES, KBEntity, KnowledgeBase, Office, OfficeTerm

__all__ = ["ENTITY_TYPES", "KBEntity", "KnowledgeBase", "Office", "OfficeTerm", "default_kb", "load_kb"]
