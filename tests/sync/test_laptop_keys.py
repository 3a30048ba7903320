"""A laptop's own key lives in the key store of the computer, never in its workspace: a copied
workspace cannot sign bundles until the laptop's key file is imported there."""

from __future__ import annotations

import base64
import json
import stat
from pathlib import Path

import pytest

from hybridhub.cli import main
from hybridhub.core import keystore
from hybridhub.core.workspace import create_workspace, open_workspace
from hybridhub.sync.laptops import local_uid


def _laptop_uid(path: Path) -> str:
    ws = open_workspace(path)
    try:
        with ws.session() as s:
            return local_uid(s)
    finally:
        ws.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _event(tmp_path: Path) -> tuple[Path, Path]:
    """An organiser's workspace, and a file holding a passphrase."""
    org = tmp_path / "org.hybridhub"
    create_workspace(org, "Forum on buses").close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    return org, secret


def test_a_laptop_moves_to_another_computer_with_its_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    org, secret = _event(tmp_path)
    code, out, _ = _run(
        capsys, "laptops", "add", "Table 2", "-w", str(org), "-o", str(tmp_path / "t2.hybridhub")
    )
    assert code == 0 and "keys export -w" in out and "ready to use" in out
    keys = tmp_path / "t2.keys"
    code, out, _ = _run(
        capsys, "keys", "export", "-w", str(tmp_path / "t2.hybridhub"), "-o", str(keys), "--no-signing",
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert code == 0 and stat.S_IMODE(keys.stat().st_mode) == 0o600
    private = keystore.read_laptop_key(_laptop_uid(tmp_path / "t2.hybridhub"))
    assert private is not None and private not in keys.read_bytes()
    assert base64.b64encode(private) not in keys.read_bytes()  # sealed under the passphrase

    monkeypatch.setenv("HYBRIDHUB_KEYSTORE", str(tmp_path / "other-computer"))
    bundle = tmp_path / "t2.hhbundle"
    code, _, err = _run(capsys, "sync", "export", "-w", str(tmp_path / "t2.hybridhub"), "-o", str(bundle))
    assert code == 2 and "key of laptop 'Table 2' is not on this computer" in err and not bundle.exists()
    code, _, _ = _run(
        capsys,
        "keys",
        "import",
        str(keys),
        "-w",
        str(tmp_path / "t2.hybridhub"),
        "--passphrase-file",
        str(secret),
    )
    assert code == 0
    code, _, _ = _run(capsys, "sync", "export", "-w", str(tmp_path / "t2.hybridhub"), "-o", str(bundle))
    assert code == 0

    monkeypatch.delenv("HYBRIDHUB_KEYSTORE")  # back on the organiser's computer
    code, out, _ = _run(capsys, "sync", "import", str(bundle), "-w", str(org), "--json")
    assert code == 0 and json.loads(out)["laptop"] == "Table 2"


def test_laptops_add_writes_the_key_file_when_given_a_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org, secret = _event(tmp_path)
    code, out, _ = _run(
        capsys, "laptops", "add", "Scanning", "-w", str(org), "-o", str(tmp_path / "scan.hybridhub"),
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert code == 0 and "keys import scan.keys -w scan.hybridhub" in out
    assert stat.S_IMODE((tmp_path / "scan.keys").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "scan.hybridhub").stat().st_mode) == 0o600
    code, _, err = _run(
        capsys, "laptops", "add", "scanning", "-w", str(org), "-o", str(tmp_path / "x.hybridhub")
    )
    assert code == 2 and "a laptop named 'scanning' is already enrolled" in err and err.count("\n") == 1
