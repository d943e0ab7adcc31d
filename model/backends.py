"""Which runtime runs the network: PyTorch, or OpenVINO on the CPU or an Intel GPU.

OpenVINO fuses the normalisation, activation and modulation work that PyTorch runs as separate passes over
long waveforms, so the same UNet runs faster on a CPU; it also runs on Intel integrated and Arc GPUs, which
PyTorch cannot use. `auto` takes PyTorch on CUDA and MPS, else OpenVINO where it is installed.

Converting a network takes from seconds to a minute or two, so it is done once per weights and kept in the user
cache folder (`CACHE_DIR`), under a key made of everything that shapes the converted graph: the weights' hash,
the architecture and the OpenVINO version. An entry is three files, `<key>.xml`, `<key>.bin` and `<key>.json`;
the JSON, written last, holds the digests of the other two, and an entry whose files do not match it, or that
OpenVINO cannot read as this network, is converted again, never used. Where the conversion fails too, `auto` runs
the network on PyTorch (see `Pipeline.load`).
"""

import functools
import hashlib
import importlib.util
import json
import logging
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import platformdirs
import torch

from padfusion.core.errors import UserError
from padfusion.core.files import atomic_write
from padfusion.model.params import BACKENDS
from padfusion.model.unet import UNet, UNetConfig

log = logging.getLogger(__name__)

CACHE_DIR = platformdirs.user_cache_path("padfusion") / "openvino"
INSTALL_HINT = "pip install 'padfusion[openvino]'"
# Bump when the conversion changes (its options, the input layout): old cache entries then stop matching.
CONVERSION_FORMAT = 1


class BackendError(UserError, RuntimeError):
    """A backend that cannot run here (not installed, no such device) or a model it cannot convert."""


@dataclass(frozen=True)
class Choice:
    backend: str  # "torch" or "openvino"
    device: str  # a torch device ("cpu", "cuda", "mps") or an OpenVINO one ("CPU", "GPU")
    reason: str  # why, for `padfusion doctor` and the log

    def __str__(self) -> str:
        return f"{self.backend} on {self.device}"


def pick_device(name: str | None = None) -> torch.device:
    """The named torch device, else CUDA, then Apple MPS, then the CPU."""
    if name:
        return torch.device(name)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


def openvino_installed() -> bool:
    """Without importing it: importing openvino loads its model converter (slow) and its usage telemetry."""
    return importlib.util.find_spec("openvino") is not None


@functools.cache  # asked once per model loaded; probing the plugins takes a while, and they do not change
def openvino_devices() -> tuple[str, ...]:
    import openvino

    return tuple(openvino.Core().available_devices)


def choose(backend: str = "auto", device: str | None = None) -> Choice:
    """Which runtime and device run the network, and why.

    `device` is a torch device ("cpu", "cuda", "mps"), "gpu" for an Intel GPU through OpenVINO, or None for
    the fastest there is. `auto`: PyTorch on CUDA and MPS, else OpenVINO (on an Intel GPU where there is one,
    unless the CPU is asked for) where it is installed, else PyTorch on the CPU.
    """
    wanted = (device or "").lower()
    if backend == "torch":
        if wanted == "gpu":
            raise BackendError("--device gpu (an Intel GPU) needs the openvino backend; PyTorch runs on cuda, "
                               "mps or cpu")
        return Choice("torch", str(pick_device(device)), "asked for")
    if backend == "openvino":
        if wanted not in ("", "cpu", "gpu"):
            raise BackendError(f"OpenVINO runs on the cpu or an Intel gpu, not {device!r}; "
                               f"use --backend torch for {device}")
        if not openvino_installed():
            raise BackendError(f"the openvino backend is not installed; {INSTALL_HINT}")
        return _openvino_choice(wanted, "asked for")
    if backend != "auto":
        raise BackendError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")
    if wanted not in ("", "cpu", "gpu"):
        return Choice("torch", wanted, f"auto: {wanted} is a PyTorch device")
    if not wanted and (torch.cuda.is_available() or torch.backends.mps.is_available()):
        found = pick_device()
        return Choice("torch", str(found), f"auto: PyTorch on the {found.type.upper()} GPU")
    if openvino_installed():
        return _openvino_choice(wanted, "auto: OpenVINO is installed and no CUDA or MPS GPU is in use")
    if wanted == "gpu":
        raise BackendError(f"an Intel GPU (--device gpu) needs OpenVINO; {INSTALL_HINT}")
    return Choice("torch", "cpu", f"auto: OpenVINO is not installed ({INSTALL_HINT} samples faster on a CPU)")


