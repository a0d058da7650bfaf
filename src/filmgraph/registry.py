"""A small name -> factory registry, used for store backends, exporters and extract components.

Entries are registered under a name plus aliases (an extension, a media type) and point either
at an object or at a ``"module:attr"`` string, so that an optional heavy dependency is imported
only when someone asks for that entry.

>>> formats = Registry("format")
>>> formats.register("turtle", "json:loads", aliases=("ttl",))
>>> formats.get("ttl").__name__
'loads'
>>> formats.names(), formats.aliases("turtle")
(['turtle'], ['ttl'])
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Generic, TypeVar

from .errors import UnknownPluginError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Names (and aliases) mapped to objects or lazily imported ``"module:attr"`` targets."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._targets: dict[str, Any] = {}
        self._aliases: dict[str, str] = {}

    def register(self, name: str, target: T | str, *, aliases: tuple[str, ...] = ()) -> None:
        """Register ``target`` (an object, or ``"module:attr"`` to import on first use)."""
        self._targets[name] = target
        for alias in (name, *aliases):
            self._aliases[alias.lower()] = name

    def __call__(self, name: str, *, aliases: tuple[str, ...] = ()):
        """Decorator form of :meth:`register`."""

        def decorate(target: T) -> T:
            self.register(name, target, aliases=aliases)
            return target

        return decorate

    def canonical(self, name: str) -> str:
        """The registered name for ``name`` or one of its aliases."""
        try:
            return self._aliases[name.lower()]
        except KeyError as error:
            raise UnknownPluginError(self.kind, name, self.names()) from error

    def get(self, name: str) -> T:
        """The object registered under ``name`` (importing it if it was given as a string)."""
        key = self.canonical(name)
        target = self._targets[key]
        if isinstance(target, str):
            module, _, attr = target.partition(":")
            target = getattr(import_module(module), attr)
            self._targets[key] = target
        return target

    def names(self) -> list[str]:
        """The registered names, sorted (aliases left out)."""
        return sorted(self._targets)

    def aliases(self, name: str) -> list[str]:
        """The other names ``name`` (a registered name or an alias) is known by, sorted."""
        key = self.canonical(name)
        return sorted(alias for alias, target in self._aliases.items() if target == key and alias != key.lower())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._aliases
