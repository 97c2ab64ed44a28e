"""The figures of issue 8 and their floors. Imported by bench/run.py after it has pointed home,
data and keyring at temp folders; never imported by the tests.

Each figure function takes the ``Bench`` (temp root, environment, number of runs, shared fixtures
such as the 10-year demo diary) and returns one or more ``Result``s. A feature that has not landed
yet, or that crashes, gives a Result with ``error`` set instead of aborting the whole run.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.run import ROOT, Result, Target, Timing

BENCH_DIR = Path(__file__).resolve().parent
DEMO_YEARS = 10
DEMO_CHILDREN = 3
TRIPS = 10_000
RECEIPTS = 30
RECEIPT_SIZE = (4000, 3000)  # 12 MP

Measure = Callable[[], float]


# --------------------------------------------------------------------------- timing


def interleaved(runs: int, figure: Measure, floor: Measure | None = None, warmup: int = 1
                ) -> tuple[list[float], list[float]]:
    """Run floor and figure alternately, ``warmup`` times unrecorded, then ``runs`` times.
    Each callable does its own untimed set-up and returns the value it measured."""
    fig: list[float] = []
    flo: list[float] = []
    for i in range(warmup + runs):
        f = floor() if floor is not None else None
        v = figure()
        if i >= warmup:
            fig.append(v)
            if f is not None:
                flo.append(f)
    return fig, flo


@contextlib.contextmanager
def stopwatch() -> Iterator[list[Timing]]:
    """``with stopwatch() as t: …`` then ``t[0]``: wall seconds, with ``.cpu`` (this process)."""
    box: list[Timing] = []
    c0 = time.process_time()
    t0 = time.perf_counter()
    yield box
    wall = time.perf_counter() - t0
    box.append(Timing(wall, time.process_time() - c0))


@dataclass
class ChildRun:
    seconds: Timing
    maxrss_mb: float
    returncode: int
    stderr: str
    stdout: str = ""


def run_child(argv: list[str], env: dict[str, str], cwd: Path) -> ChildRun:
    """Run a process to its end; wall time from spawn to reaped, and its peak RSS (ru_maxrss)."""
    err = cwd / "child-stderr.txt"
    out = cwd / "child-stdout.txt"
    with open(err, "wb") as errf, open(out, "wb") as outf:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=outf, stderr=errf)
        _, status, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    rss = usage.ru_maxrss / 2**20 if sys.platform == "darwin" else usage.ru_maxrss / 2**10
    return ChildRun(Timing(seconds, usage.ru_utime + usage.ru_stime), rss, p.returncode,
                    err.read_text(errors="replace")[-3000:], out.read_text(errors="replace"))


def worker(b: Bench, *args: str) -> dict[str, Any]:
    """Run bench/worker.py in a fresh interpreter and return what it timed (``timing``: a Timing)."""
    r = run_child([sys.executable, str(BENCH_DIR / "worker.py"), *args], b.env, b.root)
    if r.returncode != 0:
        raise RuntimeError(f"worker {args[0]} exit {r.returncode}: {r.stderr.strip()[-600:]}")
    result: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    result["timing"] = Timing(result["seconds"], result.get("cpu"))
    return result


def failure(name: str, title: str, target: Target, exc: BaseException, unit: str = "s") -> Result:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
    return Result(name, title, target, unit=unit, error=f"{type(exc).__name__}: {exc}{where}")


# --------------------------------------------------------------------------- shared fixtures


def app_argv(*args: str) -> list[str]:
    """The command a family's launcher runs: the installed console script, else ``-m aflastapp``."""
    script = Path(sys.executable).with_name("aflastapp")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "aflastapp", *args]


def cli_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("aflastapp.cli") is not None


