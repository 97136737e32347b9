"""corpuskit.dispatch: the parse's hook calls give exactly what pluggy's would, for any plugins."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from corpuskit import Hint, Page, hookimpl
from corpuskit.dispatch import Dispatch
from corpuskit.plugins import PluginManager, create_manager


class _Plugin:
    """Answers both a firstresult hook (read) and a list hook (identify) with a fixed value."""

    def __init__(self, answer: str | None) -> None:
        self.answer = answer

    def _page(self) -> Page | None:
        return None if self.answer is None else Page(self.answer)


def _plugin(answer: str | None, order: str) -> object:
    first, last = order == "first", order == "last"

    class One(_Plugin):
        @hookimpl(tryfirst=first, trylast=last)
        def corpuskit_read(self, raw: bytes | str, hint: Hint) -> Page | None:
            return self._page()

        @hookimpl(tryfirst=first, trylast=last)
        def corpuskit_identify(self, page: Page, blocks: Any) -> Any:
            return self.answer

    return One(answer)


_PLUGINS = st.lists(
    st.tuples(st.none() | st.sampled_from("abcdef"), st.sampled_from(["first", "last", "plain"])),
    max_size=6,
)


@given(plugins=_PLUGINS, removed=st.sets(st.integers(0, 5)))
def test_calls_equal_pluggys_for_any_plugins_in_any_order(
    plugins: list[tuple[str | None, str]], removed: set[int]
) -> None:
    manager = create_manager(load_entry_points=False)
    dispatch = Dispatch(manager)
    made = [_plugin(answer, order) for answer, order in plugins]
    kwargs = {"raw": "x", "hint": Hint()}
    for number, plugin in enumerate(made):
        manager.register(plugin, name=f"p{number}")
        # Asked between registrations too: a plan made earlier must not hide a new plugin.
        assert dispatch.call("corpuskit_read", kwargs) == manager.hook.corpuskit_read(**kwargs)
    for number in sorted(removed):
        if number < len(made):
            manager.unregister(name=f"p{number}")
    asked = {"page": Page("x"), "blocks": ()}
    assert dispatch.call("corpuskit_identify", asked) == manager.hook.corpuskit_identify(**asked)
    assert dispatch.call("corpuskit_read", kwargs) == manager.hook.corpuskit_read(**kwargs)


def test_a_blocked_plugin_is_not_called() -> None:
    manager = create_manager(load_entry_points=False)
    dispatch = Dispatch(manager)
    manager.register(_plugin("mine", "first"), name="mine")
    assert dispatch.call("corpuskit_read", {"raw": "x", "hint": Hint()}) == Page("mine")
    manager.set_blocked("mine")
    assert dispatch.call("corpuskit_read", {"raw": "x", "hint": Hint()}) == Page("x")


def test_a_wrapper_goes_through_pluggy() -> None:
    class Wrapper:
        @hookimpl(wrapper=True)
        def corpuskit_read(self, raw: bytes | str, hint: Hint) -> Generator[None, Page, Page]:
            page = yield
            return Page(page.text.upper())

    manager = create_manager(load_entry_points=False)
    manager.register(Wrapper(), name="wrapper")
    assert Dispatch(manager).call("corpuskit_read", {"raw": "abc", "hint": Hint()}) == Page("ABC")


def test_monitoring_sees_every_call_while_it_is_on() -> None:
    manager = create_manager(load_entry_points=False)
    dispatch = Dispatch(manager)
    seen: list[str] = []
    kwargs = {"raw": "abc", "hint": Hint()}
    dispatch.call("corpuskit_read", kwargs)  # a plan is made before the monitor arrives
    undo = manager.add_hookcall_monitoring(lambda name, *_: seen.append(name), lambda *_: None)
    assert dispatch.call("corpuskit_read", kwargs) == Page("abc")
    assert seen == ["corpuskit_read"]
    undo()
    dispatch.call("corpuskit_read", kwargs)
    assert seen == ["corpuskit_read"]
    assert not manager.monitored


def test_monitors_nest() -> None:
    manager = create_manager(load_entry_points=False)
    dispatch = Dispatch(manager)
    outer: list[str] = []
    inner: list[str] = []
    kwargs = {"raw": "abc", "hint": Hint()}
    stop_outer = manager.add_hookcall_monitoring(lambda n, *_: outer.append(n), lambda *_: None)
    stop_inner = manager.add_hookcall_monitoring(lambda n, *_: inner.append(n), lambda *_: None)
    stop_inner()
    stop_inner()  # undoing twice must not end the outer monitor's watch
    dispatch.call("corpuskit_read", kwargs)
    assert outer == ["corpuskit_read"]
    assert inner == []
    assert manager.monitored
    stop_outer()
    assert not manager.monitored


def test_a_plain_pluggy_manager_is_served_by_pluggy() -> None:
    import pluggy

    from corpuskit import defaults, hookspecs

    manager = pluggy.PluginManager("corpuskit")
    manager.add_hookspecs(hookspecs)
    manager.register(defaults)
    assert Dispatch(manager).call("corpuskit_read", {"raw": "abc", "hint": Hint()}) == Page("abc")


def test_the_manager_counts_every_change() -> None:
    manager = PluginManager()
    before = manager.generation
    name = manager.register(_plugin("x", "plain"))
    assert name is not None
    assert manager.generation > before
    before = manager.generation
    manager.unregister(name=name)
    assert manager.generation > before


@given(
    st.lists(
        st.tuples(st.sampled_from(["first", "plain", "last"]), st.text("abcdef", min_size=1)),
        min_size=1,
        max_size=6,
        unique_by=lambda p: p[1],
    ),
    st.randoms(),
)
def test_each_ranks_the_same_whatever_the_registration_order(
    plugins: list[tuple[str, str]], rng: Any
) -> None:
    """tryfirst, then the rest, then trylast, by plugin name: never by who registered first."""
    shuffled = list(plugins)
    rng.shuffle(shuffled)
    orders = []
    for registered in (plugins, shuffled):
        manager = create_manager(
            load_entry_points=False,
            plugins=[(name, _plugin(name, order)) for order, name in registered],
        )
        orders.append([name for name, _ in Dispatch(manager).each("corpuskit_identify")])
    assert orders[0] == orders[1]
    rank = {"first": 0, "plain": 1, "last": 2}
    by_name = {name: order for order, name in plugins}
    assert orders[0] == sorted(by_name, key=lambda n: (rank[by_name[n]], n))


def test_each_sees_a_plugin_registered_later() -> None:
    manager = create_manager(load_entry_points=False, plugins=[("b", _plugin("b", "plain"))])
    dispatch = Dispatch(manager)
    assert [name for name, _ in dispatch.each("corpuskit_identify")] == ["b"]
    manager.register(_plugin("a", "plain"), name="a")
    assert [name for name, _ in dispatch.each("corpuskit_identify")] == ["a", "b"]
