"""The benchmark runner's arithmetic and table, on given numbers (nothing here times anything)."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.run import (
    Result,
    Target,
    Timing,
    format_table,
    format_value,
    markdown_table,
    median,
    meets,
    ratio,
    render_doc,
    verdict,
)


def test_median_of_odd_and_even_counts() -> None:
    assert median([0.3, 0.1, 0.2]) == pytest.approx(0.2)
    assert median([4.0, 1.0, 3.0, 2.0]) == pytest.approx(2.5)
    # one slow outlier does not move the median
    assert median([0.10, 0.11, 0.12, 0.11, 9.0]) == pytest.approx(0.11)


def test_median_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError):
        median([])


def test_ratio_and_unknown_floor() -> None:
    assert ratio(0.26, 0.2) == pytest.approx(1.3)
    assert ratio(0.26, None) is None
    assert ratio(None, 0.2) is None
    assert ratio(0.26, 0.0) is None


def test_targets_ratio_absolute_and_extra() -> None:
    assert meets(Target("ratio", 1.3), 0.26, 0.2) is True
    assert meets(Target("ratio", 1.3), 0.27, 0.2) is False
    assert meets(Target("abs", 0.1), 0.1, None) is True
    assert meets(Target("abs", 0.1), 0.101, None) is False
    assert meets(Target("extra", 60), 150.0, 90.0) is True
    assert meets(Target("extra", 60), 150.5, 90.0) is False
    assert meets(Target("ratio", 2), None, 0.1) is None
    assert meets(Target("ratio", 2), 0.1, None) is None


def test_result_uses_medians_of_its_samples() -> None:
    r = Result("unlock", "unlock", Target("ratio", 2.0), samples=[0.05, 0.03, 0.04, 0.9, 0.04],
               floor_samples=[0.02, 0.02, 0.03, 0.02, 0.01])
    assert r.median == pytest.approx(0.04)
    assert r.floor_median == pytest.approx(0.02)
    assert r.ratio == pytest.approx(2.0)
    assert r.passed is True
    assert verdict(r) == "pass"
    r.samples = [0.05, 0.05, 0.06, 0.05, 0.05]
    assert verdict(r) == "FAIL"


def test_a_figure_that_could_not_run_is_not_a_pass() -> None:
    r = Result("gui", "stay dialog", Target("abs", 0.1), error="ImportError: no module named calendar")
    assert verdict(r) == "n/a"
    assert r.passed is None


def test_format_value_units() -> None:
    assert format_value(0.0123, "s") == "12.3 ms"
    assert format_value(2.5, "s") == "2.50 s"
    assert format_value(123.45, "MB") == "123.5 MB"
    assert format_value(None, "s") == "–"


def test_table_shows_median_floor_ratio_target_and_verdict() -> None:
    results = [
        Result("startup", "start → dashboard", Target("ratio", 1.3), samples=[0.5, 0.6, 0.55],
               floor_samples=[0.4, 0.4, 0.4]),
        Result("memory", "peak memory", Target("extra", 60), unit="MB", samples=[180, 181, 182],
               floor_samples=[100, 100, 101]),
        Result("preview", "preview", Target("abs", 0.1), samples=[0.05, 0.04, 0.06]),
    ]
    text = format_table(results)
    lines = text.splitlines()
    assert lines[0].split() == ["figure", "median", "CPU", "floor", "median", "ratio", "target", "result"]
    start = next(line for line in lines if line.startswith("start"))
    assert "550.0 ms" in start and "400.0 ms" in start and "1.38×" in start and "FAIL" in start
    mem = next(line for line in lines if line.startswith("peak"))
    assert "+81.0 MB" in mem and "≤ floor + 60 MB" in mem and "FAIL" in mem
    prev = next(line for line in lines if line.startswith("preview"))
    assert "50.0 ms" in prev and "≤ 100.0 ms" in prev and "pass" in prev
    md = markdown_table(results)
    assert md.splitlines()[0] == "| figure | median | CPU | floor median | ratio | target | result |"
    assert "**FAIL**" in md


def test_document_names_the_machine_and_the_misses() -> None:
    results = [
        Result("deadlines", "deadlines over 10 years", Target("abs", 0.1), samples=[0.2] * 5),
        Result("preview", "preview", Target("abs", 0.1), samples=[0.05] * 5),
    ]
    doc = render_doc(results, {"CPU": "Test CPU", "cores": "2"}, dt.datetime(2026, 11, 22, 7, 0), 5,
                     notes="## Misses\n\nwhy")
    assert "| CPU | Test CPU |" in doc
    assert "2026-11-22 07:00" in doc
    assert "1 of 2 figures meet their target; 1 miss it" in doc
    assert "| deadlines over 10 years | 200.0 ms | – | – | – | ≤ 100.0 ms | **FAIL** |" in doc
    assert doc.rstrip().endswith("why")


def test_cpu_time_travels_with_the_wall_time() -> None:
    samples = [Timing(0.30, 0.10), Timing(0.20, 0.12), Timing(0.25, 0.08)]
    r = Result("receipts", "attach", Target("abs", 6.0), samples=list(samples))
    assert r.median == pytest.approx(0.25)  # judged on wall time
    assert r.cpu_median == pytest.approx(0.10)
    assert "100.0 ms" in format_table([r])
    assert Result("x", "x", Target("abs", 1), samples=[0.5]).cpu_median is None
