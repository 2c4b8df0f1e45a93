"""shell: the window and its start-up.

Importing it first makes PySide's check of every later import cheap. Once PySide6 is loaded,
its import hook asks of each module imported whether its source mentions « PySide6 » (for
``from __feature__ import …``, which this app does not use), through ``inspect.getsource``:
~10 ms over the ~60 modules the window's start-up imports (issue #17). The same question is
answered here by reading the file once. Should PySide rename its hook, nothing is replaced.
"""

from pathlib import Path

import PySide6.QtCore  # noqa: F401  (its hook exists once PySide6 is loaded)


def _quick_source_check() -> None:
    try:
        from PySide6.support import feature
    except ImportError:  # a PySide6 without the __feature__ machinery: nothing to speed up
        return
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built in, compiled or without its source: PySide's answer
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return False

    uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


_quick_source_check()
