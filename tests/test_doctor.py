"""`padfusion doctor`, and how the daemon warns when it listens beyond this machine."""

import logging
import signal
import socket

import pytest

from padfusion.bridge.daemon import Daemon
from padfusion.bridge.doctor import check
from padfusion.bridge.presets import PresetError
from bridge_support import daemon_settings, free_tcp_port, running, write_presets
from conftest import run_cli


def doctor(settings):
    lines = []
    return check(settings, out=lines.append), lines


def test_doctor_passes_a_working_setup(tmp_path, tiny_model):
    settings = daemon_settings(tmp_path, write_presets(tmp_path / "presets", tiny_model), 0)
    ok, lines = doctor(settings)
    assert ok, lines
    topics = [line.split()[:2] for line in lines]
    assert ["ok", "device"] in topics and topics.count(["ok", "model"]) == 4 and ["ok", "output"] in topics
    assert ["warn", "midi"] in topics  # --midi none


def test_doctor_checks_the_page_port(tmp_path, tiny_model):
    presets = write_presets(tmp_path / "presets", tiny_model)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        for port, verdict in ((free_tcp_port(), "ok"), (taken.getsockname()[1], "FAIL"), (0, "warn")):
            _, lines = doctor(daemon_settings(tmp_path, presets, 0, web_port=port))
            assert [line.split()[0] for line in lines if line.split()[1] == "page"] == [verdict], lines


def test_doctor_names_what_would_fail(tmp_path, tiny_model):
    presets = write_presets(tmp_path / "presets", tiny_model, missing=("perc",))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the output folder should be")
    ok, lines = doctor(daemon_settings(tmp_path, presets + ("no-such-preset",), 0, out=blocked / "out"))
    assert not ok
    failures = [line for line in lines if line.startswith("FAIL")]
    assert any("perc" in line and "no-such-model-perc" in line for line in failures)
    assert any("no preset named 'no-such-preset'" in line for line in failures)
    assert any(line.split()[1] == "output" and "not writable" in line for line in failures)


def test_doctor_recognises_a_daemon_already_serving(tmp_path, tiny_model, client):
    presets = write_presets(tmp_path / "presets", tiny_model)
    with running(daemon_settings(tmp_path, presets, client.port, web_port=free_tcp_port())) as daemon:
        ok, lines = doctor(daemon_settings(tmp_path, presets, client.port, osc_port=daemon.osc.port,
                                           web_port=daemon.web.port))
    assert ok and any("a PadFusion daemon is already serving" in line for line in lines)
    assert any(line.startswith("warn  page") and "the daemon already serving" in line for line in lines)


@pytest.mark.slow
def test_doctor_tells_a_hung_daemon_from_a_live_one(process, client, tmp_path):
    daemon = process()
    presets = [str(p) for p in sorted((tmp_path / "presets").glob("*.toml"))]
    doctor = ["doctor", "--out", tmp_path / "out", "--osc-port", daemon.port, "--midi", "none", "--preset", *presets]
    live = run_cli(*doctor, check=False)
    assert "a PadFusion daemon is already serving" in live.stdout
    daemon.proc.send_signal(signal.SIGSTOP)
    try:
        hung = run_cli(*doctor, check=False)
    finally:
        daemon.proc.send_signal(signal.SIGCONT)
    assert hung.returncode == 1
    assert f"the PadFusion daemon with pid {daemon.proc.pid}" in hung.stdout and "it is hung" in hung.stdout
    assert daemon.signal() == 0


def test_listening_beyond_this_machine_is_warned_about(tmp_path, tiny_model, caplog):
    presets = write_presets(tmp_path / "presets", tiny_model, pads=("kick",))
    with caplog.at_level(logging.WARNING), running(daemon_settings(tmp_path, presets, 0, host="0.0.0.0")):
        pass
    assert any("listening on 0.0.0.0" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING), running(daemon_settings(tmp_path, presets, 0)):
        pass
    assert not any("listening on" in r.getMessage() for r in caplog.records)


def test_listening_beyond_loopback_warns_that_replies_quote_paths(tmp_path, tiny_model, client, caplog):
    presets = write_presets(tmp_path / "presets", tiny_model, pads=("kick",))
    with caplog.at_level("WARNING"), running(daemon_settings(tmp_path, presets, client.port, host="0.0.0.0")):
        pass
    warning = next(r.getMessage() for r in caplog.records if "listening on 0.0.0.0" in r.getMessage())
    assert "paths" in warning and "--host 127.0.0.1" in warning


def test_doctor_refuses_what_serve_refuses_two_presets_on_one_pad(tmp_path, tiny_model):
    presets = write_presets(tmp_path / "presets", tiny_model)
    twin = tmp_path / "presets" / "kick2.toml"
    twin.write_text(f'pad = "kick"\nmodel = "{tiny_model}"\n')
    settings = daemon_settings(tmp_path, presets + (str(twin),), 0)
    ok, lines = doctor(settings)
    assert not ok and any(line.startswith("FAIL") and "both play kick" in line for line in lines), lines
    with pytest.raises(PresetError, match="both play kick"):
        Daemon(settings)
