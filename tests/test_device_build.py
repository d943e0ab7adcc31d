"""The committed device files are what a fresh build makes, byte for byte."""

import json
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from padfusion.max_for_live import build

ROOT = Path(__file__).resolve().parent.parent
DEVICE_DIR = ROOT / "max_for_live"
BUILT = ("PadFusion.amxd", "PadFusion.maxpat", "padfusion.js")  # padfusion.js: its protocol table


def read_chunks(blob: bytes) -> list[tuple[bytes, bytes]]:
    """Split an .amxd into (tag, data) chunks; written apart from the build, to check it."""
    chunks = []
    while blob:
        assert len(blob) >= 8, "truncated chunk header"
        tag, size = blob[:4], struct.unpack("<I", blob[4:8])[0]
        assert len(blob) >= 8 + size, f"chunk {tag!r} is truncated"
        chunks.append((tag, blob[8:8 + size]))
        blob = blob[8 + size:]
    return chunks


def read_frozen(ptch: bytes) -> dict[str, tuple[bytes, bytes, int]]:
    """A frozen device's files: name -> (type, data, flag), read by the layout of Ableton's maxdevtools (maxdiff's
    frozen-device reader), apart from the build."""
    assert ptch[:4] == b"mx@c"
    header, footer = struct.unpack(">IQ", ptch[4:16])
    assert header == 16 and ptch[footer:footer + 4] == b"dlst"
    assert struct.unpack(">I", ptch[footer + 4:footer + 8])[0] == len(ptch) - footer
    files, entry = {}, footer + 8
    while entry < len(ptch):
        assert ptch[entry:entry + 4] == b"dire"
        end = entry + struct.unpack(">I", ptch[entry + 4:entry + 8])[0]
        fields, at = {}, entry + 8
        while at < end:
            size = struct.unpack(">I", ptch[at + 4:at + 8])[0]
            fields[ptch[at:at + 4]] = ptch[at + 8:at + size]
            at += size
        offset, size, flag = (struct.unpack(">I", fields[tag])[0] for tag in (b"of32", b"sz32", b"flag"))
        files[fields[b"fnam"].rstrip(b"\0").decode()] = (fields[b"type"], ptch[offset:offset + size], flag)
        entry = end
    return files


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory):
    """Build from a copy of the sources, without the built files (padfusion.js with an empty protocol table),
    with the real command."""
    work = tmp_path_factory.mktemp("device")
    shutil.copytree(DEVICE_DIR, work / "max_for_live",
                    ignore=shutil.ignore_patterns("*.amxd", "*.maxpat", "__pycache__", "node_modules"))
    script = work / "max_for_live" / "padfusion.js"
    script.write_text(re.sub(r"^var PROTOCOL = .*?^};$", "var PROTOCOL = {};", script.read_text(), flags=re.M | re.S))
    assert "var PROTOCOL = {};" in script.read_text()
    for _ in range(2):  # twice: the second build must not differ from the first
        result = subprocess.run([sys.executable, "-m", "max_for_live.build"], cwd=work, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    return work / "max_for_live"


@pytest.mark.parametrize("name", BUILT)
def test_committed_file_equals_a_fresh_build(fresh_build, name):
    assert (fresh_build / name).read_bytes() == (DEVICE_DIR / name).read_bytes(), \
        f"max_for_live/{name} is stale: run `make device` and commit it"


def test_the_device_is_a_frozen_instrument_carrying_the_patcher_and_its_scripts():
    chunks = read_chunks((DEVICE_DIR / "PadFusion.amxd").read_bytes())
    assert [tag for tag, _ in chunks] == [b"ampf", b"meta", b"ptch"]
    (_, kind), (_, meta), (_, ptch) = chunks
    assert kind == b"iiii"
    assert meta == bytes(4)
    files = read_frozen(ptch)
    assert list(files) == ["PadFusion.amxd", "liveapi_sampler.js", "padfusion.js"]
    kind, patcher, flag = files["PadFusion.amxd"]
    assert (kind, flag) == (b"JSON", 0x11) and patcher.endswith(b"\n\0")
    assert json.loads(patcher[:-1]) == json.loads((DEVICE_DIR / "PadFusion.maxpat").read_text())
    for script in ("liveapi_sampler.js", "padfusion.js"):
        assert files[script] == (b"TEXT", (DEVICE_DIR / script).read_bytes(), 0), "the script as it is beside"
    loaded = {box["box"]["text"].split()[1] for box in json.loads(patcher[:-1])["patcher"]["boxes"]
              if box["box"].get("text", "").startswith("js ")}
    assert loaded == {"liveapi_sampler.js", "padfusion.js"}, "every script a js object loads is frozen in"


def test_the_script_carries_the_daemons_protocol():
    """In padfusion.js itself, not in an included file that a frozen device would leave behind."""
    from padfusion.bridge import requests

    text = (DEVICE_DIR / "padfusion.js").read_text()
    table = re.search(r"^var PROTOCOL = (.*?^});$", text, re.M | re.S)[1]
    assert json.loads(table) == json.loads(json.dumps(requests.describe()))
    assert not (DEVICE_DIR / "protocol.js").exists()


def test_a_script_without_its_protocol_markers_is_refused(tmp_path):
    shutil.copytree(DEVICE_DIR, tmp_path / "max_for_live", ignore=shutil.ignore_patterns("__pycache__", "node_modules"))
    script = tmp_path / "max_for_live" / "padfusion.js"
    script.write_text(script.read_text().replace("// ---- end of protocol ----", ""))
    result = subprocess.run([sys.executable, "-m", "max_for_live.build"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1
    assert "padfusion.js lacks the lines" in result.stderr


@pytest.mark.slow
def test_padfusion_device_says_where_the_device_is_and_copies_it(tmp_path):
    from conftest import run_cli

    assert Path(run_cli("device", cwd=tmp_path).stdout.strip()) == build.DEVICE
    copied = Path(run_cli("device", "--copy", tmp_path / "Live", cwd=tmp_path).stdout.strip())
    assert copied == tmp_path / "Live" / "PadFusion.amxd" and copied.read_bytes() == build.DEVICE.read_bytes()
    assert {p.name for p in copied.parent.iterdir()} == {"PadFusion.amxd"}, "frozen: one file is the device"
    assert read_frozen(read_chunks(copied.read_bytes())[2][1])["padfusion.js"][1] == \
        (build.DEVICE.parent / "padfusion.js").read_bytes()
    assert run_cli("device", "--copy", tmp_path / "Live", cwd=tmp_path).returncode == 0  # the same file again

    copied.write_bytes(b"a device the user froze and edited")  # not replaced without --overwrite
    refused = run_cli("device", "--copy", tmp_path / "Live", cwd=tmp_path, check=False)
    assert refused.returncode != 0 and "--overwrite" in refused.stderr
    run_cli("device", "--copy", tmp_path / "Live", "--overwrite", cwd=tmp_path)
    assert copied.read_bytes() == build.DEVICE.read_bytes()