def _openvino_choice(wanted: str, reason: str) -> Choice:
    devices = openvino_devices()
    if wanted == "gpu" and "GPU" not in devices:
        raise BackendError(f"OpenVINO finds no Intel GPU here (devices: {', '.join(devices)})")
    if wanted == "cpu" or "GPU" not in devices:
        return Choice("openvino", "CPU", reason)
    return Choice("openvino", "GPU", reason + ", and it finds an Intel GPU")


# The converted network --------------------------------------------------------------------------------


def weights_digest(net: UNet) -> str:
    """sha256 of every parameter and buffer, by name, as the float32 the conversion reads."""
    digest = hashlib.sha256()
    for name, tensor in sorted(net.state_dict().items()):
        digest.update(name.encode())
        digest.update(tensor.detach().to("cpu", torch.float32).contiguous().numpy().tobytes())
    return digest.hexdigest()


def cache_key(net: UNet, config: UNetConfig) -> str:
    """Everything that shapes the converted graph. The tuned schedule and the noise colours do not (they only
    steer the sampler)."""
    import openvino

    architecture = {k: v for k, v in config.to_dict().items() if k not in ("sampling_schedule", "noise_colours")}
    parts = {"format": CONVERSION_FORMAT, "openvino": openvino.get_version(), "config": architecture,
             "weights": weights_digest(net)}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


class CacheEntry:
    """One converted network in the cache folder: trusted only when its files match the digests in its JSON."""

    def __init__(self, folder: Path, key: str):
        self.folder = Path(folder)
        self.xml, self.bin, self.manifest = (self.folder / f"{key}.{ext}" for ext in ("xml", "bin", "json"))

    def read(self, inputs: list):
        """The cached model, or None when the entry is missing, incomplete, does not match its digests, or is not
        a model OpenVINO can read whose inputs have these shapes (`input_shapes`)."""
        import openvino

        try:
            manifest = json.loads(self.manifest.read_text(encoding="utf-8"))
            xml, weights = self.xml.read_bytes(), self.bin.read_bytes()
            if not isinstance(manifest, dict):
                raise ValueError(f"its manifest holds a JSON {type(manifest).__name__}, not an object")
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as e:
            log.warning("OpenVINO cache entry %s is unreadable (%s); converting again", self.manifest, e)
            return None
        if manifest.get("xml") != _sha256(xml) or manifest.get("bin") != _sha256(weights):
            log.warning("OpenVINO cache entry %s does not match its digests; converting again", self.manifest)
            return None
        try:
            model = openvino.Core().read_model(xml, weights)
        except Exception as e:  # OpenVINO's reader raises RuntimeError, and promises no type
            log.warning("OpenVINO cannot read its cache entry %s (%s); converting again", self.xml,
                        " ".join(str(e).split()))
            return None
        if [i.get_partial_shape() for i in model.inputs] != inputs:
            log.warning("OpenVINO cache entry %s takes other inputs than this network; converting again", self.xml)
            return None
        return model

    def write(self, model, seconds: float) -> None:
        """Save the model's files, then the manifest that vouches for them (each written atomically)."""
        import openvino

        self.folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.folder, prefix=".converting-") as tmp:
            openvino.save_model(model, Path(tmp) / "model.xml", compress_to_fp16=False)
            xml, weights = (Path(tmp) / "model.xml").read_bytes(), (Path(tmp) / "model.bin").read_bytes()
        atomic_write(self.bin, weights)
        atomic_write(self.xml, xml)
        manifest = {"xml": _sha256(xml), "bin": _sha256(weights), "openvino": openvino.get_version(),
                    "conversion_seconds": round(seconds, 1)}
        atomic_write(self.manifest, json.dumps(manifest, indent=2).encode())


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def input_shapes(config: UNetConfig) -> list:
    """The converted network's inputs: x (any batch size, the configuration's channels and length) and sigma."""
    import openvino

    return [openvino.PartialShape([-1, config.in_channels, config.length]), openvino.PartialShape([-1])]


