"""Rasd's exceptions.

Hierarchy::

    RasdError                 base; ``retriable`` says whether trying again may help
    ├── ConfigError           a bad setting or config file (message names the setting)
    ├── InputError            bad input from a person (file, text, CLI argument)
    ├── MessageError          a bad message on a topic: goes to the dead-letter topic
    │   └── SchemaError       the message does not validate against its JSON Schema
    ├── BrokerError           the embedded broker cannot start/stop (message says what to do)
    └── FeedError             a feed could not be fetched or parsed (health status, not crash)

Messages for people say what went wrong and what to do about it.
"""

from __future__ import annotations


class RasdError(Exception):
    retriable: bool = False

    def __init__(self, message: str, *, retriable: bool | None = None) -> None:
        super().__init__(message)
        if retriable is not None:
            self.retriable = retriable


class ConfigError(RasdError):
    pass


class InputError(RasdError):
    pass


class MessageError(RasdError):
    pass


class SchemaError(MessageError):
    def __init__(self, message: str, *, schema: str, path: str = "") -> None:
        super().__init__(message)
        self.schema = schema
        self.path = path


class BrokerError(RasdError):
    pass


class FeedError(RasdError):
    def __init__(self, message: str, *, retriable: bool = True, status: int | None = None) -> None:
        super().__init__(message, retriable=retriable)
        self.status = status
