"""The output folder: its layout, history, undo, keep, the index, atomic writes, the history cap, the lock that
keeps a second daemon out, and recovery after a crash; first on its own, then under a running daemon (a folder
watcher only ever sees whole WAVs, a broken disk is an error), then across kills and restarts of real
`padfusion serve` processes."""

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import soundfile as sf
import torch
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from padfusion.bridge import output
from padfusion.bridge.client import OscClient
from padfusion.bridge.output import OutputFolder, is_under
from bridge_support import DEVICE, PADS, assert_complete_wav, read_index, wait_until, write_presets
from conftest import run_cli
from padfusion.core.oneshot import LENGTH
from padfusion.model import audio

ROOT = Path(__file__).resolve().parents[1]


def wav_bytes(level: float) -> bytes:
    return audio.wav_bytes(torch.full((2, LENGTH), level))


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


def test_keep_of_a_named_file_copies_exactly_that_file(folder, tmp_path):
    first = add(folder, "kick", 1, 0.1)
    add(folder, "kick", 2, 0.2)  # the pad now plays another
    kept = folder.keep("kick", str(first.relative_to(folder.root)))
    assert kept == folder.root / "kept" / "kick" / first.name and level_of(kept) == 0.1
    outside = tmp_path / "elsewhere.wav"
    outside.write_bytes(wav_bytes(0.5))
    for file in (str(outside), "history/kick/gone.wav", "../elsewhere.wav"):
        with pytest.raises(LookupError):
            folder.keep("kick", file)


def test_pinned_samples_outlive_the_history_cap_and_pinning_twice_is_once(tmp_path):
    folder = OutputFolder(tmp_path / "out", history_limit=2)
    folder.prepare(["kick"])
    first = add(folder, "kick", 1, 0.1)
    pinned = folder.pin("kick", str(first))
    assert pinned == folder.root / "pinned" / "kick" / first.name and folder.pin("kick", str(first)) == pinned
    assert folder.pin("kick", str(pinned)) == pinned, "a pinned file is its own pin"
    for seed in range(2, 6):
        add(folder, "kick", seed, 0.2)
    assert not first.exists() and level_of(pinned) == 0.1
    folder.release()
    again = OutputFolder(tmp_path / "out", history_limit=2)
    again.prepare(["kick"])  # recovery leaves pinned/ alone
    assert level_of(pinned) == 0.1
    with pytest.raises(LookupError):
        again.pin("kick", str(first))


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


@pytest.mark.slow
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


# The pad's current sample after a restart, orphans, nested folders, durable renames ----------------------------

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


# The output folder of a running daemon -------------------------------------------------------------------

def test_a_folder_watcher_only_ever_sees_complete_wavs(daemon, client):
    seen, problems = [], []
    caught_up = threading.Event()
    last = daemon.output.root / "watcher-caught-up"  # made after every sample: once it is seen, they all were

    class Check(FileSystemEventHandler):
        def on_any_event(self, event):
            path = event.dest_path or event.src_path
            if str(path) == str(last):
                caught_up.set()
                return
            if event.is_directory or event.event_type == "deleted" or not str(path).endswith(".wav"):
                return
            try:
                assert_complete_wav(path)
                seen.append(path)
            except Exception as e:  # noqa: BLE001 - any failure to read is what this test looks for
                problems.append(f"{event.event_type} {path}: {e}")

    observer = Observer()
    observer.schedule(Check(), str(daemon.output.root), recursive=True)
    observer.start()
    try:
        for pad in PADS:
            client.ask("generate", pad, expect="ready", pad=pad)
        for round_ in range(3):
            for pad in PADS:
                client.send("generate", pad)  # from the pool where it can
            client.send("generate", "kick", round_, 4)
            client.send("variation", "snare", 0.5)
            client.send("undo", "hihat")
            client.send("keep", "perc")
            time.sleep(0.1)  # the rounds spread over the writes
        wait_until(lambda: client.status()[:3] == ["idle", DEVICE, 0], what="idle")
        last.touch()
        assert caught_up.wait(10), "the watcher never saw the last file"
    finally:
        observer.stop()
        observer.join()
    assert not problems
    assert {str(daemon.output.root / f"{pad}.wav") for pad in PADS} <= set(map(str, seen))


