"""The output folder on its own: history, undo, keep, the index, and recovery after a crash."""

import io
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import soundfile as sf
import torch

from padfusion.bridge import output
from padfusion.bridge.output import OutputFolder, is_under
from bridge_support import LENGTH, assert_complete_wav, read_index
from padfusion.model.audio import write_wav

ROOT = Path(__file__).resolve().parents[1]


def wav_bytes(level: float) -> bytes:
    buffer = io.BytesIO()
    write_wav(buffer, torch.full((2, LENGTH), level))
    return buffer.getvalue()


def add(folder: OutputFolder, pad: str, seed: int, level: float):
    made = folder.add(pad, seed, wav_bytes(level))
    folder.commit(made, {"pad": pad, "seed": seed, "ms": 1.0})
    return made


def level_of(path) -> float:
    return round(float(sf.read(path, dtype="float32")[0][0, 0]), 3)


@pytest.fixture
def folder(tmp_path):
    folder = OutputFolder(tmp_path / "out")
    folder.prepare(["kick", "snare"])
    return folder


def test_layout(folder):
    assert {p.relative_to(folder.root).as_posix() for p in folder.root.rglob("*")} == {
        ".padfusion.lock", "history", "history/kick", "history/snare", "inbox", "inbox/kick", "inbox/snare", "kept",
        "index.jsonl"}


def test_samples_go_to_history_and_the_pad_and_the_index(folder):
    first = add(folder, "kick", 7, 0.1)
    second = add(folder, "kick", 7, 0.2)  # the same seed twice: two files, neither overwritten
    assert first != second and first.name.endswith("_seed7.wav")
    assert folder.history("kick") == [first, second]
    assert level_of(first) == 0.1 and level_of(second) == 0.2 and level_of(folder.pad_path("kick")) == 0.2
    assert_complete_wav(folder.pad_path("kick"))
    lines = read_index(folder.root)
    assert [line["path"] for line in lines] == [f"history/kick/{first.name}", f"history/kick/{second.name}"]
    assert set(lines[0]) == {"time", "pad", "seed", "ms", "path"}
    assert not list(folder.root.rglob(f"*{output.TEMP_SUFFIX}"))


def test_undo_walks_back_through_history(folder):
    for level in (0.1, 0.2, 0.3):
        add(folder, "kick", 1, level)
    assert level_of(folder.undo("kick")) == 0.2
    assert level_of(folder.pad_path("kick")) == 0.2
    folder.undo("kick")
    assert level_of(folder.pad_path("kick")) == 0.1
    with pytest.raises(LookupError, match="nothing to undo"):
        folder.undo("kick")
    add(folder, "kick", 2, 0.4)  # a new sample after undoing becomes current
    assert level_of(folder.undo("kick")) == 0.3
    with pytest.raises(LookupError):
        folder.undo("snare")


def test_keep_copies_the_current_sample_once(folder):
    with pytest.raises(LookupError, match="no sample to keep"):
        folder.keep("kick")
    add(folder, "kick", 1, 0.1)
    add(folder, "kick", 2, 0.2)
    folder.undo("kick")
    kept = folder.keep("kick")
    assert kept.parent == folder.root / "kept" / "kick" and level_of(kept) == 0.1
    assert folder.keep("kick") == kept and len(list(kept.parent.iterdir())) == 1


def test_a_restart_after_a_crash_leaves_no_temp_files_and_a_parsable_index(folder):
    add(folder, "kick", 1, 0.1)
    # what kill -9 in the middle of writes leaves: temp files in each folder, and half an index line
    for temp in (folder.root / ".kick.1a2b3c4d.partial", folder.root / "history" / "kick" / ".x.partial"):
        temp.write_bytes(b"RIFF....WAVEfmt ")
    with open(folder.index_path, "ab") as f:
        f.write(b'{"time":"2026-01-01T00:00:00","pad":"ki')
    folder.release()  # the crashed process's lock went with it
    restarted = OutputFolder(folder.root)
    restarted.prepare(["kick", "snare"])
    assert not list(folder.root.rglob("*.partial"))
    assert [line["seed"] for line in read_index(folder.root)] == [1]
    add(restarted, "kick", 2, 0.2)
    assert [line["seed"] for line in read_index(folder.root)] == [1, 2]


