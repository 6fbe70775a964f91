"""The ``saksi`` command itself: version, help, usage errors, the crash handler, Ctrl+C, starting the desktop app."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import python, saksi

pytestmark = pytest.mark.e2e

VAULT_COMMANDS = (
    "create",
    "verify",
    "backup",
    "restore",
    "passwd",
    "recover",
    "users",
    "rekey",
    "recovery-code",
    "log",
)


def test_version() -> None:
    result = saksi("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("saksi ")


def test_every_command_has_a_one_line_help() -> None:
    top = saksi("--help")
    assert top.returncode == 0
    assert "SAKSI_PASSPHRASE" in top.stdout and "Exit codes" in top.stdout
    vault = saksi("vault", "--help")
    for command in VAULT_COMMANDS:
        assert command in vault.stdout
    users = saksi("vault", "users", "PATH", "--help")
    for action in ("list", "add", "remove", "reset", "role"):
        assert f"    {action} " in users.stdout


def test_main_returns_exit_codes_instead_of_exiting(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["--version"]) == 0
    assert main(["vault"]) == 2
    assert main(["vault", "log", "x", "--limit", "none"]) == 2
    assert "--limit" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [("vault",), ("vault", "frobnicate", "x"), ("vault", "users", "x"), ("--vault", "x", "vault", "verify", "y")],
)
def test_usage_errors_are_exit_2(args: tuple[str, ...]) -> None:
    result = saksi(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def gui_with_fake_ui(argv: list[str]) -> str:
    """Code that runs ``main(argv)`` with a stand-in ``ui.main`` (the real one needs a display)."""
    return (
        "import sys, types\n"
        "fake = types.ModuleType('ui.main')\n"
        "fake.run_gui = lambda path: print('run_gui', type(path).__name__, path) or 7\n"
        "sys.modules['ui.main'] = fake\n"
        "from app.cli import main\n"
        f"sys.exit(main({argv!r}))\n"
    )


def test_desktop_app_is_started_lazily_with_the_vault_path(tmp_path: Path) -> None:
    folder = tmp_path / "Office.saksi"
    result = python(gui_with_fake_ui(["--vault", str(folder)]))
    assert result.returncode == 7, result.stderr
    assert result.stdout.strip().split(maxsplit=2)[::2] == ["run_gui", str(folder)]
    assert "Path" in result.stdout
    without = python(gui_with_fake_ui([]))
    assert without.stdout.strip() == "run_gui NoneType None"


def test_a_bug_prints_one_line_and_logs_no_personal_data(config_dir: Path) -> None:
    code = (
        "import sys, app.cli.prompt\n"
        "def boom(path):\n"
        "    raise RuntimeError('Sopheap Chan, passport N1234567')\n"
        "app.cli.prompt.inspect_vault = boom\n"
        "from app.cli import main\n"
        "sys.exit(main(['vault', 'verify', '/cases/Sopheap.saksi']))\n"
    )
    result = python(code, SAKSI_PASSPHRASE="x" * 12)
    assert result.returncode == 1
    first, second = result.stderr.splitlines()
    assert first == "saksi: internal error (RuntimeError); please report it"
    logs = list((config_dir / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert str(logs[0]) in second
    report = logs[0].read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in report
    assert "command: vault verify" in report
    assert "app/cli/prompt.py:" in report and ":user_name" in report
    for secret in ("Sopheap", "N1234567", "xxxxxxxxxxxx", "/cases"):
        assert secret not in report
        assert secret not in result.stderr


def test_ctrl_c_exits_130_quietly() -> None:
    code = (
        "import sys, app.cli.prompt\n"
        "def interrupted(path):\n"
        "    raise KeyboardInterrupt\n"
        "app.cli.prompt.inspect_vault = interrupted\n"
        "from app.cli import main\n"
        "sys.exit(main(['vault', 'verify', 'Office.saksi']))\n"
    )
    result = python(code)
    assert result.returncode == 130
    assert result.stderr == ""
