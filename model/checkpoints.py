"""Loading and saving models: tiny-audio-diffusion Lightning checkpoints, PadFusion model folders, hub repos.

A PadFusion model folder follows the Hugging Face convention: `config.json` (the UNetConfig),
`model.safetensors` (the EMA weights under this project's module names) and a `README.md` model card.
"""

import collections
import contextlib
import json
import logging
import pickle
import types
from pathlib import Path

import torch
import yaml
from safetensors.torch import load as load_safetensors, save_file

from padfusion.core.errors import UserError
from padfusion.core.files import atomic_write
from padfusion.model.params import HUB_ID
from padfusion.model.unet import UNet, UNetConfig

log = logging.getLogger(__name__)

# Which set of weights a Lightning checkpoint's state_dict holds, by key prefix, best first.
WEIGHT_PREFIXES = {"ema": "model_ema.ema_model.net.", "online": "model.net."}
HUB_FILES = ["*.ckpt", "config.yaml", "config.json", "model.safetensors", "README.md"]


class ModelLoadError(UserError):
    """A model source that cannot be loaded, with a one-line reason and what to do about it."""


@contextlib.contextmanager
def reading(path, what: str):
    """Whatever goes wrong while reading `path` (a `what`) becomes a ModelLoadError naming the file and the cause.

    A model's files are input anyone can damage or forge, and their parsers (json, yaml, safetensors, torch's
    unpickler) fail on them with no common exception type: SafetensorError, UnpicklingError, EOFError, or an
    AttributeError where a JSON file holds a list instead of an object. Every reader of a model file runs in here.
    """
    try:
        yield
    except ModelLoadError:
        raise
    except Exception as e:
        raise ModelLoadError(f"{path}: not a readable {what} ({type(e).__name__}: {e})") from e


# The reference (a-unet) state_dict layout -----------------------------------------------------------


def reference_keys(config: UNetConfig) -> dict[str, str]:
    """Map every key of UNetV0's state_dict to the matching key of `UNet`, for this configuration."""
    keys = {
        "blocks.0.weights": "time.weights",
        "blocks.0.to_out.weight": "time.to_features.weight",
        "blocks.0.to_out.bias": "time.to_features.bias",
        "blocks.1.blocks.0.0.weight": "time.hidden.weight",  # one layer, stored twice by a-unet's Repeat
        "blocks.1.blocks.0.0.bias": "time.hidden.bias",
        "blocks.1.blocks.1.0.weight": "time.hidden.weight",
        "blocks.1.blocks.1.0.bias": "time.hidden.bias",
    }
    prefix = "blocks.2.net."
    depth = len(config.channels)
    for i, (n, a) in enumerate(zip(config.items, config.attentions)):
        per_item = 2 + a  # resnet, modulation, (attention)
        ours = f"levels.{i}."
        inner = 1 if i < depth - 1 else 0
        pairs = {
            "skip.blocks.0.1": "skip_scale",
            "block.blocks.0.block": "downsample",
            f"block.blocks.{1 + 2 * n * per_item + inner}.block.1": "upsample",
        }
        for side, first in (("down_items", 1), ("up_items", 1 + n * per_item + inner)):
            for k in range(n):
                j = f"block.blocks.{first + k * per_item}"
                item = f"{side}.{k}."
                resnet = f"{j}.block.blocks.0.blocks"
                pairs |= {f"{resnet}.0.0": item + "resnet.norm1", f"{resnet}.0.2": item + "resnet.conv1",
                          f"{resnet}.1.0": item + "resnet.norm2", f"{resnet}.1.2": item + "resnet.conv2"}
                j = f"block.blocks.{first + k * per_item + 1}"
                pairs[f"{j}.blocks.0.block.blocks.0.1"] = item + "modulation"
                if a:
                    att = f"block.blocks.{first + k * per_item + 2}.blocks.0.block"
                    pairs |= {f"{att}.norm": item + "attention.norm",
                              f"{att}.norm_context": item + "attention.norm_context"}
                    for proj in ("to_q", "to_kv"):
                        keys[f"{prefix}{att}.{proj}.weight"] = f"{ours}{item}attention.{proj}.weight"
                    keys[f"{prefix}{att}.attention.blocks.0.weight"] = f"{ours}{item}attention.to_out.weight"
        for ref, mine in pairs.items():
            for param in ("weight", "bias"):
                keys[f"{prefix}{ref}.{param}"] = f"{ours}{mine}.{param}"
        prefix += f"block.blocks.{1 + n * per_item}."
    return keys