def test_a_second_daemon_on_the_same_folder_is_refused_and_touches_nothing(folder):
    in_flight = folder.root / ".kick.1a2b3c4d.partial"  # a write the first daemon is making right now
    in_flight.write_bytes(b"RIFF")
    second = subprocess.run([sys.executable, "-c", SECOND_DAEMON, str(folder.root)], capture_output=True, text=True,
                            cwd=ROOT)
    assert second.returncode == 3, second.stderr
    assert f"pid {os.getpid()}" in second.stdout and "another --out" in second.stdout
    assert in_flight.exists()
    folder.release()
    assert subprocess.run([sys.executable, "-c", SECOND_DAEMON, str(folder.root)], cwd=ROOT).returncode == 0
    assert not in_flight.exists()  # the next daemon cleans up what a stopped one left


SECOND_DAEMON = """
import sys
from padfusion.bridge.output import FolderBusy, OutputFolder
try:
    OutputFolder(sys.argv[1]).prepare(["kick"])
except FolderBusy as e:
    print(e)
    sys.exit(3)
"""


def test_replacing_a_file_a_sampler_holds_is_retried(folder, monkeypatch):
    """Windows refuses os.replace while another program has the target open; the write waits it out."""
    refusals = []
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith("kick.wav") and len(refusals) < 3:
            refusals.append(dst)
            raise PermissionError(13, "The process cannot access the file", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", replace)
    add(folder, "kick", 1, 0.3)
    assert len(refusals) == 3 and level_of(folder.pad_path("kick")) == 0.3
    assert not list(folder.root.rglob("*.partial"))


def test_a_failed_write_leaves_nothing_behind(folder, monkeypatch):
    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        add(folder, "kick", 1, 0.5)
    assert not list(folder.root.rglob("*.partial")) and folder.history("kick") == []
    assert not folder.pad_path("kick").exists()


def test_a_sample_whose_index_line_cannot_be_written_is_neither_the_pads_nor_in_history(folder, monkeypatch):
    first = add(folder, "kick", 1, 0.1)
    add(folder, "kick", 2, 0.2)

    def full_disk(*records):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(folder, "_append_index", full_disk)
    with pytest.raises(OSError, match="No space left"):
        add(folder, "kick", 3, 0.3)
    assert [p.name[-10:] for p in folder.history("kick")] == ["_seed1.wav", "_seed2.wav"]
    assert level_of(folder.pad_path("kick")) == 0.2 and level_of(folder.keep("kick")) == 0.2
    assert folder.undo("kick") == first


def test_index_lines_are_whole_json(folder):
    for seed in range(20):
        add(folder, "snare", seed, 0.1)
    text = folder.index_path.read_text()
    assert text.count("\n") == 20 and all(json.loads(line)["pad"] == "snare" for line in text.splitlines())


def test_is_under_resolves_links(tmp_path):
    inside = tmp_path / "out" / "a.wav"
    inside.parent.mkdir()
    inside.write_bytes(b"")
    link = tmp_path / "out" / "escape"
    link.symlink_to("/etc")
    assert is_under(inside, [tmp_path / "out"])
    assert not is_under(link / "passwd", [tmp_path / "out"])
    assert not is_under(tmp_path / "out" / ".." / "x.wav", [tmp_path / "out"])


def test_history_keeps_at_most_its_limit_and_never_the_current_or_kept_samples(tmp_path):
    folder = OutputFolder(tmp_path / "out", history_limit=3)
    folder.prepare(["kick", "snare"])
    first = add(folder, "kick", 1, 0.1)
    kept = folder.keep("kick")
    made = [add(folder, pad, seed, 0.2) for seed, pad in enumerate(["snare", "kick", "snare", "kick"], 2)]
    assert sorted(p.name for pad in ("kick", "snare") for p in folder.history(pad)) == sorted(p.name for p in made[1:])
    assert not first.exists() and level_of(kept) == 0.1  # kept/ is never pruned
    folder.undo("kick")  # the pad plays made[1] again: the oldest, yet it stays while it is current
    add(folder, "snare", 9, 0.3)
    assert made[1].exists() and not made[2].exists()
    assert len(read_index(folder.root)) == 6  # the index keeps every line


def test_keep_on_one_thread_while_another_adds_at_the_limit_always_copies_a_whole_sample(tmp_path):
    # Keep runs on the OSC thread, new samples on the worker; at the limit each new sample prunes the oldest,
    # which may be the one a Keep is copying
    folder = OutputFolder(tmp_path / "out", history_limit=1)
    folder.prepare(["kick"])
    add(folder, "kick", 0, 0.5)
    levels, errors, done = {}, [], threading.Event()
    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can, to meet the race

    def press():
        for seed in range(1, 300):
            levels[add(folder, "kick", seed, seed / 1000).name] = seed / 1000
        done.set()

    worker = threading.Thread(target=press)
    kept = 0
    try:
        worker.start()
        while not done.is_set():
            try:
                copy = folder.keep("kick")
            except Exception as e:  # noqa: BLE001 - any failure is the finding
                errors.append(repr(e))
                continue
            kept += 1
            assert level_of(copy) == pytest.approx(levels.get(copy.name, 0.5), abs=1e-4)
    finally:
        worker.join()
        sys.setswitchinterval(switching)
    assert not errors and kept > 0


def test_history_limit_0_keeps_everything(folder):
    for seed in range(6):
        add(folder, "kick", seed, 0.1)
    assert len(folder.history("kick")) == 6


def test_the_lock_is_taken_again_when_the_folder_is_removed_and_made_again(folder):
    add(folder, "kick", 1, 0.1)
    assert output.holder(folder.root) == str(os.getpid())
    shutil.rmtree(folder.root)
    folder.root.mkdir()
    assert output.holder(folder.root) is None  # the OS lock went with the removed file
    folder.keep_lock()
    assert output.holder(folder.root) == str(os.getpid())
    second = subprocess.run([sys.executable, "-c", SECOND_DAEMON, str(folder.root)], capture_output=True, text=True,
                            cwd=ROOT)
    assert second.returncode == 3, second.stderr
    assert (folder.root / "history" / "kick").is_dir() and folder.current("kick") is None
    add(folder, "kick", 2, 0.2)
    assert folder.history("kick")[-1].name.endswith("_seed2.wav")


# issue 30: the pad's current sample, orphans, nested folders, durable renames ---------------------------------

def restarted(folder: OutputFolder, pads=("kick", "snare")) -> OutputFolder:
    """The folder as the next daemon finds it (the crashed or stopped one's lock went with it)."""
    folder.release()
    again = OutputFolder(folder.root)
    again.prepare(pads)
    return again


def test_a_restart_takes_the_current_sample_from_what_the_pad_plays(folder):
    first = add(folder, "kick", 1, 0.1)
    add(folder, "kick", 2, 0.2)
    folder.undo("kick")  # the pad plays the first again
    folder = restarted(folder)
    assert folder.current("kick") == first
    assert level_of(folder.keep("kick")) == 0.1
    with pytest.raises(LookupError, match="nothing to undo"):
        folder.undo("kick")


def test_a_pad_file_that_is_no_sample_in_history_is_kept_as_itself_and_not_undone(folder):
    add(folder, "kick", 1, 0.1)
    folder.pad_path("kick").write_bytes(wav_bytes(0.7))  # e.g. its history file was deleted, or it came by hand
    folder = restarted(folder)
    assert folder.current("kick") is None
    kept = folder.keep("kick")
    assert level_of(kept) == 0.7 and folder.keep("kick") == kept
    with pytest.raises(LookupError, match="nothing to undo"):
        folder.undo("kick")  # it would lose what the pad plays, and "back" from it means nothing
    assert level_of(folder.pad_path("kick")) == 0.7


def test_undo_after_the_current_history_file_was_deleted_goes_back_not_forward(folder):
    for level in (0.1, 0.2, 0.3):
        add(folder, "kick", 1, level)
    folder.undo("kick").unlink()  # the pad plays 0.2; its history file is deleted by hand
    assert level_of(folder.undo("kick")) == 0.1
    assert level_of(folder.pad_path("kick")) == 0.1


def test_a_history_file_the_index_does_not_name_is_removed_at_start(folder):
    """What a crash between the history write and the index line leaves: a sample never announced."""
    first = add(folder, "kick", 1, 0.1)
    orphan = first.with_name("29991231-235959-999999_seed2.wav")
    orphan.write_bytes(wav_bytes(0.2))
    folder = restarted(folder)
    assert not orphan.exists() and folder.history("kick") == [first]
    assert folder.current("kick") == first and level_of(folder.keep("kick")) == 0.1
    with pytest.raises(LookupError):
        folder.undo("kick")


def test_a_missing_index_is_made_again_from_history_rather_than_history_removed(folder):
    made = [add(folder, "kick", seed, 0.1 * seed) for seed in (1, 2)]
    folder.index_path.unlink()
    folder = restarted(folder)
    assert folder.history("kick") == made
    assert [(line["path"], line["kind"]) for line in read_index(folder.root)] == [
        (f"history/kick/{p.name}", "recovered") for p in made]
    folder = restarted(folder)  # and they stay at the next start
    assert folder.history("kick") == made


def test_keep_while_a_sample_is_being_indexed_keeps_the_one_before(folder, monkeypatch):
    """A sample is the pad's only once its index line is written (and its `ready` follows): a Keep that comes
    in between, on another thread, copies the sample announced before."""
    add(folder, "kick", 1, 0.1)
    append, kept = folder._append_index, []

    def index_write_with_a_keep_meanwhile(*records):
        keeper = threading.Thread(target=lambda: kept.append(folder.keep("kick")))
        keeper.start()
        keeper.join(10)
        append(*records)

    monkeypatch.setattr(folder, "_append_index", index_write_with_a_keep_meanwhile)
    add(folder, "kick", 2, 0.2)
    assert kept and kept[0].name.endswith("_seed1.wav") and level_of(kept[0]) == 0.1
    assert level_of(folder.pad_path("kick")) == 0.2


def test_a_folder_inside_another_daemons_folder_is_refused(folder):
    in_flight = folder.root / "history" / ".x.1a2b3c4d.partial"
    in_flight.write_bytes(b"RIFF")
    inner = subprocess.run([sys.executable, "-c", SECOND_DAEMON, str(folder.root / "history" / "inner")],
                           capture_output=True, text=True, cwd=ROOT)
    assert inner.returncode == 3, inner.stderr
    assert str(folder.root) in inner.stdout and f"pid {os.getpid()}" in inner.stdout
    assert in_flight.exists() and not (folder.root / "history" / "inner").exists()


def test_a_folder_around_another_daemons_folder_is_refused_and_touches_nothing(tmp_path):
    inner = OutputFolder(tmp_path / "out" / "drums")
    inner.prepare(["kick"])
    in_flight = inner.root / ".kick.1a2b3c4d.partial"
    in_flight.write_bytes(b"RIFF")
    outer = subprocess.run([sys.executable, "-c", SECOND_DAEMON, str(tmp_path / "out")], capture_output=True,
                           text=True, cwd=ROOT)
    assert outer.returncode == 3, outer.stderr
    assert str(inner.root) in outer.stdout and f"pid {os.getpid()}" in outer.stdout
    assert in_flight.exists()
    inner.release()  # a stopped daemon's folder inside is still its own: the outer one starts, and leaves it be
    assert subprocess.run([sys.executable, "-c", SECOND_DAEMON, str(tmp_path / "out")], cwd=ROOT).returncode == 0
    assert in_flight.exists()


@pytest.mark.skipif(sys.platform != "linux", reason="/proc names the file behind a descriptor only on Linux")
def test_a_rename_is_followed_by_a_flush_of_its_folder(folder, monkeypatch):
    flushed = []
    real_fsync = os.fsync

    def fsync(fd):
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    made = add(folder, "kick", 1, 0.1)
    assert str(made.parent) in flushed and str(folder.root) in flushed  # its history file, and the pad's
