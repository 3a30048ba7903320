"""The UI never touches the store itself: it reads through service functions that take the workspace,
and changes the store only through `AppContext.change`/`change_later`. This test reads the UI's source,
so a session, a transaction or a direct notify that comes back fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import hybridhub

PACKAGE = Path(hybridhub.__file__).parent
UI_FILES = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]
STORE_CALLS = {"session", "transaction", "begin", "execute", "scalars", "scalar", "exec_driver_sql"}
ONE_WAY = PACKAGE / "ui" / "context.py"  # where AppContext.change/change_later run and notify


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)]


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"


def test_the_ui_imports_no_sqlalchemy() -> None:
    found = []
    for path in UI_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [_where(path, node) for name in names if name.split(".")[0] == "sqlalchemy"]
    assert found == []


def test_the_ui_opens_no_session_or_transaction() -> None:
    found = []
    for path in UI_FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [_where(path, c) for c in _calls(tree) if c.func.attr in STORE_CALLS]  # type: ignore[attr-defined]
        found += [
            _where(path, n) for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "engine"
        ]
    assert found == []


def test_changes_run_only_through_the_context() -> None:
    """Background tasks of pages only read (`write=False`); only the context tells pages what changed."""
    found = []
    for path in UI_FILES:
        if path == ONE_WAY:
            continue
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            attr = call.func.attr  # type: ignore[attr-defined]
            write = next((k.value for k in call.keywords if k.arg == "write"), None)
            reads_only = isinstance(write, ast.Constant) and write.value is False
            if attr == "notify" or (attr == "run" and "tasks" in ast.unparse(call.func) and not reads_only):
                found.append(_where(path, call))
    assert found == []


def test_the_checks_see_what_they_look_for() -> None:
    """The checks above would catch the old ways (guards against a test that finds nothing)."""
    old = ast.parse(
        "with self.ctx.workspace.transaction() as s:\n    pass\n"
        "self.ctx.tasks.run(work)\nself.ctx.store.notify(StoreTopic.SHEETS)\n"
    )
    attrs = {c.func.attr for c in _calls(old)}  # type: ignore[attr-defined]
    assert {"transaction", "run", "notify"} <= attrs
    assert UI_FILES and all(p.exists() for p in UI_FILES)
