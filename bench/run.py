"""aflastapp benchmarks: every figure measured side by side with its floor, in the same run.

    uv run python bench/run.py                 # all figures, writes docs/benchmarks.md
    uv run python bench/run.py --quick         # fewer runs (3), prints only
    uv run python bench/run.py --only unlock   # one figure, prints only (add --write to write the doc)
    uv run python bench/run.py --only unlock --profile   # … and where its time goes (pyinstrument)

Each figure is the median of at least 5 runs after a warm-up run; its floor is measured in the
same run, interleaved with it (floor, figure, floor, figure …) so that drift in the machine hits
both alike. Benchmarks are not tests: nothing here is run by pytest (tests/bench/test_runner.py
only checks the helpers below on given numbers).

Everything runs in temp folders with a file keyring (tests.support.keyrings.FileKeyring): the real
keychain and home folder are never touched. The figures themselves are in bench/figures.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"
NOTES = Path(__file__).resolve().parent / "notes.md"

RUNS = 7
QUICK_RUNS = 3
MIN_RECORD_RUNS = 5

# --------------------------------------------------------------------------- targets and results


@dataclass(frozen=True)
class Target:
    """What a figure must meet. kind: "ratio" (≤ limit × floor), "abs" (≤ limit seconds),
    "extra" (≤ floor + limit, in the figure's unit)."""

    kind: str
    limit: float

    def describe(self, unit: str) -> str:
        if self.kind == "ratio":
            return f"≤ {self.limit:g} × floor"
        if self.kind == "abs":
            return f"≤ {format_value(self.limit, unit)}"
        if self.kind == "extra":
            return f"≤ floor + {self.limit:g} {unit}"
        raise ValueError(f"unknown target kind {self.kind!r}")


class Timing(float):
    """A wall-clock duration in seconds that also carries the CPU seconds spent in it."""

    cpu: float | None

    def __new__(cls, wall: float, cpu: float | None = None) -> Timing:
        t = super().__new__(cls, wall)
        t.cpu = cpu
        return t


@dataclass
class Result:
    name: str
    title: str
    target: Target
    unit: str = "s"  # "s" (durations) or "MB"
    samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)
    floor_title: str = ""
    error: str = ""  # why the figure could not be measured (a feature not landed yet, a crash …)
    detail: str = ""  # extra facts worth printing (rows, sizes …)

    @property
    def median(self) -> float | None:
        return median(self.samples) if self.samples else None

    @property
    def cpu_median(self) -> float | None:
        """Median CPU time of the measured work (processor time of this process, or of the child
        process), where the figure recorded it: less skewed than wall time when the machine is busy."""
        cpu = [c for c in (getattr(x, "cpu", None) for x in self.samples) if c is not None]
        return median(cpu) if cpu else None

    @property
    def floor_median(self) -> float | None:
        return median(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        return ratio(self.median, self.floor_median)

    @property
    def passed(self) -> bool | None:
        return meets(self.target, self.median, self.floor_median)


def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("median of no values")
    return float(statistics.median(values))


def ratio(value: float | None, floor: float | None) -> float | None:
    """value / floor, or None when either is unknown or the floor is zero."""
    if value is None or floor is None or floor <= 0:
        return None
    return value / floor


def meets(target: Target, value: float | None, floor: float | None) -> bool | None:
    """Whether ``value`` meets ``target``; None when it cannot be told (nothing measured)."""
    if value is None:
        return None
    if target.kind == "abs":
        return value <= target.limit
    if floor is None:
        return None
    if target.kind == "ratio":
        return value <= target.limit * floor
    if target.kind == "extra":
        return value <= floor + target.limit
    raise ValueError(f"unknown target kind {target.kind!r}")


def verdict(result: Result) -> str:
    if result.error and not result.samples:
        return "n/a"
    passed = result.passed
    if passed is None:
        return "n/a"
    return "pass" if passed else "FAIL"


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        if value < 1.0:
            return f"{value * 1000:.1f} ms"
        return f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def format_ratio(result: Result) -> str:
    if result.target.kind == "extra":
        if result.median is None or result.floor_median is None:
            return "–"
        return f"+{result.median - result.floor_median:.1f} {result.unit}"
    r = result.ratio
    return "–" if r is None else f"{r:.2f}×"


def table_rows(results: Sequence[Result]) -> list[list[str]]:
    rows = [["figure", "median", "CPU", "floor median", "ratio", "target", "result"]]
    for r in results:
        rows.append(
            [
                r.title,
                format_value(r.median, r.unit),
                format_value(r.cpu_median, r.unit) if r.cpu_median is not None else "–",
                format_value(r.floor_median, r.unit) if r.floor_samples else "–",
                format_ratio(r),
                r.target.describe(r.unit),
                verdict(r),
            ]
        )
    return rows


def format_table(results: Sequence[Result]) -> str:
    """The plain-text table printed on the terminal."""
    rows = table_rows(results)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(results: Sequence[Result]) -> str:
    rows = table_rows(results)
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    for row in rows[1:]:
        cells = [c if c != "FAIL" else "**FAIL**" for c in row]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


# --------------------------------------------------------------------------- the machine


def machine_info() -> dict[str, str]:
    info: dict[str, str] = {}
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info["CPU"] = cpu
    info["cores"] = str(os.cpu_count())
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        info["RAM"] = f"{pages / 2**30:.1f} GiB"
    except (ValueError, OSError, AttributeError):
        info["RAM"] = "unknown"
    info["OS"] = platform.platform()
    info["Python"] = platform.python_version()
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["Qt"] = f"{qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError as e:
        info["Qt"] = f"unavailable ({e})"
    try:
        import sqlcipher3

        con = sqlcipher3.connect(":memory:")
        cipher = con.execute("PRAGMA cipher_version").fetchone()[0]
        con.close()
        info["SQLCipher"] = f"{cipher} (SQLite {sqlcipher3.sqlite_version})"
    except Exception as e:  # report, never abort the run for a version string
        info["SQLCipher"] = f"unavailable ({e})"
    try:
        import PIL
        import reportlab

        info["reportlab / Pillow"] = f"{reportlab.Version} / {PIL.__version__}"
    except ImportError:
        pass
    return info


def load_average() -> str:
    """Other work on the machine skews every figure; the doc records how busy it was."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except (OSError, AttributeError):
        return "unknown"


# --------------------------------------------------------------------------- the document


def render_doc(results: Sequence[Result], machine: dict[str, str], when: dt.datetime, runs: int,
               notes: str = "") -> str:
    passed = sum(1 for r in results if verdict(r) == "pass")
    failed = [r for r in results if verdict(r) == "FAIL"]
    missing = [r for r in results if verdict(r) == "n/a"]
    lines = [
        "# Benchmarks",
        "",
        "Written by `uv run python bench/run.py` (issues 8 and 16). Every figure is the median of "
        f"{runs} runs (5 for the slowest: the 10,000 trips and the receipts) after a warm-up run, "
        "measured in the same run as its floor (interleaved).",
        "Benchmarks are not tests: the test suite never times anything.",
        "",
        f"Run on {when:%Y-%m-%d %H:%M}.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in machine.items()],
        "",
        "## Results",
        "",
        f"{passed} of {len(results)} figures meet their target"
        + (f"; {len(failed)} miss it (**FAIL**; causes and fixes below)" if failed else "")
        + (f"; not measured: {', '.join(r.title for r in missing)}" if missing else "")
        + ".",
        "",
        markdown_table(results),
        "",
    ]
    details = [r for r in results if r.detail or r.error or r.floor_title or r.samples]
    if details:
        lines += ["### What each figure measured", ""]
        for r in details:
            parts = []
            if r.samples:
                parts.append(f"median of {len(r.samples)} runs")
            if r.floor_title:
                parts.append(f"floor: {r.floor_title}")
            if r.detail:
                parts.append(r.detail)
            if r.error:
                parts.append(f"not measured: {r.error}")
            lines.append(f"- **{r.title}** — " + "; ".join(parts))
        lines.append("")
    if notes.strip():
        lines += [notes.strip(), ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def hermetic_environment(root: Path) -> dict[str, str]:
    """Point home, data and keyring at temp folders, for this process and its children."""
    home = root / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "AFLASTAPP_DATA_DIR": str(root / "default-data"),
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
        "AFLASTAPP_TEST_KEYRING_FILE": str(root / "keyring.json"),
        "QT_QPA_PLATFORM": "offscreen",
        # Child processes run as an installed app does: with compiled bytecode (pip and the PyInstaller
        # bundle ship .pyc; uv here installs without, and this machine sets PYTHONDONTWRITEBYTECODE).
        # The warm-up run fills a cache in the temp folder; nothing is written to the venv or the repo.
        "PYTHONPYCACHEPREFIX": str(root / "pycache"),
        "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p),
    }
    os.environ.pop("AFLASTAPP_PASSWORD_FILE", None)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.update(env)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return dict(os.environ)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_RUNS} runs per figure; does not write the doc")
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this figure (repeatable)")
    parser.add_argument("--runs", type=int, default=None,
                        help=f"runs per figure after the warm-up (default {RUNS})")
    parser.add_argument("--write", action="store_true",
                        help="write docs/benchmarks.md even with --only/--quick")
    parser.add_argument("--list", action="store_true", help="list the figure names and exit")
    parser.add_argument("--profile", action="store_true",
                        help="profile each figure run in this process with pyinstrument and print it "
                             "(set-up and floors included; start-up runs in child processes)")
    args = parser.parse_args(argv)

    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="aflastapp-bench-") as tmp:
        root = Path(tmp)
        env = hermetic_environment(root)
        from bench import figures  # after the environment is set: keyring reads it on first use

        if args.list:
            for name, title, _ in figures.FIGURES:
                print(f"{name:16} {title}")
            return 0
        names = [n for n, _, _ in figures.FIGURES]
        for n in args.only or []:
            if n not in names:
                parser.error(f"unknown figure {n!r}; one of: {', '.join(names)}")
        runs = args.runs or (QUICK_RUNS if args.quick else RUNS)
        bench = figures.Bench(root=root, env=env, runs=runs)
        results: list[Result] = []
        try:
            for name, title, fn in figures.FIGURES:
                if args.only and name not in args.only:
                    continue
                print(f"… {title}", flush=True)
                if args.profile:
                    from pyinstrument import Profiler

                    profiler = Profiler(interval=0.0005)
                    profiler.start()
                measured = fn(bench)
                if args.profile:
                    profiler.stop()
                    print(profiler.output_text(unicode=True, color=False), flush=True)
                for r in measured:
                    results.append(r)
                    status = r.error if r.error else f"{format_value(r.median, r.unit)} ({verdict(r)})"
                    print(f"    {r.title}: {status}", flush=True)
        finally:
            bench.close()

    print()
    print(format_table(results))
    write = args.write or (not args.only and not args.quick)
    if write:
        if runs < MIN_RECORD_RUNS:
            print(f"not writing {DOC.relative_to(ROOT)}: fewer than {MIN_RECORD_RUNS} runs")
        else:
            notes = NOTES.read_text(encoding="utf-8") if NOTES.exists() else ""
            machine = machine_info()
            machine["load average (1 min) at start / end"] = f"{load_before} / {load_average()}"
            doc = render_doc(results, machine, dt.datetime.now(), runs, notes)
            DOC.write_text(doc, encoding="utf-8")
            print(f"\nwrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
