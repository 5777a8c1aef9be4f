"""Archives of the seeds in every input format, and small French articles of our own."""
from __future__ import annotations

import csv
import gzip
import hashlib
import json
from pathlib import Path
from typing import Any, Iterable, Optional

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" if (ROOT / "seeds").is_dir() else Path("/work/shared/seeds")

#: short articles written for these tests (not from any corpus).
ARTICLES = [
    "« Nous ouvrirons la ligne en juin », a déclaré la maire, Claire Dubois.",
    "Le préfet a annoncé des contrôles. « La sécurité d'abord », a-t-il ajouté.",
    "Aucune citation ici, seulement un compte rendu de séance.",
    "« Le budget sera tenu », assure Paul Marin. « Sans hausse d'impôts », précise-t-il.",
    "Selon le syndicat, la grève continuera lundi. « On ne lâchera rien », dit Ana Ruiz.",
    "« Les travaux commencent demain », a indiqué le porte-parole de la mairie.",
    "La réunion a duré deux heures. « Un accord est proche », estime Marc Olive.",
]


def seed_rows() -> list[dict[str, Any]]:
    """One row a seed: id = its path as ``quotes extract seeds/`` names it, the
    text as ``read_document`` decodes it, and metadata to keep."""
    from quotes.text.reader import read_document

    rows = []
    for k, p in enumerate(sorted(SEEDS.glob("*.txt"))):
        d = read_document(str(p))
        rows.append({"id": d.path, "text": d.text, "date": f"2026-01-0{k + 1}",
                     "outlet": "Le Quotidien" if k % 2 else "La Gazette", "words": len(d.text.split())})
    return rows


def article_rows() -> list[dict[str, Any]]:
    return [{"id": f"a{k}", "text": t, "outlet": "Test", "date": f"2026-02-{k + 1:02d}"}
            for k, t in enumerate(ARTICLES)]


def write_jsonl(path: Path, rows: Iterable[Any], gz: bool = False) -> Path:
    data = "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in rows).encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def write_csv(path: Path, rows: list[dict[str, Any]], columns: Optional[list[str]] = None) -> Path:
    columns = columns or list(rows[0])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
    return path


def write_parquet(path: Path, rows: list[dict[str, Any]], row_group: Optional[int] = None) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group)
    return path


def digest(quotes: Iterable) -> str:
    """SHA-256 of the quotes as JSON Lines: equal digests, equal outputs."""
    from quotes.outputs.export import quote_json

    h = hashlib.sha256()
    for q in quotes:
        h.update((quote_json(q) + "\n").encode("utf-8"))
    return h.hexdigest()


@pytest.fixture
def seeds_rows() -> list[dict[str, Any]]:
    return seed_rows()


@pytest.fixture
def articles() -> list[dict[str, Any]]:
    return article_rows()
