"""Every import resolves from what pyproject.toml declares, so a fresh machine that runs README's
command has everything: a package that only happens to be installed here fails this test."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised as PyPI compares names (PEP 503)."""
    bare = re.split(r"[\s<>=!~;\[(]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", bare).lower()


def _declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    for extra in extras:
        names |= {_name(r) for r in project["optional-dependencies"][extra]}
    return names


def _imports(folder: Path) -> dict[str, str]:
    """Top-level modules imported anywhere under ``folder`` (absolute imports), with one file
    that imports each."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                found.setdefault(module.split(".")[0], str(path.relative_to(ROOT)))
    return found


def _undeclared(folder: Path, declared: set[str]) -> list[str]:
    distributions = packages_distributions()
    missing = []
    for module, where in sorted(_imports(folder).items()):
        if module in sys.stdlib_module_names or module in ("reader", "tests", "__future__"):
            continue
        providers = {_name(d) for d in distributions.get(module, [])}
        if not providers & declared:
            missing.append(f"{module} (imported in {where}; installed by {sorted(providers)})")
    return missing


def test_the_program_imports_only_declared_dependencies():
    assert _undeclared(ROOT / "reader", _declared()) == []


def test_the_tests_import_only_declared_dependencies():
    assert _undeclared(ROOT / "tests", _declared("test")) == []


def test_the_check_finds_an_undeclared_import():
    """The check itself can fail: without hijridate declared, the Hijri dates' import is found."""
    missing = _undeclared(ROOT / "reader", _declared() - {"hijridate"})
    assert any(m.startswith("hijridate ") for m in missing)
