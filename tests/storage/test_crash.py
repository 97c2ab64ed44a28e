"""Crash safety: a writer SIGKILLed at random points, 200+ times. After each kill the diary
opens, both integrity checks pass and every write the writer reported committed is there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.storage.helpers import REPO, check_committed_kept, diary_for_writers

KILLS = 210


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL are POSIX")
def test_sigkill_during_writes_loses_nothing_committed(data_dir: Path) -> None:
    recovery, env = diary_for_writers(data_dir)
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_writer", str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO, bufsize=1,
    )
    assert server.stdin is not None and server.stdout is not None
    rng = random.Random(20260306)
    committed: set[str] = set()
    kills = 0
    try:
        for round_no in range(1, KILLS + 1):
            server.stdin.write(f"go {round_no}\n")
            server.stdin.flush()
            first = server.stdout.readline().split()
            assert first and first[0] == "P", first
            pid = int(first[1])
            wait_commits = rng.choice([0, 0, 1, 1, 2, 3, 5, 8])
            seen = 0
            while seen < wait_commits:
                line = server.stdout.readline().split()
                assert line and line[0] == "C", line
                committed.add(line[1])
                seen += 1
            time.sleep(rng.random() * 0.004)  # land anywhere: mid-transaction, mid-fsync, mid-checkpoint
            os.kill(pid, signal.SIGKILL)
            kills += 1
            while True:  # commits reported before the kill landed count too
                line = server.stdout.readline().split()
                assert line, "the crash server died"
                if line[0] == "D":
                    break
                if line[0] == "C":
                    committed.add(line[1])
            check_committed_kept(data_dir, recovery, committed)
    finally:
        server.stdin.write("quit\n")
        server.stdin.flush()
        server.wait(timeout=60)
        server.stdin.close()  # the pipes too: a left-open pipe is a ResourceWarning (an error here)
        server.stdout.close()
    assert kills >= 200
    assert len(committed) > 100  # the writer really committed things between kills