@dataclass
class Bench:
    root: Path
    env: dict[str, str]
    runs: int
    _demo: Path | None = None
    _session: Any = None
    _receipts: list[Path] | None = None
    _claim: tuple[Any, str, str] | None = None  # (session, contract id, period) with 30 receipts
    _sessions: list[Any] = field(default_factory=list)
    _counter: int = 0

    def fresh_dir(self, prefix: str) -> Path:
        self._counter += 1
        d = self.root / f"{prefix}-{self._counter}"
        d.mkdir(parents=True)
        return d

    # the 10-year, 3-child demo diary, made once through the real CLI
    def demo_dir(self) -> Path:
        if self._demo is None:
            d = self.root / "demo"
            d.mkdir()
            args = ["--data-dir", str(d), "demo", "--years", str(DEMO_YEARS),
                    "--children", str(DEMO_CHILDREN)]
            if cli_available():
                run = run_child(app_argv(*args), self.env, self.root)
                if run.returncode != 0:
                    raise RuntimeError(f"demo failed (exit {run.returncode}): {run.stderr.strip()[-600:]}")
                print(f"    (demo diary made with the CLI in {run.seconds:.1f} s)", flush=True)
            else:  # the CLI has not landed: the same generator through the services it calls
                from aflastapp.services import portable
                from aflastapp.services import session as S

                t0 = time.perf_counter()
                s, _ = S.setup(d)
                try:
                    portable.make_demo(s, DEMO_YEARS, DEMO_CHILDREN)
                finally:
                    S.lock(s, backup=False)
                took = time.perf_counter() - t0
                print(f"    (demo diary made through services in {took:.1f} s)", flush=True)
            self._demo = d
        return self._demo

    def demo_session(self) -> Any:
        if self._session is None:
            from aflastapp.services import session as S

            self._session = S.unlock(self.demo_dir())
            self._sessions.append(self._session)
        return self._session

    def release_demo(self) -> None:
        """Close the in-process demo session, so a child process can open the diary for writing
        (it has one writer at a time: ``storage/lock.py``)."""
        if self._session is not None:
            s, self._session = self._session, None
            self._sessions.remove(s)
            close_session(s)

    def new_session(self, prefix: str) -> tuple[Any, str]:
        """A fresh, empty diary (keychain mode, file keyring) with one child and one contract:
        (session, contract id)."""
        from aflastapp.services import children, contracts
        from aflastapp.services import session as S

        d = self.fresh_dir(prefix)
        s, _recovery = S.setup(d)
        self._sessions.append(s)
        child = children.add_child(s, name="Bench Barn", birth_date=date(2016, 5, 1))
        contract = contracts.add_contract(s, child_id=child.id, municipality="slagelse",
                                          start=date(2016, 8, 1), vederlag_count=7)
        return s, contract.id

    def receipts(self) -> list[Path]:
        if self._receipts is None:
            self._receipts = make_receipts(self.root / "receipts", RECEIPTS)
        return self._receipts

    def close(self) -> None:
        from contextlib import suppress

        for s in self._sessions:
            with suppress(Exception):
                close_session(s)
        self._sessions.clear()


def close_session(s: Any) -> None:
    """Close a session without the once-a-day automatic backup of ``lock`` (not part of any figure)."""
    from aflastapp.services import session as S

    S.lock(s, backup=False)


def demo_span(s: Any) -> tuple[date, date]:
    """First and last day of the demo diary's stays."""
    db = s.db
    first, last = db.execute("SELECT min(start), max(end) FROM stays").fetchone()
    return datetime.fromisoformat(first).date(), datetime.fromisoformat(last).date()


# --------------------------------------------------------------------------- start-up and memory

FIRST_PAINT = Target("ratio", 1.3)
DASHBOARD = Target("ratio", 2.0)
MEMORY = Target("extra", 60.0)
MARKS_ENV = "AFLASTAPP_STARTUP_MARKS"  # aflastapp/gui/app.py and bench/floor_qt.py append to it


def read_marks(path: Path) -> dict[str, float]:
    """The marks a child process wrote: {"first_paint": epoch seconds, "dashboard": …}."""
    marks: dict[str, float] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, value = line.partition(" ")
            marks.setdefault(name, float(value))
    return marks


def run_marked(argv: list[str], b: Bench) -> tuple[ChildRun, dict[str, float]]:
    """Run a child that writes start-up marks; the marks as seconds after its spawn."""
    marks_file = b.root / "marks.txt"
    marks_file.unlink(missing_ok=True)
    env = dict(b.env, **{MARKS_ENV: str(marks_file)})
    spawned = time.time()
    r = run_child(argv, env, b.root)
    return r, {k: v - spawned for k, v in read_marks(marks_file).items()}


