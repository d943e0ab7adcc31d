"""The code's layering, read from the sources: lower layers never import upper ones, no import circles, one error
base, one list of samplers."""

import ast
from pathlib import Path

import pytest

from padfusion.core.errors import UserError
from padfusion.model import diffusion, params

ROOT = Path(__file__).resolve().parents[1]
PARTS = {part: ROOT / part for part in ("core", "model", "bridge", "max_for_live")}
# Each part may import only the parts before it: core (errors, atomic files, the one-shot format) < model (the
# net, diffusion, training) < bridge (daemon, OSC, CLI) < max_for_live (the device, built from the protocol).
LAYERS = tuple(PARTS)


def imports_of(path: Path) -> set[str]:
    """The padfusion modules a file imports, at any depth (lazy imports inside functions count too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("padfusion."):
            found |= {f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in MODULES else node.module
                      for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("padfusion.")}
    return found & MODULES.keys()


MODULES = {f"padfusion.{part}.{path.stem}": path for part, folder in PARTS.items() for path in folder.glob("*.py")
           if path.stem != "__init__"}
GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def part_of(module: str) -> str:
    return module.split(".")[1]


def test_each_layer_imports_only_the_layers_below_it():
    """The command line (bridge/cli.py) is the top of them all: it offers every part's commands."""
    upward = {(name, dep) for name, deps in GRAPH.items() for dep in deps if name != "padfusion.bridge.cli"
              and LAYERS.index(part_of(dep)) > LAYERS.index(part_of(name))}
    assert not upward


def test_the_core_imports_nothing_of_padfusion_but_itself_and_holds_what_is_shared():
    assert all(part_of(dep) == "core" for name, deps in GRAPH.items() if part_of(name) == "core" for dep in deps)
    assert {"padfusion.core.errors", "padfusion.core.files", "padfusion.core.oneshot"} <= MODULES.keys()


def test_no_import_circles():
    def cycle_from(start):
        stack = [(start, (start,))]
        while stack:
            node, path = stack.pop()
            for dep in GRAPH[node]:
                if dep == start:
                    return path + (dep,)
                if dep not in path:
                    stack.append((dep, path + (dep,)))
        return None

    cycles = [cycle for name in GRAPH if (cycle := cycle_from(name))]
    assert not cycles, " -> ".join(cycles[0])


def test_the_cli_is_imported_by_nothing():
    assert not [name for name, deps in GRAPH.items() if "padfusion.bridge.cli" in deps]


@pytest.mark.parametrize("module, error", [
    ("padfusion.model.audio", "AudioError"), ("padfusion.model.checkpoints", "ModelLoadError"),
    ("padfusion.model.sources", "DatasetError"), ("padfusion.model.evaluate", "EvaluationError"),
    ("padfusion.model.params", "ParameterError"), ("padfusion.bridge.config", "ConfigError"),
    ("padfusion.bridge.presets", "PresetError"), ("padfusion.bridge.output", "FolderBusy"),
    ("padfusion.bridge.midi", "MidiError"), ("padfusion.max_for_live.build", "BuildError"),
])
def test_every_module_error_is_a_user_error(module, error):
    import importlib

    assert issubclass(getattr(importlib.import_module(module), error), UserError)


def test_one_list_of_samplers():
    assert tuple(diffusion.SAMPLERS) == params.SAMPLERS
    assert set(params.DEFAULT_STEPS) == set(params.SAMPLERS)
