"""Project configuration for ``quotes``: ``[tool.quotes]`` or ``[quotes]``.

Read from the current directory, the way pre-commit runs hooks (at the
repository root): ``pyproject.toml`` ``[tool.quotes]`` first, else
``setup.cfg`` ``[quotes]``.  Keys used by ``quotes check``:

* ``select``: rule codes or prefixes to run (default: all rules);
* ``ignore``: rule codes or prefixes to leave out.

Values are a list (TOML) or a comma/space separated string (both files).
Other keys are left to other commands.  Command-line ``--select`` and
``--ignore`` each replace the file's value of the same key.
"""
from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, field
from typing import Any, Optional, Union

__all__ = ["Config", "ConfigError", "load_config", "parse_codes"]


class ConfigError(ValueError):
    """A configuration file that cannot be read; the message names the file."""


@dataclass
class Config:
    select: Optional[list[str]] = None
    ignore: list[str] = field(default_factory=list)
    #: where the values came from ("pyproject.toml [tool.quotes]"…), or None.
    source: Optional[str] = None
    extra: dict[str, Any] = field(default_factory=dict)


def parse_codes(value: Union[str, list, tuple, None], where: str = "") -> list[str]:
    """``"Q1, Q4 Q5"`` or ``["Q1", "Q4"]`` -> ``["Q1", "Q4", "Q5"]`` (upper case)."""
    if value is None:
        return []
    if isinstance(value, str):
        items = value.replace(",", " ").split()
    elif isinstance(value, (list, tuple)):
        items = []
        for v in value:
            if not isinstance(v, str):
                raise ConfigError(f"{where}: rule codes must be strings, not {v!r}")
            items += v.replace(",", " ").split()
    else:
        raise ConfigError(f"{where}: expected a list of rule codes, not {value!r}")
    return [i.strip().upper() for i in items if i.strip()]


def _load_toml(path: str) -> Optional[dict]:
    try:
        import tomllib  # Python 3.11+
    except ImportError:  # pragma: no cover - older Pythons
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            return None
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: {e}") from None
    tool = data.get("tool", {})
    section = tool.get("quotes") if isinstance(tool, dict) else None
    return section if isinstance(section, dict) else None


def _load_cfg(path: str) -> Optional[dict]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8") as fh:
            parser.read_file(fh)
    except (OSError, UnicodeDecodeError, configparser.Error) as e:
        raise ConfigError(f"{path}: {e}") from None
    if not parser.has_section("quotes"):
        return None
    return dict(parser.items("quotes"))


def load_config(directory: str = ".") -> Config:
    """The ``quotes`` settings of the project in ``directory`` (defaults if none)."""
    candidates = (("pyproject.toml", "[tool.quotes]", _load_toml),
                  ("setup.cfg", "[quotes]", _load_cfg))
    for name, section, loader in candidates:
        path = os.path.join(directory, name)
        if not os.path.isfile(path):
            continue
        values = loader(path)
        if values is None:
            continue
        where = f"{name} {section}"
        norm = {k.replace("_", "-").lower(): v for k, v in values.items()}
        select = parse_codes(norm.pop("select"), where) if "select" in norm else None
        ignore = parse_codes(norm.pop("ignore", None), where)
        return Config(select or None, ignore, where, norm)
    return Config()