def from_reference(state_dict: dict, config: UNetConfig) -> dict:
    """Rename a UNetV0 state_dict to this project's names; the first mismatches are named in the error."""
    mapping = reference_keys(config)
    missing = [k for k in mapping if k not in state_dict]
    unexpected = [k for k in state_dict if k not in mapping]
    if missing or unexpected:
        raise ModelLoadError(
            f"the checkpoint's keys do not fit the config: {len(missing)} missing (first: {missing[:3]}), "
            f"{len(unexpected)} unexpected (first: {unexpected[:3]})")
    return {mine: state_dict[ref] for ref, mine in mapping.items()}


def build_net(config: UNetConfig, state_dict: dict) -> UNet:
    """A UNet with these weights; shape mismatches are reported by key, first ones first.

    The net is built on the meta device and takes the given tensors as its parameters, so loading holds one
    copy of the weights, not two (bench_model measures the memory it takes).
    """
    with torch.device("meta"):
        net = UNet(config)
    expected = net.state_dict()
    wrong = [f"{k} {tuple(v.shape)} != {tuple(expected[k].shape)}" for k, v in state_dict.items()
             if k in expected and v.shape != expected[k].shape]
    if wrong:
        raise ModelLoadError(f"{len(wrong)} weights do not fit the config, first: {'; '.join(wrong[:3])}")
    result = net.load_state_dict({k: v.float() for k, v in state_dict.items()}, strict=False, assign=True)
    if result.missing_keys or result.unexpected_keys:
        raise ModelLoadError(f"weights do not fit the config: missing {result.missing_keys[:3]}, "
                             f"unexpected {result.unexpected_keys[:3]}")
    return net.eval()


# Lightning checkpoints -----------------------------------------------------------------------------


class _Inert:
    """Stands in for any object a checkpoint pickled besides tensors: accepts anything, runs nothing."""

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        pass

    def __setstate__(self, state):
        pass

    def __call__(self, *args, **kwargs):
        return _Inert()


_SAFE_GLOBALS = {
    ("collections", "OrderedDict"): collections.OrderedDict,
    ("torch._utils", "_rebuild_tensor_v2"): torch._utils._rebuild_tensor_v2,
    ("torch._utils", "_rebuild_parameter"): torch._utils._rebuild_parameter,
    ("torch", "Size"): torch.Size,
    ("torch", "device"): torch.device,
}


class _TensorsOnlyUnpickler(pickle.Unpickler):
    """Rebuilds tensors and plain containers; every other global becomes `_Inert`, so no foreign code runs."""

    def find_class(self, module, name):
        if (module, name) in _SAFE_GLOBALS:
            return _SAFE_GLOBALS[(module, name)]
        if module == "torch" and isinstance(getattr(torch, name, None), torch.dtype):
            return getattr(torch, name)
        return _Inert


_tensors_only_pickle = types.SimpleNamespace(__name__="tensors_only", Unpickler=_TensorsOnlyUnpickler,
                                             load=pickle.load)


def read_lightning_checkpoint(path, weights: str = "ema") -> dict:
    """The U-Net weights (reference key names) of a tiny-audio-diffusion Lightning checkpoint.

    `weights_only=True` first; a checkpoint that pickled other objects (hyper-parameters, configs) is
    read again with an unpickler that only rebuilds tensors. `weights` is "ema" or "online".

    The file is memory-mapped, so that only the weights wanted are read of a checkpoint that also holds the
    optimiser's state; they are copied out before it is closed, so that a file changed later cannot fault the
    process that uses them.
    """
    with reading(path, "PyTorch checkpoint"):
        try:
            ck = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
        except pickle.UnpicklingError:
            log.info("%s pickles more than tensors; reading its tensors only", path)
            ck = torch.load(path, map_location="cpu", weights_only=False, mmap=True,
                            pickle_module=_tensors_only_pickle)
        return _unet_weights(path, ck, weights)


def _unet_weights(path, ck, weights: str) -> dict:
    """The UNetV0 weights (copied out of the memory-mapped file) of a loaded Lightning checkpoint."""
    state = ck.get("state_dict", ck) if isinstance(ck, dict) else None
    if not isinstance(state, dict):
        raise ModelLoadError(f"{path}: holds no state_dict")
    prefixes = [WEIGHT_PREFIXES[weights]] + [p for p in WEIGHT_PREFIXES.values() if p != WEIGHT_PREFIXES[weights]]
    for prefix in prefixes + [""]:
        found = {k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix) and torch.is_tensor(v)}
        if "blocks.0.weights" in found:
            if prefix != WEIGHT_PREFIXES[weights]:
                log.warning("%s has no %s weights; using those under %r", path, weights, prefix or "the top level")
            return {k: v.clone() for k, v in found.items()}
    raise ModelLoadError(f"{path}: no UNetV0 weights found (looked under {', '.join(prefixes)})")


def read_hydra_config(path) -> UNetConfig:
    """The UNetV0 arguments of a tiny-audio-diffusion config.yaml (the mapping under `model.model`)."""
    with reading(path, "YAML config"):
        return _hydra_config(path, yaml.safe_load(Path(path).read_text()))


