"""Shared fixtures: small real models, an OSC client, daemons on them (in-process and as real processes), and
ways to run the real command line (in a fresh interpreter, or in this one where it must refuse); and a closing
line that says which tests were skipped for want of which system package."""

import contextlib
import re
import subprocess
import sys
from collections import Counter

import pytest
import torch

from padfusion.bridge import cli
from padfusion.model.checkpoints import save_model_folder
from padfusion.model.unet import ARCHS, UNet


def make_model_folder(path, arch: str = "tiny", seed: int = 0):
    """A random-initialised model folder: real weights in the real format, fast enough for any test."""
    torch.manual_seed(seed)
    config = ARCHS[arch]
    save_model_folder(path, UNet(config), config, f"# random-initialised {arch} model for tests\n")
    return path


@pytest.fixture(scope="session", autouse=True)
def openvino_cache(tmp_path_factory):
    """Models loaded in the test process convert for OpenVINO into a folder of their own, not the user's cache."""
    from padfusion.model import backends

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backends, "CACHE_DIR", tmp_path_factory.mktemp("openvino-cache"))
        yield backends.CACHE_DIR


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory, openvino_cache):
    """The tiny model, converted for OpenVINO up front where it is installed (as a user's first run would), so
    that the daemon tests' timeouts time the daemon, not the one-off conversion."""
    from padfusion.model.backends import openvino_installed
    from padfusion.model.pipeline import Pipeline

    folder = make_model_folder(tmp_path_factory.mktemp("models") / "tiny")
    if openvino_installed():
        Pipeline.load(str(folder), backend="openvino")
    return folder


@pytest.fixture
def client():
    """An OSC client on a real UDP socket that also receives the daemon's replies (the daemons below send their
    replies to its port)."""
    from padfusion.bridge.client import OscClient

    with OscClient() as client:
        yield client


@pytest.fixture
def serve(tmp_path, tiny_model, client):
    """serve(steps=4, missing=(), **settings) -> an in-process daemon serving the four pads on the tiny model
    (pads in `missing` on a model that is not there), answering `client`; stopped at the end of the test."""
    from bridge_support import daemon_settings, running, write_presets

    with contextlib.ExitStack() as stack:
        def start(steps=4, missing=(), **overrides):
            presets = write_presets(tmp_path / "presets", tiny_model, steps=steps, missing=missing)
            daemon = stack.enter_context(running(daemon_settings(tmp_path, presets, client.port, **overrides)))
            client.daemon_port = daemon.osc.port
            return daemon

        yield start


@pytest.fixture
def daemon(serve):
    """An in-process daemon as `serve()` makes it, with the Hydrogen kits as a sample folder."""
    from bridge_support import HYDROGEN

    return serve(sample_dirs=(HYDROGEN,))


@pytest.fixture
def process(tmp_path, tiny_model, client):
    """process(presets=None, *flags, config="") -> `padfusion serve` as a real process on tmp_path/"out", serving
    `presets` (by default the four pads on the tiny model), answering `client`; `config` adds lines to its config
    file. Killed at the end of the test if it still runs."""
    from bridge_support import DaemonProcess, write_presets

    started = []

    def start(presets=None, *flags, config=""):
        presets = presets or write_presets(tmp_path / "presets", tiny_model)
        started.append(DaemonProcess(tmp_path / "out", presets, client, *flags, config=config))
        return started[-1]

    yield start
    for daemon in started:
        daemon.kill()


def run_cli(*args, env=None, check=True, cwd=None):
    """Run `padfusion ARGS` in a fresh interpreter, as a user would."""
    result = subprocess.run([sys.executable, "-m", "padfusion.bridge.cli", *map(str, args)], capture_output=True,
                            text=True, env=env, cwd=cwd, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"padfusion {' '.join(map(str, args))} failed:\n{result.stderr}")
    return result


def refusal(capsys, *args) -> str:
    """`padfusion ARGS` where it must refuse input, run in this interpreter (a fresh one spends seconds importing
    torch before the same check): exit status 2 and one line on stderr, which is returned."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(list(map(str, args)))
    error = capsys.readouterr().err.strip()
    assert exit_.value.code == 2 and len(error.splitlines()) == 1, (args, exit_.value.code, error)
    return error


def pytest_terminal_summary(terminalreporter):
    """One line: how many tests each missing package skipped (skip reasons name it as `(apt install NAME)`)."""
    reasons = [str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else str(report.longrepr)
               for report in terminalreporter.stats.get("skipped", [])]
    if reasons:
        needs = Counter(m[1] if (m := re.search(r"\((?:sudo )?apt(?:-get)? install ([\w.+-]+)\)", r)) else "other"
                        for r in reasons)
        terminalreporter.write_line("skipped for want of a package: " + ", ".join(
            f"{package} ({n} test{'s' * (n > 1)})" for package, n in needs.most_common()))
