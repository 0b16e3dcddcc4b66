"""News-article analysis workbench.

Data flows one way: files → articles DataFrame (:func:`load_articles`) →
per-article / per-paragraph / per-sentence tables → charts (:mod:`analysis.plots`).
"""