def fig_startup(b: Bench) -> list[Result]:
    t_paint = "first paint: sidebar + Overblik frame (gui, 10-year diary, keychain)"
    t_dash = "dashboard: this and next month's figures painted"
    t_mem = "peak memory at dashboard"
    floor_title = ("bare PySide6 script: QApplication + QMainWindow shown, its first paint, in the same "
                   "run (interleaved)")
    try:
        demo = b.demo_dir()
        floor_argv = [sys.executable, str(BENCH_DIR / "floor_qt.py")]
        app = app_argv("--data-dir", str(demo), "gui", "--smoke")
        paint: list[float] = []
        dash: list[float] = []
        exits: list[float] = []
        rss: list[float] = []
        floor_rss: list[float] = []
        floor_exits: list[float] = []

        def figure() -> float:
            r, marks = run_marked(app, b)
            if r.returncode != 0 or "dashboard" not in marks:
                raise RuntimeError(f"gui --smoke exit {r.returncode}, marks {sorted(marks)}: "
                                   f"{r.stderr.strip()[-600:]}")
            paint.append(marks["first_paint"])
            dash.append(marks["dashboard"])
            exits.append(r.seconds)
            rss.append(r.maxrss_mb)
            return marks["first_paint"]

        def floor() -> float:
            r, marks = run_marked(floor_argv, b)
            if r.returncode != 0 or "first_paint" not in marks:
                raise RuntimeError(f"floor exit {r.returncode}: {r.stderr.strip()[-600:]}")
            floor_rss.append(r.maxrss_mb)
            floor_exits.append(r.seconds)
            return marks["first_paint"]

        _fig, flo = interleaved(b.runs, figure, floor)
    except Exception as e:
        return [failure("first_paint", t_paint, FIRST_PAINT, e), failure("dashboard", t_dash, DASHBOARD, e),
                failure("memory", t_mem, MEMORY, e, unit="MB")]
    keep = slice(1, None)  # the warm-up run is not recorded
    exit_median = statistics.median(exits[keep])
    floor_exit = statistics.median(floor_exits[keep])
    first = Result("first_paint", t_paint, FIRST_PAINT, samples=paint[keep], floor_samples=flo,
                   floor_title=floor_title,
                   detail="wall time from spawn to the end of the main window's first paint "
                          "(AFLASTAPP_STARTUP_MARKS), console script `aflastapp gui --smoke`")
    dashboard = Result("dashboard", t_dash, DASHBOARD, samples=dash[keep], floor_samples=flo,
                       floor_title="the same bare window's first paint",
                       detail="from spawn to the end of the paint that shows this and next month's "
                              "figures (Overblik's first stage); the same processes as the first paint. "
                              f"The whole smoke run (chart, deadlines, the deferred integrity check, "
                              f"exit) took {exit_median * 1000:.0f} ms against the bare script's "
                              f"{floor_exit * 1000:.0f} ms ({exit_median / floor_exit:.2f}×)")
    mem = Result("memory", t_mem, MEMORY, unit="MB", samples=rss[keep], floor_samples=floor_rss[keep],
                 floor_title="the same bare PySide6 script",
                 detail="ru_maxrss of the same processes (the whole smoke run, so the dashboard and "
                        "everything after it)")
    return [first, dashboard, mem]


# --------------------------------------------------------------------------- unlock

UNLOCK = Target("ratio", 2.0)


def paths_of(data_dir: Path) -> Path:
    from aflastapp.storage import paths

    return Path(paths.diary_path(data_dir))


def plaintext_copy(s: Any, dest: Path) -> None:
    """An unencrypted copy of an open diary, made with sqlcipher_export (floor input only)."""
    db = s.db
    db.execute(f"ATTACH DATABASE '{dest}' AS plaintext KEY ''")
    try:
        db.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    finally:
        db.execute("DETACH DATABASE plaintext")


