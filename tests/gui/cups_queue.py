"""A real CUPS print queue for the printing tests: a private ``cupsd`` with a cups-pdf printer.

The scheduler runs from a temp folder (its own config, spool and socket), so the machine's own CUPS
is never touched; ``CUPS_SERVER`` points ``lp`` and Qt at its socket. cups-pdf reads its output
folder from ``/etc/cups/cups-pdf-<queue>.conf`` (a path compiled into the backend), written for the
test's queue and removed afterwards. cups-pdf runs as root (its backend is mode 0700), so the tests
need root, as CI has; ``.ci/run`` installs cups, printer-driver-cups-pdf and poppler-utils.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF_DIR = Path("/etc/cups")


@dataclass
class Queue:
    name: str
    socket: Path
    out: Path  # where cups-pdf writes each printed job as a PDF
    spool: Path  # the jobs as CUPS received them (kept: PreserveJobFiles)
    log: Path

    def wait_for_output(self, title: str = "", *, before: set[Path] | None = None,
                        timeout: float = 90.0) -> Path:
        """The PDF cups-pdf wrote for the next job: a file not in ``before`` (whose name starts
        with ``title``, if given), once it has stopped growing."""
        deadline = time.monotonic() + timeout
        prefix = title.replace(" ", "_")
        known = before or set()
        while time.monotonic() < deadline:
            found = [p for p in self.out.rglob("*.pdf") if p not in known and p.name.startswith(prefix)]
            if found and _settled(found[0]):
                return found[0]
            time.sleep(0.3)
        errors = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
        raise AssertionError(f"cups-pdf wrote nothing for {title!r} in {timeout:.0f} s\n{errors}")

    def spooled(self) -> list[Path]:
        return sorted(p for p in self.spool.glob("d*") if p.is_file())


def _settled(path: Path) -> bool:
    """Ghostscript has finished the file: it ends with %%EOF and has stopped growing."""
    size = path.stat().st_size
    time.sleep(0.5)
    if size == 0 or path.stat().st_size != size:
        return False
    with path.open("rb") as f:
        f.seek(max(0, size - 64))
        return b"%%EOF" in f.read()


def missing() -> list[str]:
    """What the machine lacks for a real queue (empty: ready)."""
    out = []
    if not Path(CUPSD).exists():
        out.append("cups (cupsd)")
    if not BACKEND.exists() or not PPD.exists():
        out.append("printer-driver-cups-pdf")
    for tool in ("lp", "lpadmin", "pdfinfo", "pdftotext"):
        if shutil.which(tool) is None:
            out.append(tool)
    if os.geteuid() != 0:
        out.append("root (the cups-pdf backend runs as root)")
    return out


def start() -> Iterator[Queue]:
    """Start the private scheduler and the queue; stop and clean up afterwards.

    Its folder is made in the system's temp folder, not pytest's: CUPS's filters run as the ``lp``
    user and must reach the scheduler's temp folder (pytest's base folder is private to its owner).
    """
    lacking = missing()
    assert not lacking, "the printing test needs: " + ", ".join(lacking) + " (see .ci/run)"
    root = Path(tempfile.mkdtemp(prefix="aflastapp-cups-"))
    name = f"aflastapp-test-{secrets.token_hex(3)}"
    etc, spool, tmp, out, log = (root / d for d in ("etc", "spool", "tmp", "out", "log"))
    for d in (etc, spool, tmp, out, log, root / "cache", root / "state"):
        d.mkdir(parents=True, exist_ok=True)
    for d in (tmp, out):
        d.chmod(0o1777)  # filters run as the lp user; cups-pdf writes here
    root.chmod(0o755)
    sock = root / "cups.sock"
    (etc / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel info\nBrowsing No\nWebInterface No\nPreserveJobFiles Yes\n"
        "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    (etc / "cups-files.conf").write_text(
        f"ServerRoot {etc}\nRequestRoot {spool}\nTempDir {tmp}\nCacheDir {root / 'cache'}\n"
        f"StateDir {root / 'state'}\nAccessLog {log / 'access_log'}\nErrorLog {log / 'error_log'}\n"
        f"PageLog {log / 'page_log'}\nSystemGroup root\n"
    )
    conf = CUPS_PDF_CONF_DIR / f"cups-pdf-{name}.conf"
    conf.write_text(f"Out {out}\nAnonDirName {out}\nLabel 0\n")  # removed afterwards
    proc = subprocess.Popen(
        [CUPSD, "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "CUPS_SERVER": str(sock)}
    try:
        deadline = time.monotonic() + 30
        while not sock.exists():
            assert proc.poll() is None and time.monotonic() < deadline, "cupsd did not start"
            time.sleep(0.1)
        subprocess.run(["lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}", "-P", str(PPD)],
                       env=env, check=True, capture_output=True, timeout=60)
        yield Queue(name, sock, out, spool, log / "error_log")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
