"""Archive scale: extract_many streams, the Dask adapter, the command over folders."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from advrate import AdvrateError
from advrate.extract import (
    COLUMNS,
    extract_bag,
    extract_many,
    extract_partition,
    extract_rates,
    partition_meta,
)

TEXTS = [
    "Russia took 450 square kilometres in March 2025.",
    "Nothing here moves.",
    "They advanced 3 km a day, then 5 km a day.",
    "Russia gained 120 square kilometres last month.",
]


def test_extract_many_is_extract_rates_for_each_text():
    table = extract_many(TEXTS)
    assert list(table.columns) == ["doc", *COLUMNS]
    assert table["doc"].tolist() == [0, 2, 2, 3]
    for doc, text in enumerate(TEXTS):
        alone = extract_rates(text)
        mine = table[table["doc"] == doc].drop(columns="doc").reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, alone, check_dtype=False)


def test_extract_many_streams_a_generator_once():
    consumed = []

    def texts():
        for text in TEXTS:
            consumed.append(text)
            yield text

    table = extract_many(texts())
    assert consumed == TEXTS
    assert len(table) == 4


def test_a_series_names_its_texts_and_dates_can_differ():
    series = pd.Series(TEXTS, index=["a", "b", "c", "d"])
    dates = pd.Series([None, None, None, "2025-03-05"], index=series.index)
    table = extract_many(series, published=dates)
    assert table["doc"].tolist() == ["a", "c", "c", "d"]
    last_month = table[table["doc"] == "d"]
    assert last_month["canonical_low"].iloc[0] == pytest.approx(120 / 28)


@pytest.mark.parametrize("bad", ["one text", 42, [b"bytes"], ["ok", None]])
def test_extract_many_refuses_what_is_not_texts(bad):
    with pytest.raises(AdvrateError):
        extract_many(bad)


def test_a_bad_date_names_the_text():
    with pytest.raises(AdvrateError, match="'x'"):
        extract_many(pd.Series(["Russia took 40 km² in May."], index=["x"]), published=["5/3/25"])


dask = pytest.importorskip("dask")


def test_dask_dataframe_map_partitions_matches_extract_many():
    import dask.dataframe as dd

    frame = pd.DataFrame({"text": TEXTS * 25})
    lazy = dd.from_pandas(frame, npartitions=7).map_partitions(
        extract_partition, meta=partition_meta()
    )
    result = lazy.compute(scheduler="synchronous").reset_index(drop=True)
    expected = extract_many(frame["text"])
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)


def test_dask_bag_adapter_with_the_threaded_scheduler():
    import dask.bag as db

    bag = db.from_sequence(TEXTS * 10, npartitions=4)
    result = extract_bag(bag).compute(scheduler="threads")
    assert len(result) == 4 * 10
    assert sorted(result["canonical_unit"].unique()) == ["km²/day", "m/day"]
    with pytest.raises(AdvrateError, match=r"dask\.bag\.Bag"):
        extract_bag(TEXTS)


def test_empty_partitions_keep_the_columns():
    empty = extract_partition(pd.DataFrame({"text": ["no figures"]}))
    assert list(empty.columns) == list(partition_meta().columns)
    assert empty.empty


def test_the_command_reads_a_folder_recursively_to_parquet(tmp_path):
    pytest.importorskip("pyarrow")
    archive = tmp_path / "archive"
    (archive / "2025" / "03").mkdir(parents=True)
    for i, text in enumerate(TEXTS):
        (archive / "2025" / "03" / f"a{i}.txt").write_text(text, encoding="utf-8")
    (archive / "notes.bin").write_bytes(b"\x00\x01")  # not a text file: ignored
    out = tmp_path / "rates.parquet"
    proc = subprocess.run(
        [sys.executable, "-m", "advrate", "extract", str(archive), "--format", "parquet",
         "--out", str(out), "--published", "2025-03-05", "--quiet"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    table = pd.read_parquet(out)
    assert len(table) == 4
    assert table["file"].str.endswith(".txt").all()
    assert table.loc[table["file"].str.endswith("a3.txt"), "canonical_low"].iloc[0] == \
        pytest.approx(120 / 28)  # fmt: skip


def test_parquet_needs_an_output_file_and_folders_need_text(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "advrate", "extract", str(tmp_path),
                           "--format", "parquet"], capture_output=True, text=True)  # fmt: skip
    assert proc.returncode != 0 and "--out" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "advrate", "extract", str(tmp_path)],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode != 0 and "no text or HTML files" in proc.stderr