def fig_unlock(b: Bench) -> list[Result]:
    title = "unlock in keychain mode (10-year diary, closed cleanly)"
    try:
        from aflastapp.services import session as S

        demo = b.demo_dir()
        plain_dir = b.fresh_dir("plaintext")  # deleted with the temp root at the end of the run
        plain = plain_dir / "plain.db"
        s = S.unlock(demo)
        try:
            plaintext_copy(s, plain)
        finally:
            close_session(s)
        size_mb = paths_of(demo).stat().st_size / 2**20
        plain_mb = plain.stat().st_size / 2**20
        checked: list[bool] = []

        def unlock(defer: bool) -> Timing:
            with stopwatch() as t:
                s = S.unlock(demo, defer_check=defer)
            checked.append(s.checked_at_open)
            close_session(s)  # a clean close: the next open may defer the check again
            return t[0]

        def verify() -> Timing:
            s = S.unlock(demo, defer_check=True)
            try:
                with stopwatch() as t:
                    S.verify(s)
            finally:
                close_session(s)
            return t[0]

        def floor() -> float:
            with stopwatch() as t:
                con = sqlite3.connect(plain)
                rows = con.execute("PRAGMA quick_check").fetchall()
            con.close()
            assert rows == [("ok",)], rows
            return t[0]

        fig, flo = interleaved(b.runs, lambda: unlock(True), floor)
        assert not any(checked), "the app's open after a clean close checks in the background"
        full, _ = interleaved(b.runs, lambda: unlock(False))
        later, _ = interleaved(b.runs, verify)
        floor_ms = statistics.median(flo) * 1000
        shutil.rmtree(plain_dir)
    except Exception as e:
        return [failure("unlock", title, UNLOCK, e)]
    full_ms = statistics.median(full) * 1000
    later_ms = statistics.median(later) * 1000
    return [Result("unlock", title, UNLOCK, samples=fig, floor_samples=flo,
                   floor_title="plain sqlite3 open + PRAGMA quick_check of an unencrypted copy "
                               "(sqlcipher_export, temp dir, deleted afterwards)",
                   detail=f"services.session.unlock(defer_check=True) on the demo diary, as the app "
                          f"opens it (keychain mode, file keyring; key read, key proven, marker taken "
                          f"away; the integrity checks follow in the background: session.verify "
                          f"{later_ms:.1f} ms). After an unclean close the open runs both checks: "
                          f"{full_ms:.1f} ms ({full_ms / floor_ms:.1f}× the floor); diary "
                          f"{size_mb:.1f} MB encrypted, {plain_mb:.1f} MB plain copy")]


# --------------------------------------------------------------------------- 10,000 trips

TRIPS_TARGET = Target("ratio", 1.5)
TRIP_YEARS = 10
TRIP_FIRST_YEAR = 2017
READ_YEAR = 2022


