"""The composition level: build the app (``build``), run it (``main``).

- ``deps.py``: everything the app is made of, in one object.
- ``build.py``: the one place that constructs it; ``window_factory.py`` makes windows.
- ``controller.py``: the one dispatch into the engine, and its effects applied.
- ``windows.py``: window lifetimes (made when opened, rebuilt in a new language).
- ``settings_apply.py``: settings applied live, from the dialog or a hand edit.
- ``main.py``: the real program (single instance, Qt, logging, control socket).

Nothing here is imported by the layers below; ``cli`` imports ``main`` lazily.
"""