def convert(net: UNet, config: UNetConfig):
    """Trace the network into an OpenVINO model taking `input_shapes`."""
    import openvino

    example = (torch.zeros(1, config.in_channels, config.length), torch.full((1,), 0.5))
    shapes = input_shapes(config)
    with torch.no_grad(), warnings.catch_warnings():
        # The tracer warns about shapes it records as constants (the length and channels are fixed by design),
        # and torch 2.13 that tracing is deprecated (OpenVINO's PyTorch front end still reads traced modules).
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        # Traced here rather than by convert_model, to skip torch's re-run check of the trace (half the time).
        traced = torch.jit.trace(net.to("cpu", torch.float32).eval(), example, check_trace=False)
        return openvino.convert_model(traced, input=shapes)


def load_model(net: UNet, config: UNetConfig, cache_dir: Path | None = None):
    """The network as an OpenVINO model: from the cache, else converted (once, the time logged) and cached."""
    entry = CacheEntry(cache_dir or CACHE_DIR, cache_key(net, config))
    model = entry.read(input_shapes(config))
    if model is None:
        started = time.perf_counter()
        try:
            model = convert(net, config)
        except Exception as e:  # the converter's errors have no common type
            raise BackendError(f"OpenVINO cannot convert this network: {type(e).__name__}: {e}") from e
        seconds = time.perf_counter() - started
        try:
            entry.write(model, seconds)
            where = f"cached as {entry.xml.with_suffix('')}.*"
        except OSError as e:
            where = f"not cached: {e}"
        log.info("converted the network for OpenVINO in %.1f s, once for these weights (%s)", seconds, where)
    return model


class OpenVINONet:
    """The network compiled by OpenVINO, called like the torch one: float32 x (B, C, T) and sigma (B,) in,
    float32 v (B, C, T) out, as CPU tensors."""

    def __init__(self, model, device: str, precision: str, threads: int):
        import openvino

        options = {"INFERENCE_PRECISION_HINT": precision, "PERFORMANCE_HINT": "LATENCY"}
        if device == "CPU":
            options["INFERENCE_NUM_THREADS"] = threads
        self.device, self.precision = device, precision
        self._request = openvino.Core().compile_model(model, device, options).create_infer_request()

    @classmethod
    def load(cls, net: UNet, config: UNetConfig, device: str, half: bool = False,
             cache_dir: Path | None = None) -> "OpenVINONet":
        """Convert (or take from the cache) and compile for `device`, with as many CPU threads as torch uses.
        `half`: float16 on a GPU, bfloat16 on a CPU that computes in it; float32 otherwise."""
        model = load_model(net, config, cache_dir)
        try:
            return cls(model, device, precision_for(device, half), torch.get_num_threads())
        except Exception as e:  # the plugins' errors have no common type either (a listed GPU that fails, say)
            raise BackendError(f"OpenVINO cannot compile the network for {device}: {type(e).__name__}: {e}") from e

    def __call__(self, x: torch.Tensor, sigma: torch.Tensor) -> torch.Tensor:
        inputs = [x.detach().float().cpu().contiguous().numpy(), sigma.detach().float().cpu().contiguous().numpy()]
        return torch.from_numpy(np.asarray(self._request.infer(inputs)[0]))


def precision_for(device: str, half: bool) -> str:
    import openvino

    if not half:
        return "f32"  # explicit: the CPU plugin would pick bf16 by itself on CPUs that have it
    if device == "GPU":
        return "f16"
    if "BF16" in openvino.Core().get_property(device, "OPTIMIZATION_CAPABILITIES"):
        return "bf16"
    log.warning("half precision: this CPU has no bfloat16 units; running in float32")
    return "f32"
