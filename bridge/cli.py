"""The `padfusion` command line: one subcommand per task, each a `cmd_*` function below.

Heavy imports (torch, the daemon) happen inside the commands so that `padfusion --help` is instant.
Every expected failure raises `UserError`, printed as one line on stderr with exit status 2.
"""

import argparse
import json
import logging
import sys


class UserError(Exception):
    """A problem the user can fix (bad argument, missing file): printed as one line, no traceback."""


def cmd_protocol(args):
    from bridge import protocol

    if args.json:
        print(json.dumps(protocol.describe(), indent=2))
        return
    for m in protocol.REQUESTS:
        print(m.address, " ".join(f"[{a.name}]" if a.optional else f"<{a.name}>" for a in m.args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="padfusion", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("protocol", help="print the daemon's OSC protocol")
    p.add_argument("--json", action="store_true", help="as JSON: addresses, argument types, replies, ports")
    p.set_defaults(func=cmd_protocol)

    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        args.func(args)
    except UserError as e:
        print(f"padfusion {args.command}: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
