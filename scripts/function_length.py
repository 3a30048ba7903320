"""Fail if a function or method of the package is longer than the limit (default 80 lines).

Counts every line from `def` to the function's last line, docstring and comments included, like an
editor shows it. Alembic revisions are left out (each is one long, generated `upgrade`).

Run: python scripts/function_length.py [--max 80] [PACKAGE_DIR]
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def long_functions(package: Path, limit: int) -> list[tuple[str, int, str, int]]:
    """(file, line, name, length) of every function longer than `limit` lines."""
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.resolve().relative_to(ROOT).as_posix()
        if "/migrations/" in relative:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > limit:
                    found.append((relative, node.lineno, node.name, length))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", nargs="?", type=Path, default=ROOT / "hybridhub")
    parser.add_argument("--max", type=int, default=80, help="most lines a function may have")
    args = parser.parse_args(argv)
    found = long_functions(args.package, args.max)
    for relative, line, name, length in found:
        print(f"{relative}:{line}: {name} has {length} lines (at most {args.max})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
