"""MIDI through a real JACK server (the dummy driver, no sound card): the daemon opens its virtual input with
mido's rtmidi/UNIX_JACK backend, and the tests play into it from the other side."""

import json
import os
import shutil
import subprocess
import time

import mido
import pytest
import rtmidi

from bridge_support import daemon_settings, read_index, running, write_presets

JACK = "mido.backends.rtmidi/UNIX_JACK"
pytestmark = pytest.mark.jack


def jack_running() -> bool:
    try:
        rtmidi.MidiIn(rtmidi.API_UNIX_JACK, name="padfusion-probe").delete()
        return True
    except rtmidi.SystemError:
        return False


@pytest.fixture(scope="session")
def jack():
    """A dummy-driver JACK server of this test session's own: under a name of its own, which every JACK client
    in the session opens (JACK_DEFAULT_SERVER), so that parallel test sessions and the user's server are never
    shared."""
    if not shutil.which("jackd"):
        pytest.skip("jackd is not installed (apt install jackd2): the MIDI tests need a JACK server")
    name = f"padfusion-tests-{os.getpid()}"
    server = subprocess.Popen(["jackd", "--no-realtime", "--name", name, "-d", "dummy"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("JACK_DEFAULT_SERVER", name)
        environment.setenv("JACK_NO_START_SERVER", "1")  # a client never starts a server of its own instead
        deadline = time.monotonic() + 15
        while not jack_running():
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"jackd --name {name} -d dummy did not start: {server.stderr.read().decode()[-500:]}")
            time.sleep(0.1)
        yield
        server.terminate()
        server.wait(10)


@pytest.fixture
def midi_daemon(serve, jack):
    """An in-process daemon with its virtual MIDI input open on the JACK server."""
    daemon = serve(midi="virtual", midi_backend=JACK, pool_depth=0)
    assert daemon.midi_port, "the daemon did not open its MIDI input"
    return daemon


def wait_for_connection_to(port_name: str) -> None:
    """Until JACK lists a connection to `port_name` (`jack_lsp -c` indents each port's connections)."""
    if not shutil.which("jack_lsp"):  # newer Debian moved it to jack-example-tools
        time.sleep(0.5)
        return
    deadline = time.monotonic() + 10
    while f"\n   {port_name}\n" not in subprocess.run(["jack_lsp", "-c"], capture_output=True, text=True).stdout:
        assert time.monotonic() < deadline, f"nothing connected to {port_name}"
        time.sleep(0.05)


def connected(port_name: str):
    """An output connected to the JACK port `port_name`."""
    port = mido.Backend(JACK, load=True).open_output(port_name)
    wait_for_connection_to(port_name)
    return port


@pytest.fixture
def keys(midi_daemon):
    port = connected("PadFusion:PadFusion")
    yield port
    port.close()


def note(number, velocity=100, channel=0):
    return mido.Message("note_on", note=number, velocity=velocity, channel=channel)


def cc(control, value):
    return mido.Message("control_change", control=control, value=value)


def test_notes_trigger_their_pads_and_velocity_0_is_a_note_off(midi_daemon, client, keys):
    keys.send(note(36, velocity=0))  # a note-off: nothing
    keys.send(note(38))
    assert client.wait_for("ready")[0] == "snare"  # the only ready: the kick note-off made none
    keys.send(note(42, channel=9))
    assert client.wait_for("ready")[0] == "hihat"
    keys.send(mido.Message("note_off", note=39))
    keys.send(note(39))
    assert client.wait_for("ready")[0] == "perc"
    keys.send(note(60))  # unmapped: nothing
    assert [reply for reply, _ in client.drain(0.5)] == []
    assert [line["pad"] for line in read_index(midi_daemon.output.root, 3)] == ["snare", "hihat", "perc"]


def test_the_knobs_set_steps_and_variation_strength(midi_daemon, client, keys):
    keys.send(cc(20, 3))
    keys.send(note(36))
    client.wait_for("ready", pad="kick")
    assert read_index(midi_daemon.output.root, 1)[-1]["steps"] == 3
    keys.send(cc(20, 0))  # back to the preset's steps
    keys.send(cc(21, 64))  # strength up: presses make variations of the current sample
    keys.send(note(36))
    client.wait_for("ready", pad="kick")
    line = read_index(midi_daemon.output.root, 2)[-1]
    assert (line["kind"], line["steps"], round(line["strength"], 3)) == ("variation", 4, round(64 / 127, 3))
    keys.send(cc(21, 0))
    keys.send(note(36))
    client.wait_for("ready", pad="kick")
    assert read_index(midi_daemon.output.root, 3)[-1]["kind"] == "generate"


def start_learning(client, target: str) -> None:
    """Ask for a MIDI learn, and return once the daemon is learning: it answers requests in the order they come,
    on one thread, and `learn` at once, so the learn is in place when the ping after it is answered."""
    client.send("learn", target)
    assert client.ask("ping", expect="pong") == []


def test_midi_learn_over_osc_and_it_is_remembered(midi_daemon, client, keys, tmp_path):
    start_learning(client, "kick")
    keys.send(note(60))
    assert client.wait_for("learned") == ["kick", "note", 60]
    keys.send(note(60))
    assert client.wait_for("ready")[0] == "kick"
    start_learning(client, "strength")
    keys.send(cc(74, 1))
    assert client.wait_for("learned") == ["strength", "cc", 74]
    client.send("pads")
    assert client.wait_for("pad", pad="kick")[1] == 60
    assert json.loads((tmp_path / "learned.json").read_text()) == {"kick": ["note", 60], "strength": ["cc", 74]}


def test_the_learned_map_survives_a_restart(tmp_path, tiny_model, client, jack):
    (tmp_path / "learned.json").write_text(json.dumps({"snare": ["note", 50], "hihat:decay": ["cc", 30],
                                                       "nope:decay": ["cc", 31]}))
    presets = write_presets(tmp_path / "presets", tiny_model)
    with running(daemon_settings(tmp_path, presets, client.port, midi="virtual", midi_backend=JACK)) as daemon:
        client.daemon_port = daemon.osc.port
        assert daemon.midi.map.controls == {20: "steps", 21: "strength", 30: "hihat:decay"}  # no pad nope here
        keys = connected("PadFusion:PadFusion")
        try:
            keys.send(note(50))
            assert client.wait_for("ready")[0] == "snare"
            keys.send(cc(30, 127))
            knob = client.wait_for("knob", pad="hihat")
            assert (knob[1], knob[5]) == ("decay", "0.7")
        finally:
            keys.close()


def test_an_existing_port_is_opened_by_name_prefix(tmp_path, tiny_model, client, jack):
    backend = mido.Backend(JACK, load=True)
    controller = backend.open_output("out", client_name="PadFusionTestPads")  # a "hardware" controller
    presets = write_presets(tmp_path / "presets", tiny_model)
    try:
        with running(daemon_settings(tmp_path, presets, client.port, midi="PadFusionTestPads",
                                     midi_backend=JACK)) as daemon:
            assert daemon.midi_port.startswith("PadFusionTestPads")
            wait_for_connection_to("PadFusionTestPads:out")
            controller.send(note(42))
            assert client.wait_for("ready")[0] == "hihat"
    finally:
        controller.close()


def test_a_port_that_is_not_there_is_an_error_and_osc_still_works(tmp_path, tiny_model, client, jack):
    presets = write_presets(tmp_path / "presets", tiny_model)
    with running(daemon_settings(tmp_path, presets, client.port, midi="NoSuchController",
                                 midi_backend=JACK)) as daemon:
        client.daemon_port = daemon.osc.port
        pad, code, message = client.wait_for("error")
        assert code == "midi" and "no MIDI input named 'NoSuchController'" in message
        assert client.ask("generate", "kick", expect="ready")[0] == "kick"


def test_a_control_learned_for_a_knob_sets_it_across_its_range(midi_daemon, client, keys, tmp_path):
    assert client.ask("learn", "kick:tone", expect="error")[1] == "bad_args"  # a kick has no tone knob
    start_learning(client, "kick:decay")
    keys.send(cc(30, 5))
    assert client.wait_for("learned") == ["kick:decay", "cc", 30]
    keys.send(cc(30, 127))
    assert client.wait_for("knob", knob="decay")[5] == "0.7"  # the top of decay's range, 0.03 to 0.7 s
    keys.send(cc(30, 0))
    assert client.wait_for("knob", knob="decay")[5] == "0.03"
    keys.send(cc(30, 64))  # seconds go evenly in ratio: the middle is the geometric mean
    middle = float(client.wait_for("knob", knob="decay")[5])
    assert middle == pytest.approx(0.03 * (0.7 / 0.03) ** (64 / 127), rel=1e-4)
    keys.send(note(36))
    client.wait_for("ready", pad="kick")
    assert read_index(midi_daemon.output.root, 1)[-1]["knobs"] == {"decay": pytest.approx(middle, rel=1e-4)}
    start_learning(client, "kick:punch")
    keys.send(cc(31, 1))
    client.wait_for("learned")
    keys.send(cc(31, 127 // 2 + 1))  # decibels go evenly: 64/127 of the way from -6 to 24 dB
    assert float(client.wait_for("knob", knob="punch")[5]) == pytest.approx(-6 + 30 * 64 / 127, rel=1e-4)
    assert json.loads((tmp_path / "learned.json").read_text()) == {"kick:decay": ["cc", 30], "kick:punch": ["cc", 31]}
