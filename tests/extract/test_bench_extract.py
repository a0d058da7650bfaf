"""bench_extract.py runs to the end at a tiny size, this checkout beside a git ref, and prints figures."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.benchmarks
def test_bench_extract_smoke_run(shared):
    critics = shared / "data" / "reviews" / "critics"
    if not critics.is_dir():
        pytest.skip("no shared critics corpus")
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_extract.py"), "--limit", "20",
                          "--repeat", "1", "--baseline", "HEAD", str(critics)],
                         capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    rows = re.findall(r"^\| (this checkout|baseline HEAD) \| 20 \| (\d+) \|", run.stdout, re.MULTILINE)
    assert [name for name, _ in rows] == ["this checkout", "baseline HEAD"] and all(int(s) > 0 for _, s in rows)
    assert re.search(r"speed ratio this checkout / baseline: \d+\.\d\d", run.stdout)