def _hydra_config(path, doc) -> UNetConfig:
    def find(node):
        if isinstance(node, dict):
            if "channels" in node and "factors" in node:
                return node
            for child in node.values():
                if (hit := find(child)) is not None:
                    return hit
        return None

    args = find(doc)
    if args is None:
        raise ModelLoadError(f"{path}: no U-Net arguments (channels, factors, ...) found")
    extra = {}
    for key, field in (("sampling_rate", "sample_rate"), ("length", "length")):
        if isinstance(doc.get(key), int):
            extra[field] = doc[key]
    return UNetConfig.from_dict({**args, **extra})


# PadFusion model folders -------------------------------------------------------------------------


def save_model_folder(outdir, net: UNet, config: UNetConfig, card: str, half: bool = False):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    dtype = torch.float16 if half else torch.float32
    tensors = {k: v.detach().to("cpu", dtype).contiguous() for k, v in net.state_dict().items()}
    save_file(tensors, outdir / "model.safetensors", metadata={"format": "pt"})
    write_config(outdir, config)
    (outdir / "README.md").write_text(card)


def converted_card(source: str, weights: str, net: UNet, config: UNetConfig, dtype: str) -> str:
    """The model card of a folder made by `padfusion convert` from a tiny-audio-diffusion checkpoint."""
    settings = "\n".join(f"- {k}: {v}" for k, v in config.to_dict().items())
    return f"""---
library_name: padfusion
tags: [audio, diffusion, drums, one-shot]
---
# PadFusion model converted from `{source}`

The {weights} weights of a tiny-audio-diffusion (audio-diffusion-pytorch 0.1.3 UNetV0) checkpoint,
converted by `padfusion convert` to PadFusion's model folder format, stored as {dtype}.
The licence and training data are those of the source; see its own model card.

- parameters: {net.num_parameters():,}
{settings}
"""


def write_config(folder, config: UNetConfig):
    """(Re)write a model folder's config.json, atomically: a reader sees the old file or the new one."""
    atomic_write(Path(folder) / "config.json",
                 json.dumps({"architecture": "padfusion-unet", **config.to_dict()}, indent=2).encode())


def load_model_folder(folder) -> tuple[UNetConfig, dict]:
    """The folder's configuration and weights. The weights are read into memory rather than memory-mapped, so
    that a file changed later cannot fault the process that uses them."""
    folder = Path(folder)
    for name in ("config.json", "model.safetensors"):
        if not (folder / name).is_file():
            raise ModelLoadError(f"{folder}: not a model folder (no {name})")
    with reading(folder / "config.json", "model configuration"):
        config = UNetConfig.from_dict(json.loads((folder / "config.json").read_text()))
    with reading(folder / "model.safetensors", "safetensors file"):
        state = {k: v.float() for k, v in load_safetensors((folder / "model.safetensors").read_bytes()).items()}
    return config, state


# Sources: a .ckpt, a model folder, or a hub repo id ------------------------------------------------


def load_source(source: str, *, weights: str = "ema", config_path=None) -> tuple[UNetConfig, dict]:
    """(config, state_dict in this project's names) for any model source."""
    path = Path(source).expanduser()
    if not path.exists():
        if not HUB_ID.fullmatch(source):
            raise ModelLoadError(f"{source}: no such file or folder (a model is a .ckpt, a model folder, "
                                 "or a Hugging Face repo id like crlandsc/tiny-audio-diffusion-kicks)")
        path = hub_snapshot(source)
    if path.is_dir():
        if (path / "model.safetensors").is_file():
            return load_model_folder(path)
        ckpts = sorted(path.glob("*.ckpt"))
        if not ckpts:
            raise ModelLoadError(f"{source}: holds neither model.safetensors nor a .ckpt")
        path = ckpts[0]
    config_path = Path(config_path) if config_path else path.with_name("config.yaml")
    if not config_path.is_file():
        raise ModelLoadError(f"{path}: no config.yaml beside it; pass the training config with --config")
    config = read_hydra_config(config_path)
    return config, from_reference(read_lightning_checkpoint(path, weights), config)


def hub_snapshot(repo_id: str) -> Path:
    """The local snapshot of a hub repo: huggingface_hub fetches what is missing, or with HF_HUB_OFFLINE=1
    (or no network) answers from its cache alone."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(snapshot_download(repo_id, allow_patterns=HUB_FILES))
    except LocalEntryNotFoundError:
        raise ModelLoadError(f"{repo_id} is not in the Hugging Face cache; download it once with "
                             f"`padfusion download {repo_id}` (with network access and HF_HUB_OFFLINE unset)") from None
    except Exception as e:  # huggingface_hub raises many kinds (network, auth, missing repo)
        raise ModelLoadError(f"{repo_id}: could not fetch from the Hugging Face hub ({e})") from None
