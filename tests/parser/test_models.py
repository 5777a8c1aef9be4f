"""`quotes models`: which model, and a clear failure when there is no network."""
import json
import socket

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.parser.parse import ModelError, resolve_model


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_download_without_network_fails_clearly(tmp_path, monkeypatch, no_network):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    r = CliRunner().invoke(main, ["models", "download"])
    assert r.exit_code == 2
    assert "cannot download the Stanza French model" in r.output
    assert "--model bundled" in r.output


def test_stanza_choice_without_official_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with pytest.raises(ModelError, match="quotes models download"):
        resolve_model("stanza")


def test_auto_falls_back_to_bundled(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    monkeypatch.delenv("QUOTES_MODEL", raising=False)
    try:
        info = resolve_model(None)
    except ModelError:
        pytest.skip("no bundled model in this checkout")
    assert info.kind == "bundled"


def test_env_var_picks_the_model(tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTES_MODEL", str(tmp_path / "nowhere"))
    with pytest.raises(ModelError, match="nowhere"):
        resolve_model(None)


def test_info_names_files_and_scores(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    try:
        resolve_model("bundled")
    except ModelError:
        pytest.skip("no bundled model in this checkout")
    r = CliRunner().invoke(main, ["models", "info", "--model", "bundled", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["kind"] == "bundled"
    assert set(data["files"]) == {"tokenize", "mwt", "pos", "lemma", "depparse"}
    assert data["card"]["scores"]["test"]["LAS"] > 0
