#!/usr/bin/env python3
"""Yield/resume oracle: record every Task step of an asyncio program under CPython.

Usage:  python3 test/tools/cpython_steps.py PROGRAM.py [ARGS...]

PROGRAM.py is run as ``__main__`` (``sys.argv = [PROGRAM.py, ARGS...]``,
``sys.path[0]`` = the program's directory) in this process.  Before it runs,
asyncio's C-accelerated Task is replaced by the pure-Python one::

    asyncio.tasks.Task = asyncio.Task = asyncio.tasks._PyTask

``BaseEventLoop.create_task`` (used by ``asyncio.run``, ``asyncio.create_task``,
``ensure_future``, ``run_until_complete``, ``TaskGroup``, ``gather``,
``wait_for``...) instantiates ``tasks.Task`` when no task factory is set, so
every task of the program becomes a ``_PyTask``.  (Futures stay C futures;
that does not change scheduling order.)  ``_PyTask._Task__step`` is wrapped;
the wrapper is reached both from ``loop.call_soon(self.__step)`` and from
``Task.__wakeup``, so every step is recorded, in execution order.

Output (stdout): one JSON object per step, in the order the steps ran::

    {"task": "Task-2", "resumeLine": 12, "yieldLine": 14}

The program's own stdout is discarded (``sys.stdout`` -> /dev/null); its
stderr is left alone.

Exact definitions
-----------------
task
    ``task.get_name()`` read just BEFORE the step runs (so a ``set_name`` made
    during the step shows up from the next step of that task on).

await chain
    Starting from the task's coroutine object ``c = task.get_coro()``, repeat:
    record ``c``'s frame (``cr_frame`` / ``gi_frame`` / ``ag_frame``; absent
    when the object has finished or is not a coroutine/generator), then step to
    the object it is currently delegating to: ``cr_await`` (coroutine),
    ``gi_yieldfrom`` (generator, e.g. a generator returned by a user
    ``__await__``), ``ag_await`` (async generator).  Three C helper objects
    that expose no attribute are looked through via ``gc.get_referents``:
    ``async_generator_asend`` / ``async_generator_athrow`` (the awaitables of
    ``agen.__anext__()``, ``asend``, ``athrow``, ``aclose``, i.e. ``async
    for``, ``anext``) lead to their async generator, and ``coroutine_wrapper``
    (``coro.__await__()``) leads to its coroutine.  The walk stops at anything
    else (a Future, a Task's ``Future.__await__`` iterator -- another task's
    coroutine is never entered --, ``None``).

program frame
    A frame whose ``f_code.co_filename`` is the program file (compared with
    ``os.path.realpath``).  Frames of asyncio, contextlib, etc. are skipped.

resumeLine
    Computed just BEFORE the step: the line of the INNERMOST (last in the
    chain) program frame.  For a suspended frame that is ``f_lineno``, i.e.
    the line of the ``await`` / ``yield`` / ``async for`` / ``async with``
    expression it is suspended in (for a multi-line statement, the line
    CPython 3.11 attributes to the suspending instruction).  For a coroutine
    that has not started yet (first step of a task), it is
    ``co_firstlineno`` of the coroutine's code: the line of the ``async def``,
    or of its FIRST decorator if it is decorated.  ``null`` if the chain
    contains no program frame (e.g. ``create_task(asyncio.sleep(1))``).

yieldLine
    Computed just AFTER the step, same rule as resumeLine: the line of the
    innermost program frame where the task is now suspended.  ``null`` if the
    task is done after the step (returned, raised, or was cancelled), and also
    ``null`` if the chain contains no program frame.

A step whose ``__step`` raises (e.g. ``InvalidStateError`` for an already
done task, or KeyboardInterrupt/SystemExit escaping the coroutine) is still
recorded, with yieldLine computed the same way.

Exit status: 0 if the program ran to completion; if it ends with an uncaught
exception, the traceback is printed to stderr and the exit status is 1
(SystemExit: its code), as ``python3 PROGRAM.py`` would do.  The JSON lines
written before that are complete (each line is flushed as it is written).
"""
import gc
import inspect
import json
import os
import runpy
import sys
import traceback


def _main():
    if len(sys.argv) < 2:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    prog = sys.argv[1]
    prog_real = os.path.realpath(prog)

    import asyncio
    import asyncio.tasks as tasks

    PyTask = tasks._PyTask
    tasks.Task = PyTask
    asyncio.Task = PyTask

    out = sys.stdout
    devnull = open(os.devnull, "w")

    file_cache = {}

    def is_prog(filename):
        r = file_cache.get(filename)
        if r is None:
            try:
                r = os.path.realpath(filename) == prog_real
            except Exception:
                r = False
            file_cache[filename] = r
        return r

    def frame_of(obj):
        for attr in ("cr_frame", "gi_frame", "ag_frame"):
            f = getattr(obj, attr, None)
            if f is not None:
                return f
        return None

    def next_of(obj):
        for attr in ("cr_await", "gi_yieldfrom", "ag_await"):
            if hasattr(obj, attr):
                return getattr(obj, attr)
        tname = type(obj).__name__
        if tname in ("async_generator_asend", "async_generator_athrow"):
            for r in gc.get_referents(obj):
                if type(r).__name__ == "async_generator":
                    return r
        elif tname == "coroutine_wrapper":
            for r in gc.get_referents(obj):
                if hasattr(r, "cr_frame"):
                    return r
        return None

    def not_started(obj, frame):
        # An async generator reached through asend/athrow has always started.
        try:
            if hasattr(obj, "cr_frame"):
                return inspect.getcoroutinestate(obj) == inspect.CORO_CREATED
            if hasattr(obj, "gi_frame"):
                return inspect.getgeneratorstate(obj) == inspect.GEN_CREATED
        except Exception:
            pass
        return False

    def chain_line(task):
        obj = task._coro
        line = None
        seen = set()
        while obj is not None and id(obj) not in seen:
            seen.add(id(obj))
            f = frame_of(obj)
            if f is not None and is_prog(f.f_code.co_filename):
                if not_started(obj, f):
                    line = f.f_code.co_firstlineno
                else:
                    line = f.f_lineno
            obj = next_of(obj)
        return line

    orig_step = PyTask._Task__step

    def step(self, exc=None):
        try:
            name = self.get_name()
            resume = None if self.done() else chain_line(self)
        except Exception:
            name, resume = str(getattr(self, "_name", "?")), None
        try:
            return orig_step(self, exc)
        finally:
            try:
                y = None if self.done() else chain_line(self)
            except Exception:
                y = None
            out.write(json.dumps({"task": name, "resumeLine": resume,
                                  "yieldLine": y}) + "\n")
            out.flush()

    PyTask._Task__step = step

    sys.argv = sys.argv[1:]
    sys.path[0] = os.path.dirname(prog_real)
    sys.stdout = devnull
    code = 0
    try:
        runpy.run_path(prog, run_name="__main__")
    except SystemExit as e:
        c = e.code
        if c is None:
            code = 0
        elif isinstance(c, int):
            code = c
        else:
            print(c, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stdout.flush()
        except Exception:
            pass
        sys.stdout = out
    return code


if __name__ == "__main__":
    sys.exit(_main())
