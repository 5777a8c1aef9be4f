"""``[tool.quotes]`` / ``[quotes]`` configuration."""
from __future__ import annotations

import pytest

from quotes.check.config import ConfigError, load_config, parse_codes


def test_no_config(tmp_path):
    c = load_config(str(tmp_path))
    assert c.select is None and c.ignore == [] and c.source is None


def test_pyproject_lists(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.quotes]\nselect = ["Q1", "q4"]\nignore = ["Q5"]\nother = 1\n', encoding="utf-8")
    c = load_config(str(tmp_path))
    assert c.select == ["Q1", "Q4"] and c.ignore == ["Q5"]
    assert c.source == "pyproject.toml [tool.quotes]" and c.extra == {"other": 1}


def test_setup_cfg_strings(tmp_path):
    (tmp_path / "setup.cfg").write_text("[metadata]\nname = x\n\n[quotes]\nselect = Q1, Q4,Q5\n",
                                        encoding="utf-8")
    c = load_config(str(tmp_path))
    assert c.select == ["Q1", "Q4", "Q5"] and c.source == "setup.cfg [quotes]"


def test_pyproject_without_section_falls_back_to_setup_cfg(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[build-system]\nrequires = []\n', encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[quotes]\nignore = Q2 Q3\n", encoding="utf-8")
    c = load_config(str(tmp_path))
    assert c.select is None and c.ignore == ["Q2", "Q3"]


def test_pyproject_wins_over_setup_cfg(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.quotes]\nselect = "Q1"\n', encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[quotes]\nselect = Q5\n", encoding="utf-8")
    assert load_config(str(tmp_path)).select == ["Q1"]


def test_empty_section_means_defaults(tmp_path):
    (tmp_path / "setup.cfg").write_text("[quotes]\n", encoding="utf-8")
    c = load_config(str(tmp_path))
    assert c.select is None and c.ignore == []


def test_bad_toml_is_a_config_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.quotes\nselect=", encoding="utf-8")
    with pytest.raises(ConfigError, match="pyproject.toml"):
        load_config(str(tmp_path))


def test_parse_codes_rejects_non_strings():
    with pytest.raises(ConfigError):
        parse_codes([1, 2], "x")
    assert parse_codes("q1,  Q2 q3") == ["Q1", "Q2", "Q3"]
