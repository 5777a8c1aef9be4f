"""quotes.scale.archive: rows of JSONL, CSV and Parquet archives, partitions, bad rows."""
from __future__ import annotations

import gzip
import json

import pytest

from quotes.scale.archive import (ArchiveError, ArchiveOptions, ArchiveQuote, Article, BadRow,
                                  articles, is_archive, kept_types, partitions, text_partitions,
                                  with_kept)
from quotes.record import Quote

from .conftest import write_csv, write_jsonl, write_parquet


def _texts(items) -> list:
    return [(a.doc.path, a.doc.text, a.kept) if isinstance(a, Article) else a.message for a in items]


@pytest.mark.parametrize("fmt", ["jsonl", "jsonl.gz", "csv", "parquet"])
def test_every_format_gives_the_same_articles(tmp_path, articles, fmt):
    path = tmp_path / f"a.{fmt}"
    if fmt.startswith("jsonl"):
        write_jsonl(path, articles, gz=fmt.endswith("gz"))
    elif fmt == "csv":
        write_csv(path, articles)
    else:
        write_parquet(path, articles, row_group=3)
    opts = ArchiveOptions(id_field="id", keep=("outlet", "date"))
    got = _texts(articles_of(path, opts))
    assert got == [(r["id"], r["text"], {"outlet": r["outlet"], "date": r["date"]}) for r in articles]


def articles_of(path, opts):
    return list(articles([str(path)], opts))


def test_default_id_is_the_row_number_and_default_text_field(tmp_path, articles):
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": r["text"]} for r in articles[:3]])
    got = articles_of(path, ArchiveOptions())
    assert [a.doc.path for a in got] == ["1", "2", "3"]
    assert [a.doc.text for a in got] == [r["text"] for r in articles[:3]]


def test_other_text_field(tmp_path):
    path = write_csv(tmp_path / "a.csv", [{"body": "« Oui », dit-il.", "text": "x"}])
    (a,) = articles_of(path, ArchiveOptions(text_field="body"))
    assert a.doc.text == "« Oui », dit-il."


def test_partitions_are_fixed_by_rows_and_named_by_file(tmp_path, articles):
    path = write_jsonl(tmp_path / "news.jsonl", articles)  # 7 rows
    parts = list(partitions([str(path)], ArchiveOptions(partition_rows=3)))
    assert [p.name for p in parts] == ["news-00000", "news-00001", "news-00002"]
    assert [len(p.items) for p in parts] == [3, 3, 1]
    assert [a.row for p in parts for a in p.items] == list(range(1, 8))
    # same input, same partitions: what resume and Dask rely on
    again = list(partitions([str(path)], ArchiveOptions(partition_rows=3)))
    assert [_texts(p.items) for p in again] == [_texts(p.items) for p in parts]


def test_parquet_partitions_ignore_row_groups(tmp_path, articles):
    path = write_parquet(tmp_path / "news.parquet", articles, row_group=2)
    parts = list(partitions([str(path)], ArchiveOptions(partition_rows=3)))
    assert [len(p.items) for p in parts] == [3, 3, 1]