def trip_rows(contract_id: str) -> list[dict[str, Any]]:
    """10,000 realistic trips spread over 10 years (1,000 a year)."""
    rows = []
    per_year = TRIPS // TRIP_YEARS
    for i in range(TRIPS):
        year = TRIP_FIRST_YEAR + i // per_year
        day = date(year, 1, 1) + timedelta(days=(i % per_year) * 365 // per_year)
        rows.append(
            {
                "id": f"t{i:05d}",
                "contract_ids": (contract_id,),
                "date": day,
                "purpose": "Hentning af barnet" if i % 2 == 0 else "Aflevering af barnet",
                "from_place": "Hjem",
                "to_place": "Barnets hjem",
                "km": Decimal("18.4") + Decimal(i % 7),
                "via": (),
            }
        )
    return rows


def services_trips(b: Bench) -> float:
    from aflastapp.services import trips

    s, contract_id = b.new_session("trips")
    rows = trip_rows(contract_id)
    try:
        with stopwatch() as t:
            for row in rows:
                trips.add_trip(s, **row)
            year = trips.list_trips(s, start=date(READ_YEAR, 1, 1), end=date(READ_YEAR, 12, 31))
        assert len(year) == TRIPS // TRIP_YEARS, len(year)
    finally:
        close_session(s)
    return t[0]


def plain_trips(b: Bench) -> float:
    """The same rows, the same schema and pragmas (WAL, synchronous=FULL, one transaction per trip as
    each services call is one user action), with plain sqlite3 on an unencrypted file."""
    from sqlite_utils import Database

    from aflastapp.storage.schema import migrations

    d = b.fresh_dir("plain-trips")
    con = sqlite3.connect(d / "plain.db", isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = ON")
    migrations.apply(Database(con))
    con.execute("INSERT INTO children (id, name, birth_date) VALUES ('c', 'Bench Barn', '2016-05-01')")
    con.execute("INSERT INTO contracts (id, child_id, municipality, start, vederlag_count) "
                "VALUES ('k', 'c', 'slagelse', '2016-08-01', 7)")
    rows = trip_rows("k")
    try:
        with stopwatch() as t:
            for r in rows:
                con.execute("BEGIN")
                con.execute(
                    "INSERT INTO trips (id, date, purpose, from_place, via, to_place, km) "
                    "VALUES (?,?,?,?,?,?,?)",
                    (r["id"], r["date"].isoformat(), r["purpose"], r["from_place"], "[]", r["to_place"],
                     str(r["km"])),
                )
                for c in r["contract_ids"]:
                    con.execute("INSERT INTO trip_contracts (trip_id, contract_id) VALUES (?, ?)",
                                (r["id"], c))
                con.execute("COMMIT")
            got = con.execute(
                "SELECT t.id, t.date, t.purpose, t.from_place, t.via, t.to_place, t.km, "
                "group_concat(tc.contract_id) FROM trips t JOIN trip_contracts tc ON tc.trip_id = t.id "
                "WHERE t.date BETWEEN ? AND ? GROUP BY t.id ORDER BY t.date, t.id",
                (f"{READ_YEAR}-01-01", f"{READ_YEAR}-12-31"),
            ).fetchall()
            year = [(i, date.fromisoformat(dd), p, f, v, to, Decimal(km), tuple(cs.split(",")))
                    for i, dd, p, f, v, to, km, cs in got]
        assert len(year) == TRIPS // TRIP_YEARS, len(year)
    finally:
        con.close()
        shutil.rmtree(d)
    return t[0]


def fig_trips(b: Bench) -> list[Result]:
    title = "insert 10,000 trips through services, read one year"
    runs = min(b.runs, 5)  # ~10,000 fsyncs per run: 5 runs are enough for a stable median
    try:
        fig, flo = interleaved(runs, lambda: services_trips(b), lambda: plain_trips(b))
    except Exception as e:
        return [failure("trips", title, TRIPS_TARGET, e)]
    return [Result("trips", title, TRIPS_TARGET, samples=fig, floor_samples=flo,
                   floor_title="the same rows, schema and pragmas (WAL, synchronous=FULL, one transaction "
                               "per trip) with plain sqlite3 on an unencrypted file",
                   detail=f"trips.add_trip × {TRIPS:,} into a fresh diary, then trips.list_trips for "
                          f"{READ_YEAR} ({TRIPS // TRIP_YEARS} rows)")]


# --------------------------------------------------------------------------- nights report PDF

NIGHTS_PDF = Target("ratio", 3.0)


def hello_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 770, "hello")
    c.showPage()
    c.save()
    return buf.getvalue()


def busiest_month(s: Any, year: int) -> tuple[str, str]:
    """(contract id, "YYYY-MM") of the month with the most stays in ``year``."""
    row = s.db.execute(
        "SELECT contract_id, substr(start, 1, 7) AS m, count(*) AS n FROM stays WHERE start LIKE ? "
        "GROUP BY contract_id, m ORDER BY n DESC, m LIMIT 1", (f"{year}-%",)).fetchone()
    return row[0], row[1]


def fig_nights_pdf(b: Bench) -> list[Result]:
    """Judged: the first report of a session (fresh interpreter: imports, fonts, rules loaded on
    first use), against the first "hello" PDF of a fresh interpreter (import reportlab + render).
    Also measured and written in the detail: the same report made again in a warm session against
    a warm "hello" (sub-millisecond)."""
    title = "monthly nights report PDF (first of a session)"
    try:
        from aflastapp.services import documents

        s = b.demo_session()
        _, last = demo_span(s)
        contract_id, period = busiest_month(s, last.year - 1)
        demo = str(b.demo_dir())
        size = [0.0]
        b.release_demo()  # the worker opens the diary for writing (it stores the document)

        def cold() -> float:
            out = worker(b, "nights", demo, contract_id, period)
            size[0] = out["bytes"]
            timing: float = out["timing"]
            return timing

        def cold_floor() -> float:
            timing: float = worker(b, "hello")["timing"]
            return timing

        fig, flo = interleaved(b.runs, cold, cold_floor)

        def warm() -> float:
            with stopwatch() as t:
                documents.generate(s, "nights_report", contract_id=contract_id, period=period)
            return t[0]

        def warm_floor() -> float:
            with stopwatch() as t:
                pdf = hello_pdf()
            assert pdf.startswith(b"%PDF")
            return t[0]

        s = b.demo_session()
        wfig, wflo = interleaved(b.runs, warm, warm_floor)
    except Exception as e:
        return [failure("nights_pdf", title, NIGHTS_PDF, e)]
    from bench.run import format_value, median

    wm, wf = median(wfig), median(wflo)
    return [Result("nights_pdf", title, NIGHTS_PDF, samples=fig, floor_samples=flo,
                   floor_title='first reportlab one-page "hello" PDF of a fresh interpreter '
                               "(import reportlab + render, Helvetica)",
                   detail=f"services.documents.generate('nights_report') for {contract_id} {period} in a "
                          f"fresh interpreter after unlock (the import of services.documents is timed), "
                          f"stored encrypted ({size[0] / 1024:.0f} KB); made again in a warm session: "
                          f"{format_value(wm, 's')} vs a warm hello {format_value(wf, 's')} "
                          f"({wm / wf:.0f}×)")]


# --------------------------------------------------------------------------- preview and deadlines

PREVIEW = Target("abs", 0.100)
DEADLINES = Target("abs", 0.100)


def fig_preview(b: Bench) -> list[Result]:
    title = "preview every month, 10 years × 3 children"
    try:
        from aflastapp.services import overview

        s = b.demo_session()
        first, last = demo_span(s)
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        months = min(months, DEMO_YEARS * 12)
        start = date(last.year, last.month, 1)
        for _ in range(months - 1):
            start = (start - timedelta(days=1)).replace(day=1)
        count = [0]

        def figure() -> float:
            s.cache.clear()  # as after any write: snapshot and the engine's per-snapshot cache rebuilt
            with stopwatch() as t:
                res = overview.preview_range(s, start, months)
            count[0] = sum(len(m.contracts) for m in res)
            assert len(res) == months, len(res)
            return t[0]

        fig, _ = interleaved(b.runs, figure)

        def cached() -> float:
            with stopwatch() as t:
                overview.preview_range(s, start, months)
            return t[0]

        warm, _ = interleaved(b.runs, cached)
    except Exception as e:
        return [failure("preview", title, PREVIEW, e)]
    from bench.run import format_value, median

    return [Result("preview", title, PREVIEW, samples=fig,
                   detail=f"services.overview.preview_range over {months} months from {start:%Y-%m} "
                          f"({count[0]} contract-months), session open; timed from an empty session cache "
                          f"(as after any write: snapshot read from the database, then every month computed)"
                          f"; again with everything cached: {format_value(median(warm), 's')}")]


def fig_deadlines(b: Bench) -> list[Result]:
    title = "deadlines over 10 years"
    try:
        from aflastapp.services import overview

        s = b.demo_session()
        first, last = demo_span(s)
        n = [0]

        def figure() -> float:
            s.cache.clear()  # as after any write
            with stopwatch() as t:
                res = overview.deadlines(s, start=first, end=last, include_done=True, today=last)
            n[0] = len(res)
            return t[0]

        fig, _ = interleaved(b.runs, figure)
    except Exception as e:
        return [failure("deadlines", title, DEADLINES, e)]
    return [Result("deadlines", title, DEADLINES, samples=fig,
                   detail=f"services.overview.deadlines {first} … {last}, include_done ({n[0]} deadlines), "
                          "timed from an empty session cache (snapshot read from the database)")]


# --------------------------------------------------------------------------- receipts and the claim

RECEIPTS_TARGET = Target("abs", 6.0)
CLAIM = Target("abs", 2.0)


def make_receipts(folder: Path, n: int) -> list[Path]:
    """n photo-like 12 MP JPEGs with camera EXIF and a GPS position (what a phone writes)."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    w, h = RECEIPT_SIZE
    base = Image.merge("RGB", (
        Image.linear_gradient("L").resize((w, h)),
        Image.radial_gradient("L").resize((w, h)),
        Image.effect_noise((w, h), 40),
    ))
    paths = []
    for i in range(n):
        img = base.copy()
        draw = ImageDraw.Draw(img)
        draw.rectangle((800, 300, 3200, 2700), fill=(245, 245, 240))
        for line in range(40):
            y = 400 + line * 55
            draw.rectangle((900, y, 900 + ((i * 37 + line * 91) % 2000), y + 25), fill=(30, 30, 30))
        exif = Image.Exif()
        exif[0x010F] = "BenchCam"  # Make
        exif[0x0110] = "Phone 12"  # Model
        exif[0x0132] = "2026:03:07 12:00:00"  # DateTime
        gps = exif.get_ifd(0x8825)
        gps[1] = "N"
        gps[2] = (55.0, 40.0, 12.5)
        gps[3] = "E"
        gps[4] = (12.0, 34.0, 56.7)
        p = folder / f"kvittering-{i + 1:02d}.jpg"
        img.save(p, "JPEG", quality=90, exif=exif)
        paths.append(p)
    return paths


def new_expense(s: Any, contract_id: str, day: date, n: int) -> Any:
    from aflastapp.services import expenses

    return expenses.add_expense(s, contract_id=contract_id, date=day, category="activity",
                                description=f"Udflugt {n}", amount=Decimal("120.00"), approval="B-123")


def fig_receipts(b: Bench) -> list[Result]:
    title = "attach 30 receipt photos of 12 MP"
    claim_title = "expense claim PDF with those 30 receipts"
    try:
        from aflastapp.services import expenses

        paths = b.receipts()
        mb = sum(p.stat().st_size for p in paths) / 2**20
        stored = [0]

        def figure() -> float:
            s, contract_id = b.new_session("receipts")
            e = new_expense(s, contract_id, date(2026, 3, 7), 1)
            with stopwatch() as t:
                for p in paths:
                    expenses.attach_file(s, e.id, p)
            atts = expenses.attachments(s, e.id)
            assert len(atts) == RECEIPTS, len(atts)
            stored[0] = sum(len(a.data) for a in atts)
            if b._claim is not None:
                close_session(b._claim[0])
            b._claim = (s, contract_id, "2026-03")
            return t[0]

        fig, _ = interleaved(min(b.runs, 5), figure)
        res = [Result("receipts", title, RECEIPTS_TARGET, samples=fig,
                      detail=f"expenses.attach_file × {RECEIPTS} ({RECEIPT_SIZE[0]}×{RECEIPT_SIZE[1]} JPEG "
                             f"with EXIF GPS, {mb:.0f} MB in all → {stored[0] / 2**20:.1f} MB stored) into a "
                             "fresh diary; time in the services layer (the GUI runs it in the background "
                             "with a progress dialog)")]
    except Exception as e:
        return [failure("receipts", title, RECEIPTS_TARGET, e), failure("claim_pdf", claim_title, CLAIM, e)]
    try:
        from aflastapp.services import documents

        assert b._claim is not None
        s, contract_id, period = b._claim
        size = [0]

        def claim() -> float:
            with stopwatch() as t:
                doc = documents.generate(s, "expense_claim", contract_id=contract_id, period=period)
            size[0] = len(documents.get_pdf(s, doc.id))
            return t[0]

        fig, _ = interleaved(b.runs, claim)
        res.append(Result("claim_pdf", claim_title, CLAIM, samples=fig,
                          detail=f"services.documents.generate('expense_claim') for {period}, 30 receipts "
                                 f"({size[0] / 2**20:.1f} MB PDF)"))
    except Exception as e:
        res.append(failure("claim_pdf", claim_title, CLAIM, e))
    return res


# --------------------------------------------------------------------------- GUI interactions

CLICK = Target("abs", 0.100)


GUI_TITLES = ("switch dashboard month", "switch calendar month", "open a stay dialog")


def fig_gui(b: Bench) -> list[Result]:
    b.release_demo()  # the GUI child opens the diary for writing
    try:
        from bench import gui_figures
    except Exception as e:
        return [failure(f"gui_{i}", t, CLICK, e) for i, t in enumerate(GUI_TITLES)]
    return gui_figures.measure(b, CLICK, GUI_TITLES)


# --------------------------------------------------------------------------- the list

FIGURES: list[tuple[str, str, Callable[[Bench], list[Result]]]] = [
    ("startup", "first paint, dashboard and peak memory (subprocesses)", fig_startup),
    ("unlock", "unlock", fig_unlock),
    ("trips", "10,000 trips", fig_trips),
    ("nights_pdf", "nights report PDF", fig_nights_pdf),
    ("preview", "preview 10 years × 3 children", fig_preview),
    ("deadlines", "deadlines over 10 years", fig_deadlines),
    ("gui", "dashboard month, calendar month, stay dialog", fig_gui),
    ("receipts", "30 receipts and the expense claim", fig_receipts),
]

__all__ = ["FIGURES", "ROOT", "Bench"]
