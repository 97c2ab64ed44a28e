"""The ``aflastapp`` command run in-process, as a family's command line would run it.

``App(root, name).run(*args, code=0)`` calls ``aflastapp.cli.main(argv)`` with the app's own data
folder (``AFLASTAPP_DATA_DIR``) and its own in-memory keyring (so two ``App`` objects are two
machines), captures stdout and stderr, checks the exit code and that no traceback was printed,
and returns what a ``subprocess.run`` would (``returncode``, ``stdout``, ``stderr``).

In-process keeps the suite fast (a subprocess pays ~0.5 s of interpreter and import start-up per
command); the few tests that need a real process (the import graph of a fresh interpreter, the
console's code page, the installed entry point) still start one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring

from tests.support.keyrings import MemoryKeyring


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """``values`` set in ``os.environ`` (and every other ``AFLASTAPP_*`` removed) for the call."""
    saved = dict(os.environ)
    for key in [k for k in os.environ if k.startswith("AFLASTAPP_")]:
        del os.environ[key]
    os.environ.update(values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


class App:
    """One machine's ``aflastapp``: its data folder and its keychain."""

    def __init__(self, root: Path, name: str = "a", env: dict[str, str] | None = None,
                 data: Path | None = None) -> None:
        self.data = data or root / f"data-{name}"
        self.keyring = MemoryKeyring()
        self.env = {"AFLASTAPP_DATA_DIR": str(self.data), **(env or {})}

    def run(self, *args: str, code: int = 0) -> Result:
        from aflastapp import cli

        out, err = io.StringIO(), io.StringIO()
        previous = keyring.get_keyring()
        keyring.set_keyring(self.keyring)
        try:
            with _environment(self.env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                returncode = cli.main(list(args))
        finally:
            keyring.set_keyring(previous)
        r = Result(returncode, out.getvalue(), err.getvalue())
        assert r.returncode == code, f"exit {r.returncode}\n{r.stdout}\n{r.stderr}"
        assert "Traceback" not in r.stderr
        return r

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args).stdout)
