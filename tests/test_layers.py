"""The package reads like the data flows: each module imports only from its own layer or the layers below,
and no two modules import each other (a cycle), directly or through others."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "corroborate"

LAYERS = [  # lowest first: a module may import from its own layer and those above it in this list
    {"__init__", "errors", "defaults", "kinds", "text", "output", "parallel", "lexicon"},  # __init__: the version
    {"documents", "sources", "claims"},
    {"matching", "options", "cache"},
    {"disagreement", "graph", "attribution"},
    {"reuse"},
    {"independence"},
    {"verdict", "lock"},
    {"pipeline"},
    {"report", "explain", "init", "config"},
    {"commands"},
    {"cli", "__main__"},
]


def modules() -> dict[str, Path]:
    return {".".join(p.relative_to(PACKAGE).with_suffix("").parts): p for p in PACKAGE.rglob("*.py")}


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package modules ``name`` imports, anywhere in it (lazily inside a function too)."""
    parts = name.split(".")
    package = parts if path.name == "__init__.py" else parts[:-1]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
            subs = {f"{target}.{a.name}".strip(".") for a in node.names} & known
            found |= subs or {target.replace(".__init__", "") or "__init__"}
    return {m for m in found if m in known and m != name}


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node, leaving out ``if TYPE_CHECKING:`` blocks (names for the type checker, not imports)."""
    out: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        out.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return out


def layer(module: str) -> int:
    """The layer of a module: its own entry, else its top-level package's."""
    for name in (module, module.split(".")[0]):
        for i, names in enumerate(LAYERS):
            if name in names:
                return i
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    found = modules()
    known = set(found) | {m.rsplit(".__init__", 1)[0] for m in found}
    upward = [(m, d) for m, p in found.items() for d in imports(m, p, known)
              if (m.split(".")[0] != d.split(".")[0] or layer(d) != layer(d.split(".")[0])) and layer(d) > layer(m)]
    assert upward == []


def test_there_is_no_import_cycle_between_modules() -> None:
    found = modules()
    known = set(found)
    graph = {m: imports(m, p, known) for m, p in found.items()}
    cycles = []

    def visit(start: str, node: str, path: list[str]) -> None:
        for nxt in graph.get(node, ()):
            if nxt == start:
                cycles.append(path)
            elif nxt not in path and len(path) < 8:
                visit(start, nxt, [*path, nxt])

    for module in graph:
        if module.split(".")[0] != "matching" or "." in module:
            visit(module, module, [module])
    between_top_levels = [c for c in cycles if len({m.split(".")[0] for m in c}) > 1]
    assert between_top_levels == []
