"""Calling the parse's hooks with pluggy's semantics and without its per-call machinery.

On every call pluggy's hook caller checks its arguments, copies its list of implementations
and walks it ready for wrappers: for a seed-sized article, whose parse makes five hook calls
over about fifteen implementations, that was a tenth of the parse. When no implementation of a
hook is a wrapper and the manager is not being monitored (``enable_tracing``,
``add_hookcall_monitoring``), the same calls in the same order with the same arguments are a
loop over the implementations, worked out once per set of plugins. Anything else (a wrapper,
monitoring, a manager that is not corpuskit's own) goes through pluggy, so behaviour never
differs: only the cost does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import Any

import pluggy

_Pick = Callable[[Mapping[str, Any]], tuple[Any, ...]]
"""Takes a call's keyword arguments to the positional arguments of every implementation."""

Plan = tuple[bool, tuple[Callable[..., Any], ...], _Pick | None, tuple[tuple[str, ...], ...]]
"""Whether the hook is ``firstresult``; its implementations in pluggy's call order; when they
all take the same arguments (nearly always: the spec's), what picks them out of a call's
keyword arguments once for all, else None and each one's argument names."""


class Dispatch:
    """Calls one manager's hooks; build one per :class:`~corpuskit.pipeline.Parser`.

    Plans are kept until the manager's ``generation`` changes (corpuskit's manager counts
    every registration, removal and block), so a plugin registered between two parses is
    called from the next one on.
    """

    __slots__ = ("_each", "_generation", "_own", "_plans", "manager")

    def __init__(self, manager: pluggy.PluginManager) -> None:
        self.manager = manager
        self._generation: object = None
        self._plans: dict[str, Plan | None] = {}
        self._each: dict[str, tuple[tuple[str, Callable[..., Any]], ...]] = {}
        # corpuskit's manager counts changes (``generation``) and monitors (``_monitors``,
        # behind its ``monitored``): read straight from it on every call, as a property's
        # frame would cost a tenth of the call. Any other manager is served by pluggy.
        self._own = (
            getattr(manager, "generation", None) is not None
            and type(getattr(manager, "_monitors", None)) is int
        )

    def call(self, name: str, kwargs: Mapping[str, Any]) -> Any:
        """What ``manager.hook.<name>(**kwargs)`` returns: the first non-None result of a
        ``firstresult`` hook, else the list of non-None results."""
        manager: Any = self.manager
        if not self._own or manager._monitors:
            return getattr(manager.hook, name)(**kwargs)
        if manager.generation != self._generation:
            self._renew()
        try:
            plan = self._plans[name]
        except KeyError:
            plan = self._plans[name] = make_plan(getattr(manager.hook, name))
        if plan is None:  # a wrapper: pluggy runs it
            return getattr(manager.hook, name)(**kwargs)
        first, functions, pick, argnames = plan
        if pick is None:  # implementations taking different arguments: each its own
            return _each_own(first, functions, argnames, kwargs)
        args = pick(kwargs)  # picked once for every implementation
        if first:
            for function in functions:
                result = function(*args)
                if result is not None:
                    return result
            return None
        results = []
        for function in functions:
            result = function(*args)
            if result is not None:
                results.append(result)
        return results

    def each(self, name: str) -> tuple[tuple[str, Callable[..., Any]], ...]:
        """Every implementation of a hook with its plugin's name, for callers that must know
        which plugin gave what or feed one's result to the next (``corpuskit_sources`` stamps
        each source with its plugin; ``corpuskit_finish`` chains the Document through them).

        The order is fixed whatever the order of registration: ``tryfirst`` first,
        ``trylast`` last, by plugin name within each. Kept until the plugins change.
        """
        self._renew()
        found = self._each.get(name)
        if found is None:
            impls = getattr(self.manager.hook, name).get_hookimpls()
            ranked = sorted(impls, key=lambda i: (not i.tryfirst, i.trylast, i.plugin_name))
            found = self._each[name] = tuple((i.plugin_name, i.function) for i in ranked)
        return found

    def _renew(self) -> None:
        """Forget what was worked out for another set of plugins."""
        generation = getattr(self.manager, "generation", None)
        if generation is None or generation != self._generation:
            self._plans.clear()
            self._each.clear()
            self._generation = generation


def _each_own(
    first: bool,
    functions: tuple[Callable[..., Any], ...],
    argnames: tuple[tuple[str, ...], ...],
    kwargs: Mapping[str, Any],
) -> Any:
    """:meth:`Dispatch.call` when the implementations take different arguments."""
    results = []
    for function, names in zip(functions, argnames, strict=True):
        result = function(*[kwargs[arg] for arg in names])
        if result is not None:
            if first:
                return result
            results.append(result)
    return None if first else results


def make_plan(caller: pluggy.HookCaller) -> Plan | None:
    """The calls pluggy would make for a hook, or None when a wrapper needs pluggy itself."""
    impls = caller.get_hookimpls()
    if any(i.hookwrapper or i.wrapper or i.kwargnames for i in impls):
        return None
    first = bool(caller.spec and caller.spec.opts.get("firstresult", False))
    # pluggy calls the last of get_hookimpls() first (tryfirst last, trylast first).
    ordered = impls[::-1]
    argnames = tuple(tuple(i.argnames) for i in ordered)
    shared = set(argnames)
    pick = _picker(argnames[0]) if len(shared) == 1 else None
    return first, tuple(i.function for i in ordered), pick, argnames


def _picker(names: tuple[str, ...]) -> _Pick:
    """What gives ``tuple(kwargs[name] for name in names)``, in one C call where it can."""
    if len(names) >= 2:
        return itemgetter(*names)  # a tuple of the values, missing ones a KeyError
    if names:
        (only,) = names
        return lambda kwargs: (kwargs[only],)
    return lambda kwargs: ()
