"""The import rule (ARCHITECTURE.md, "Floors"): a module imports only its own floor and the
floors below it, and no import cycle exists anywhere.

The graph is read from the source (``ast``): every ``import`` and ``from … import`` of a
``baocao`` module, at module level, inside functions and under ``if TYPE_CHECKING`` alike (an
annotation is a dependency too). An import of ``a.b.c`` is an edge to the module ``a.b.c``
(or, for ``from a.b import name``, to ``a.b.name`` when that is a module); the parent
packages it runs on the way are not edges of their own.

Today's known violations are listed in ``KNOWN_VIOLATIONS``, each with the issue item whose
step removes it. The list ratchets: a new violation fails, and so does an entry that is no
longer needed (delete it when its step lands).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest
from paths import ROOT

PACKAGE = ROOT / "baocao"

#: Floors, lowest first; a module belongs to the first floor one of whose names is the
#: module or a package holding it. ``baocao`` itself holds only the versions and the names
#: of the library API, resolved on first use (it imports no stage).
FLOORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "ground",
        (
            "baocao",
            "baocao.errors",
            "baocao.exitcodes",
            "baocao.model",
            "baocao.settings",
            "baocao.data",
            "baocao.display",
            "baocao.vocab",
        ),
    ),
    ("extract", ("baocao.extract",)),
    ("nlp", ("baocao.nlp",)),
    ("normalize", ("baocao.normalize",)),
    ("store", ("baocao.store",)),
    ("audit", ("baocao.audit",)),
    (
        "apps",
        (
            "baocao.pipeline",
            "baocao.cluster",
            "baocao.evaluate",
            "baocao.export",
            "baocao.show",
            "baocao.compare",
            "baocao.seen_places",
            "baocao.serve",
            "baocao.cli",
            "baocao.__main__",
        ),
    ),
)

#: (importer, imported) → the step that removes it. Nothing of the auditor may be here.
KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#: Edges inside one floor that close a cycle, with the step that removes each.
KNOWN_CYCLE_EDGES: dict[tuple[str, str], str] = {}


#: Where each fact kind is built (a call of its class): the normalise stage turns text and
#: table mentions alike into facts, so a rule (a criterion, a source, a period) is taught once.
FACT_MAKER = "baocao.normalize.facts"
KNOWN_OTHER_FACT_MAKERS: dict[tuple[str, str], str] = {}
FACT_KINDS = ("Verdict", "CriteriaCount", "Coverage", "Funding", "Percentage")

# -- the graph ----------------------------------------------------------------------------


def module_names(package: Path) -> dict[str, Path]:
    """Dotted name → file, for every module of the package."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def imports_in(source: str, module: str, *, is_package: bool, known: Iterable[str]) -> set[str]:
    """The known modules ``source`` (the text of ``module``) imports, wherever it does."""
    known = set(known)

    def nearest(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(filter(None, (nearest(alias.name) for alias in node.names)))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            for alias in node.names:
                target = f"{origin}.{alias.name}"  # a module, or a name in ``origin``
                hit = target if target in known else nearest(origin)
                if hit is not None:
                    found.add(hit)
    found.discard(module)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    names = module_names(package)
    return {
        name: imports_in(
            path.read_text(encoding="utf-8"),
            name,
            is_package=path.name == "__init__.py",
            known=names,
        )
        for name, path in names.items()
    }


def floor_of(module: str) -> int | None:
    for level, (_name, members) in enumerate(FLOORS):
        if any(module == m or (m != "baocao" and module.startswith(m + ".")) for m in members):
            return level
    return None


def upward(graph: Mapping[str, set[str]]) -> set[tuple[str, str]]:
    """Edges from a lower floor to a higher one."""
    return {
        (a, b)
        for a, targets in graph.items()
        for b in targets
        if (floor_of(a) or 0) < (floor_of(b) or 0)
    }


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Every strongly connected set of two or more modules (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def without(graph: Mapping[str, set[str]], edges: Iterable[tuple[str, str]]) -> dict[str, set]:
    drop = set(edges)
    return {a: {b for b in targets if (a, b) not in drop} for a, targets in graph.items()}


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph()


# -- the graph reader reads what it must ---------------------------------------------------


def test_the_reader_sees_imports_at_module_level_in_functions_and_for_annotations() -> None:
    source = textwrap.dedent(
        """
        from typing import TYPE_CHECKING
        import baocao.model
        from baocao.audit import common
        from . import sibling
        if TYPE_CHECKING:
            from baocao.store import Store
        def late():
            from baocao.vocab.money import to_vnd
        """
    )
    known = [
        "baocao",
        "baocao.model",
        "baocao.audit",
        "baocao.audit.common",
        "baocao.audit.sibling",
        "baocao.audit.sums",
        "baocao.store",
        "baocao.vocab.money",
    ]
    found = imports_in(source, "baocao.audit.sums", is_package=False, known=known)
    assert found == {
        "baocao.model",
        "baocao.audit.common",
        "baocao.audit.sibling",
        "baocao.store",
        "baocao.vocab.money",
    }


def test_the_cycle_finder_finds_a_cycle_and_only_that() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles(without(graph, [("c", "a")])) == []


# -- the rule --------------------------------------------------------------------------------


def test_every_module_has_a_floor(graph: dict[str, set[str]]) -> None:
    unplaced = sorted(m for m in graph if floor_of(m) is None)
    assert not unplaced, f"add these modules to a floor in FLOORS (and ARCHITECTURE.md): {unplaced}"


def test_no_module_imports_a_higher_floor(graph: dict[str, set[str]]) -> None:
    new = sorted(upward(graph) - set(KNOWN_VIOLATIONS))
    assert not new, "\n".join(
        f"{a} ({FLOORS[floor_of(a) or 0][0]}) imports {b} ({FLOORS[floor_of(b) or 0][0]})"
        for a, b in new
    )


def test_every_known_violation_is_still_one(graph: dict[str, set[str]]) -> None:
    gone = sorted(set(KNOWN_VIOLATIONS) - upward(graph))
    assert not gone, f"no longer violations: delete them from KNOWN_VIOLATIONS: {gone}"


def test_no_import_cycle(graph: dict[str, set[str]]) -> None:
    found = cycles(without(graph, [*KNOWN_VIOLATIONS, *KNOWN_CYCLE_EDGES]))
    assert not found, f"import cycles: {found}"


def test_every_known_cycle_edge_still_closes_a_cycle(graph: dict[str, set[str]]) -> None:
    for a, b in KNOWN_CYCLE_EDGES:
        assert b in graph.get(a, set()), f"{a} no longer imports {b}: delete the entry"
        others = without(graph, [e for e in KNOWN_CYCLE_EDGES if e != (a, b)])
        assert any(a in c and b in c for c in cycles(others)), (
            f"{a} → {b} closes no cycle any more: delete the entry"
        )


def test_the_auditor_has_no_allowance() -> None:
    allowed = [*KNOWN_VIOLATIONS, *KNOWN_CYCLE_EDGES]
    assert not [e for e in allowed if any(m.startswith("baocao.audit") for m in e)]


# -- the library API -------------------------------------------------------------------------


def test_importing_baocao_imports_no_stage() -> None:
    code = "import baocao, sys; print(sorted(m for m in sys.modules if m.startswith('baocao')))"
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert run.stdout.strip() == "['baocao']"


@pytest.mark.parametrize(
    ("name", "module", "attribute"),
    [
        ("extract_file", "baocao.pipeline", "extract_file"),
        ("open_store", "baocao.store", "open_store"),
        ("audit_store", "baocao.audit", "audit_store"),
        ("compare", "baocao.compare", None),
        ("read_facts", "baocao.export", "read_facts"),
    ],
)
def test_the_library_api_names_the_stage_functions(
    name: str, module: str, attribute: str | None
) -> None:
    import importlib

    import baocao

    expected = importlib.import_module(module)
    if attribute is not None:
        expected = getattr(expected, attribute)
    assert getattr(baocao, name) is expected
    assert name in baocao.__all__


def test_an_unknown_name_is_an_attribute_error() -> None:
    import baocao

    with pytest.raises(AttributeError, match="no attribute 'extraction'"):
        baocao.extraction  # noqa: B018


def test_architecture_md_draws_the_floors_the_test_holds() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = text[text.index("## Floors and the import rule") :]
    rows = {
        line.split("|")[1].strip(): line
        for line in section[: section.index("\n## ")].splitlines()
        if line.startswith("| ")
    }
    for floor, members in FLOORS:
        assert floor in rows, f"ARCHITECTURE.md has no row for the {floor} floor"
        for member in members:
            last = member.rpartition(".")[2]
            shown = (
                f"`{last}/`"
                if (PACKAGE.parent / member.replace(".", "/")).is_dir()
                else f"`{last}`"
            )
            if member == "baocao":
                shown = "`baocao`"
            assert shown in rows[floor], f"ARCHITECTURE.md's {floor} row lacks {shown}"


# -- one road ------------------------------------------------------------------------------


def fact_makers(package: Path = PACKAGE) -> set[tuple[str, str]]:
    """(module, kind) for every call of a fact kind's class in the package. Rebuilding a
    stored fact (``model.fact_from_record``, by its class in a table) and deriving one
    (``dataclasses.replace``) are not calls by name, so they are not counted."""
    found = set()
    for name, path in module_names(package).items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = getattr(func, "id", None) or getattr(func, "attr", None)
                if called in FACT_KINDS:
                    found.add((name, called))
    return found


def test_each_fact_kind_is_built_in_one_module_but_the_known_others() -> None:
    makers = fact_makers()
    assert {kind for module, kind in makers if module == FACT_MAKER} == set(FACT_KINDS)
    others = {m for m in makers if m[0] != FACT_MAKER}
    assert others <= set(KNOWN_OTHER_FACT_MAKERS), sorted(others - set(KNOWN_OTHER_FACT_MAKERS))
    gone = set(KNOWN_OTHER_FACT_MAKERS) - others
    assert not gone, f"no longer built there: delete from KNOWN_OTHER_FACT_MAKERS: {sorted(gone)}"
