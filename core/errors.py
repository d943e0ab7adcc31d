"""PadFusion's one error type for problems a user can fix.

Each module names its own failures (`ModelLoadError`, `AudioError`, `PresetError`, ...) as subclasses of
`UserError`, so a caller that only has to show the problem catches this one class: the CLI prints it as one
line with exit status 2, the daemon answers it with an `error` reply and keeps running. Anything else that
escapes is a bug and keeps its traceback.
"""


class UserError(Exception):
    """A problem the user can fix (a bad argument, a missing file, a busy port): one line, no traceback."""
