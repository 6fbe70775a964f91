"""The ``saksi`` command starts fast: its parser loads no command's module until that command runs."""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
from importlib import import_module

import pytest

from tests.e2e.helpers import ROOT, cli_env

RUNS = 7  # the least CPU time of several interleaved runs (a cold cache or a page fault only ever adds to it)
MAX_RATIO = 5.0
HEAVY = ("sqlcipher3", "pydantic", "reportlab", "argon2", "keyring", "PIL", "docx", "jinja2", "storage.vault")


def _seconds(*args: str) -> float:
    """CPU seconds (user + system) the child used: unlike wall time, they do not grow with the load of the machine
    (wall-time ratios failed at 5.5x and 6.5x while the suite's other workers ran, ~4x on a quiet machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=cli_env(), stdin=subprocess.DEVNULL, capture_output=True, check=True
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


@pytest.mark.e2e
def test_version_starts_within_five_times_a_bare_python() -> None:
    bare, version = [], []
    for _ in range(RUNS):
        bare.append(_seconds("-c", "pass"))
        version.append(_seconds("-m", "app", "--version"))
    ratio = min(version) / min(bare)
    assert ratio < MAX_RATIO, f"saksi --version took {ratio:.1f}x a bare Python start"


@pytest.mark.e2e
def test_the_parser_imports_no_command_module() -> None:
    """The reason it is fast, checked without timing: --version and --help load none of the heavy libraries."""
    code = (
        "import sys\nfrom app.cli import main\n"
        "main(['--help'])\nmain(['vault', 'users', 'x', '--help'])\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=cli_env(), capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == ""


def _commands(parser: argparse.ArgumentParser) -> list[object]:
    found = [parser.get_default("func")] if parser.get_default("func") else []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _commands(sub)
    return found


def test_every_command_names_a_function_that_exists() -> None:
    """Commands are named by module and function; a misspelt name would fail only when someone ran it."""
    from app.cli import _Lazy, build_parser

    commands = _commands(build_parser())
    assert len(commands) >= 30  # vault, users, case, evidence, the law, drafts, report, demo
    for command in commands:
        assert isinstance(command, _Lazy)
        assert callable(getattr(import_module(f"app.cli.{command.module}"), command.function)), command.function
