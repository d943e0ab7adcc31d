"""Options declared once, as fields of a configuration dataclass: `option()` gives a field its command-line help,
and `add_options()` offers such fields on an argparse parser, their defaults named from the fields'. The
dataclass stays the one place for defaults; an option left out on the command line arrives as None, so that
the layer below (a config file, the dataclass) decides."""

import argparse
import types
import typing
from dataclasses import MISSING, field, fields
from pathlib import Path


def option(default=MISSING, help: str = "", *, default_factory=MISSING, **argparse_options):
    """A dataclass field offered as `--name` (underscores as dashes) with `help`. `argparse_options` holds what
    else add_argument needs: `choices`, `flag` where the option's name is not the field's, `nargs`. A field
    with neither default is required."""
    metadata = {"help": help, **argparse_options}
    if default is not MISSING:
        return field(default=default, metadata=metadata)
    if default_factory is not MISSING:
        return field(default_factory=default_factory, metadata=metadata)
    return field(metadata=metadata)


def add_options(parser: argparse.ArgumentParser, config, only=None) -> None:
    """An argument for each field of the dataclass `config` that `option()` made (of those named in `only`)."""
    for f in fields(config):
        if "help" not in f.metadata or (only is not None and f.name not in only):
            continue
        meta = dict(f.metadata)
        help_, flag = meta.pop("help"), meta.pop("flag", "--" + f.name.replace("_", "-"))
        kind = _value_type(f.type)
        if f.default is MISSING and f.default_factory is MISSING:
            parser.add_argument(flag, dest=f.name, type=kind, required=True, help=help_, **meta)
        elif kind is bool:
            parser.add_argument(flag, dest=f.name, action="store_true", default=None, help=help_)
        else:
            default = f.default if f.default is not MISSING else f.default_factory()
            shown = f" (default {_shown(default)})" if default not in (None, ()) and "default" not in help_ else ""
            parser.add_argument(flag, dest=f.name, type=kind, help=help_ + shown, **meta)


def _value_type(annotation):
    """What one command-line value of a field is parsed as: an optional's type, a tuple's items' type."""
    if isinstance(annotation, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(annotation) is tuple:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _shown(value) -> str:
    if isinstance(value, tuple):
        return " ".join(map(str, value))
    return str(value) if not isinstance(value, Path) else str(value).replace(str(Path.home()), "~")
