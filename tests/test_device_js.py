"""The device's js logic, run by Node's own test runner (max_for_live/tests/*.test.js)."""

import shutil
import subprocess
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent.parent / "max_for_live" / "tests"


@pytest.mark.node
@pytest.mark.skipif(shutil.which("node") is None,
                    reason="Node.js (20 or later) is not installed: the js tests need `node --test` "
                           "(apt install nodejs)")
def test_js_logic_under_node():
    files = sorted(str(p) for p in TESTS.glob("*.test.js"))
    assert files
    result = subprocess.run(["node", "--test", "--test-reporter=spec", *files], capture_output=True, text=True,
                            timeout=120)  # spec: the failures are repeated at the end, which the message keeps
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
