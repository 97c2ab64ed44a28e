"""Child process for the "first PDF of a session" figures: the parent (bench/run.py) starts a fresh
interpreter so that nothing is imported or cached yet, as when a family opens the app and makes
the month's report. What is timed is printed as JSON on stdout: {"seconds": …, "bytes": …}.

    python bench/worker.py hello
    python bench/worker.py nights DATA_DIR CONTRACT_ID PERIOD
    python bench/worker.py gui DATA_DIR SETTINGS_DIR RUNS     (the click figures, bench/gui_figures.py)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def hello() -> dict[str, float]:
    c0 = time.process_time()
    t0 = time.perf_counter()
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 770, "hello")
    c.showPage()
    c.save()
    pdf = buf.getvalue()
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "bytes": len(pdf)}


def nights(data_dir: str, contract_id: str, period: str) -> dict[str, float]:
    from aflastapp.services import session as S

    s = S.unlock(Path(data_dir))  # untimed: the diary is open before the family clicks
    try:
        c0 = time.process_time()
        t0 = time.perf_counter()
        from aflastapp.services import documents

        doc = documents.generate(s, "nights_report", contract_id=contract_id, period=period)
        seconds = time.perf_counter() - t0
        cpu = time.process_time() - c0
        size = len(documents.get_pdf(s, doc.id))
    finally:
        S.lock(s, backup=False)
    return {"seconds": seconds, "cpu": cpu, "bytes": size}


def main(argv: list[str]) -> int:
    out: dict[str, float]
    if argv[:1] == ["hello"]:
        out = hello()
    elif argv[:1] == ["nights"] and len(argv) == 4:
        out = nights(*argv[1:])
    elif argv[:1] == ["gui"] and len(argv) == 4:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from bench.gui_figures import collect

        print(json.dumps(collect(Path(argv[1]), Path(argv[2]), int(argv[3]))), flush=True)
        return 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
