"""One of asyncio's submodules (asyncio.tasks, asyncio.exceptions, ...), imported by its dotted
name: Yieldpoint's asyncio is a single module, so each submodule holds the names that asyncio
itself made for it (see _make_submodules in asyncio.py)."""

import asyncio as _asyncio

globals().update(vars(getattr(_asyncio, __name__.rpartition('.')[2])))