def test_a_full_or_broken_disk_is_an_error_not_a_crash(daemon, client):
    history = daemon.output.root / "history" / "kick"
    shutil.rmtree(history)
    history.write_text("not a folder")  # writes under it now fail as they would on a broken disk
    pad, code, message = client.ask("generate", "kick", 3, expect="error", pad="kick")
    assert code == "disk" and str(daemon.output.root) in message
    assert not list(daemon.output.root.rglob("*.partial"))
    history.unlink()
    history.mkdir()
    assert client.ask("generate", "kick", 3, expect="ready")[2] == 3


def test_a_failed_history_write_is_error_disk_and_no_ready(serve, client):
    daemon = serve(pool_depth=0)
    history = daemon.output.root / "history" / "kick"
    shutil.rmtree(history)
    history.write_text("not a folder")
    client.send("generate", "kick", 3)
    reply, params = client.recv(60)
    assert (reply, params[:2]) == ("error", ["kick", "disk"])
    assert client.drain(1.0) == []  # and no ready


def test_history_is_capped_and_kept_samples_stay(serve, client):
    daemon = serve(history_limit=3, pool_depth=0)
    first = client.ask("generate", "kick", 1, expect="ready")[1]
    kept = client.ask("keep", "kick", expect="kept")[1]
    for seed in range(2, 6):
        client.ask("generate", "kick", seed, expect="ready")
    history = sorted(p.name for p in (daemon.output.root / "history" / "kick").iterdir())
    assert len(history) == 3 and history[-1].endswith("_seed5.wav")
    assert not Path(first).exists() and Path(kept).is_file()


def test_a_sample_asked_with_pin_is_named_by_its_pinned_copy_and_outlives_the_cap(serve, client):
    daemon = serve(history_limit=2, pool_depth=0)
    id_, pin = 7, 1
    ready = client.ask("generate", "kick", 1, 0, id_, pin, expect="ready")
    pinned = Path(ready[1])
    assert pinned.parent == daemon.output.root / "pinned" / "kick" and ready[-1] == id_
    for seed in range(2, 6):  # other clients fill history before this one stores what it got
        client.ask("generate", "kick", seed, expect="ready")
    assert not (daemon.output.root / "history" / "kick" / pinned.name).exists() and pinned.is_file()
    assert_complete_wav(pinned)


def test_a_keep_while_a_sample_is_indexed_keeps_the_sample_announced_before(serve, client, monkeypatch):
    """Keep is answered on the OSC thread while the worker writes: here it comes in at the index write, every
    time, rather than once in a thousand presses."""
    daemon = serve(steps=2, pool_depth=0)
    heard = client.ask("generate", "kick", 1, expect="ready")[1]
    keeper, kept = OscClient(daemon.osc.port), []
    append = daemon.output._append_index

    def index_write_with_a_keep_meanwhile(*records):
        kept.append(keeper.ask("keep", "kick", expect="kept", timeout=10)[1])
        append(*records)

    monkeypatch.setattr(daemon.output, "_append_index", index_write_with_a_keep_meanwhile)
    try:
        made = client.ask("generate", "kick", 2, expect="ready")[1]
    finally:
        keeper.close()
    assert kept == [str(daemon.output.root / "kept" / "kick" / Path(heard).name)]
    assert Path(kept[0]).read_bytes() == Path(heard).read_bytes()
    assert (daemon.output.root / "kick.wav").read_bytes() == Path(made).read_bytes()