def test_an_empty_archive_is_one_empty_partition(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    (p,) = list(partitions([str(path)], ArchiveOptions()))
    assert p.name == "empty-00000" and p.items == []


def test_bad_rows_are_reported_by_row_and_id_and_skipped(tmp_path):
    good = {"id": "ok1", "text": "« Bien », dit-il."}
    lines = [json.dumps(good),
             json.dumps({"id": "no-text"}),
             json.dumps({"id": "num", "text": 42}),
             json.dumps({"id": "null", "text": None}),
             "{not json",
             json.dumps(["a", "list"]),
             json.dumps({"text": "sans id"}),
             json.dumps({"id": "ok2", "text": "« Encore », dit-elle."})]
    path = tmp_path / "a.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "latin", "text": "\xe9t\xe9"}\n')
    items = articles_of(path, ArchiveOptions(id_field="id"))
    assert [a.doc.path for a in items if isinstance(a, Article)] == ["ok1", "ok2"]
    bad = {b.row: b.message for b in items if isinstance(b, BadRow)}
    assert set(bad) == {2, 3, 4, 5, 6, 7, 9}
    f = str(path)
    assert bad[2] == f"{f}: row 2 (id no-text): no 'text' (skipped)"
    assert bad[3] == f"{f}: row 3 (id num): 'text' is int, not text (skipped)"
    assert "no 'text'" in bad[4]
    assert bad[5].startswith(f"{f}: row 5: not valid JSON")
    assert "not an object" in bad[6]
    assert bad[7] == f"{f}: row 7: no 'id' (skipped)"
    assert bad[9] == f"{f}: row 9: not UTF-8 (byte 0xe9) (skipped)"
    assert all("\n" not in m for m in bad.values())


def test_csv_bad_rows(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes("id,text\r\n1,« Oui »\r\n2,\r\n3,a,b\r\n".encode() + b"4,\xe9t\xe9\r\n5,fin\r\n")
    items = articles_of(path, ArchiveOptions(id_field="id"))
    assert [a.doc.path for a in items if isinstance(a, Article)] == ["1", "2", "5"]
    bad = {b.row: b.message for b in items if isinstance(b, BadRow)}
    assert "3 cells for 2 columns" in bad[3]
    assert bad[4] == f"{path}: row 4: not UTF-8 (skipped)"


def test_csv_keeps_line_breaks_and_long_texts(tmp_path):
    text = "Premier paragraphe.\r\n\r\n« Deuxième », dit-il.\n" + "Mot " * 50_000
    path = write_csv(tmp_path / "a.csv", [{"id": "x", "text": text}])
    (a,) = articles_of(path, ArchiveOptions(id_field="id"))
    assert a.doc.text == text


def test_parquet_wrong_type_is_a_bad_row(tmp_path):
    path = write_parquet(tmp_path / "a.parquet", [{"id": 1, "text": "« Oui »"}, {"id": 2, "text": None}])
    items = articles_of(path, ArchiveOptions(id_field="id"))
    assert items[0].doc.path == "1"
    assert isinstance(items[1], BadRow) and "(id 2): no 'text'" in items[1].message


def test_unreadable_archives_raise_one_line(tmp_path):
    bad_gz = tmp_path / "a.jsonl.gz"
    bad_gz.write_bytes(gzip.compress(b'{"text": "a"}\n' * 50)[:40])
    with pytest.raises(ArchiveError, match=r"a\.jsonl\.gz: unreadable after row"):
        list(articles([str(bad_gz)]))
    not_pq = tmp_path / "b.parquet"
    not_pq.write_text("hello")
    with pytest.raises(ArchiveError, match=r"b\.parquet: not a Parquet file"):
        list(articles([str(not_pq)]))
    with pytest.raises(ArchiveError, match="no such file"):
        list(articles([str(tmp_path / "missing.jsonl")]))


def test_dataset_folder(tmp_path, articles):
    ds = tmp_path / "ds"
    (ds / "outlet=a").mkdir(parents=True)
    (ds / "outlet=b").mkdir()
    write_parquet(ds / "outlet=a" / "part-0.parquet", articles[:4])
    write_jsonl(ds / "outlet=b" / "part-0.jsonl", articles[4:])
    (ds / "_SUCCESS").write_text("")
    assert is_archive(str(ds))
    parts = list(partitions([str(ds)], ArchiveOptions(id_field="id", partition_rows=10)))
    assert [p.name for p in parts] == ["outlet=a--part-0-00000", "outlet=b--part-0-00000"]
    assert [a.doc.path for p in parts for a in p.items] == [r["id"] for r in articles]


def test_what_is_an_archive(tmp_path):
    txt = tmp_path / "texts"
    txt.mkdir()
    (txt / "a.txt").write_text("x")
    (txt / "b.jsonl").write_text("{}")
    assert not is_archive(str(txt))  # a folder of articles stays a folder of articles
    assert is_archive("x.jsonl.gz") and is_archive("x.CSV") and not is_archive("x.txt")


def test_colliding_names_refused(tmp_path, articles):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write_jsonl(tmp_path / "a" / "news.jsonl", articles)
    write_csv(tmp_path / "b" / "news.csv", articles)
    with pytest.raises(ArchiveError, match="same name"):
        list(partitions([str(tmp_path / "a" / "news.jsonl"), str(tmp_path / "b" / "news.csv")],
                        ArchiveOptions()))


def test_keep_may_not_shadow_a_record_field():
    with pytest.raises(ValueError, match="'speaker'"):
        ArchiveOptions(keep=("date", "speaker"))


def test_kept_columns_follow_the_record_fields():
    q = Quote("d", 0, 3, "abc", "direct", speaker="X")
    (aq,) = with_kept([q], {"date": "2026-01-01", "n": 3})
    assert isinstance(aq, ArchiveQuote)
    d = aq.to_dict()
    assert list(d)[: len(q.to_dict())] == list(q.to_dict())
    assert d["date"] == "2026-01-01" and d["n"] == 3
    assert with_kept([q], {}) == [q]


def test_kept_types_come_from_a_parquet_source(tmp_path):
    import pyarrow as pa

    path = write_parquet(tmp_path / "a.parquet", [{"text": "x", "n": 3, "date": "d"}])
    assert kept_types([str(path)], ArchiveOptions(keep=("n", "date"))) == {"n": pa.int64(),
                                                                          "date": pa.string()}
    js = write_jsonl(tmp_path / "a.jsonl", [{"text": "x", "n": 3}])
    assert kept_types([str(js)], ArchiveOptions(keep=("n",))) == {}


def test_text_files_as_partitions(tmp_path):
    for k in range(3):
        (tmp_path / f"{k}.txt").write_text(f"« Texte {k} », dit-il.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xe9t\xe9")
    parts = list(text_partitions([str(tmp_path)], ArchiveOptions(partition_rows=2)))
    assert [p.name for p in parts] == ["files-00000", "files-00001"]
    items = [i for p in parts for i in p.items]
    assert [a.doc.path for a in items if isinstance(a, Article)] == [str(tmp_path / f"{k}.txt")
                                                                     for k in range(3)]
    (bad,) = [b for b in items if isinstance(b, BadRow)]
    assert "bad.txt: not UTF-8" in bad.message