def test_the_lock_survives_the_folder_being_removed_and_made_again(process, client, tmp_path, tiny_model):
    daemon = process()
    out = tmp_path / "out"
    shutil.rmtree(out)
    out.mkdir()
    lock = out / output.LOCK_NAME
    wait_until(lambda: lock.is_file() and lock.read_text().strip() == str(daemon.proc.pid), timeout=10,
               what="the daemon to lock it again")
    presets = write_presets(tmp_path / "presets", tiny_model)
    second = run_cli("serve", "--out", out, "--osc-port", "0", "--midi", "none", "--preset", *presets, check=False)
    assert second.returncode == 2 and f"another PadFusion daemon (pid {daemon.proc.pid})" in second.stderr
    assert client.ask("generate", "kick", 3, expect="ready")[1].startswith(str(out / "history" / "kick"))
    assert daemon.signal() == 0


# Across kills and restarts of `padfusion serve`: what the pad plays is what Keep keeps and what Undo steps back
# from, and a sample killed before its index line is never served ----------------------------------------------

@pytest.fixture
def kick_preset(tmp_path, tiny_model):
    return write_presets(tmp_path / "presets", tiny_model, pads=("kick",), steps=2)


def test_keep_after_undo_and_a_restart_keeps_what_the_pad_plays(tmp_path, kick_preset, client, process):
    out = tmp_path / "out"
    daemon = process(kick_preset, "--pool-depth", "0")
    first = client.ask("generate", "kick", 1, expect="ready")[1]
    client.ask("generate", "kick", 2, expect="ready")
    assert client.ask("undo", "kick", expect="ready")[1:3] == [first, 1]
    assert daemon.signal(signal.SIGKILL) == -signal.SIGKILL

    daemon = process(kick_preset, "--pool-depth", "0")
    kept = client.ask("keep", "kick", expect="kept")[1]
    assert Path(kept).read_bytes() == (out / "kick.wav").read_bytes() == Path(first).read_bytes()
    assert client.ask("undo", "kick", expect="error")[:2] == ["kick", "no_sample"]  # nothing before the first
    assert daemon.signal() == 0


KILLED_BEFORE_THE_INDEX_LINE = """
    import os, signal, sys
    from padfusion.bridge import output
    from padfusion.bridge.cli import main

    append = output.OutputFolder._append_index

    def killed_before_seed_2_is_indexed(self, *records):
        if any(record.get("seed") == 2 for record in records):
            os.kill(os.getpid(), signal.SIGKILL)
        append(self, *records)

    output.OutputFolder._append_index = killed_before_seed_2_is_indexed
    main(sys.argv[1:])
"""


def test_a_sample_killed_between_its_history_file_and_its_index_line_is_never_served(tmp_path, kick_preset, client,
                                                                                     process):
    out = tmp_path / "out"
    launcher = tmp_path / "killed.py"
    launcher.write_text(textwrap.dedent(KILLED_BEFORE_THE_INDEX_LINE))
    daemon = process(kick_preset, "--pool-depth", "0")  # for its config file and a free port
    daemon.signal()
    killed = subprocess.Popen([sys.executable, str(launcher), *daemon.proc.args[3:]], stdout=subprocess.DEVNULL,
                              stderr=subprocess.STDOUT)
    try:
        client.ask_again("ping", "pong", timeout=60)
        heard = client.ask("generate", "kick", 1, expect="ready", timeout=60)
        client.send("generate", "kick", 2)
        assert killed.wait(60) == -signal.SIGKILL
    finally:
        killed.kill()
    assert len(list((out / "history" / "kick").glob("*_seed2.wav"))) == 1  # written, never indexed nor announced

    daemon = process(kick_preset, "--pool-depth", "0")
    assert [p.name for p in (out / "history" / "kick").iterdir()] == [Path(heard[1]).name]
    assert [line["seed"] for line in read_index(out)] == [heard[2]]
    kept = client.ask("keep", "kick", expect="kept")[1]
    assert Path(kept).name == Path(heard[1]).name and Path(kept).read_bytes() == Path(heard[1]).read_bytes()
    assert (out / "kick.wav").read_bytes() == Path(heard[1]).read_bytes()
    assert client.ask("undo", "kick", expect="error")[:2] == ["kick", "no_sample"]
    assert daemon.signal() == 0
