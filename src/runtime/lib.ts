// Library modules written in Python (src/runtime/lib/*.py), compiled to JavaScript at build time.
import typing from './lib/typing.py';
import future_ from './lib/__future__.py';
import asyncio from './lib/asyncio.py';
import collections_py from './lib/collections.py';
import collectionsUser from './lib/_collections_user.py';
import functools_py from './lib/functools.py';
import itertools_py from './lib/itertools.py';
import operator_py from './lib/operator.py';
import heapq_py from './lib/heapq.py';
import bisect_py from './lib/bisect.py';
import copy_py from './lib/copy.py';
import string_py from './lib/string.py';
import dataclasses from './lib/dataclasses.py';
import enumLib from './lib/enum.py';
import contextlib from './lib/contextlib.py';
import _mappingproxy from './lib/_mappingproxy.py';
import asyncioLocks from './lib/_asyncio_locks.py';
import asyncioQueues from './lib/_asyncio_queues.py';
import asyncioTimeouts from './lib/_asyncio_timeouts.py';
import asyncioTaskgroups from './lib/_asyncio_taskgroups.py';
import threading from './lib/threading.py';
import concurrent from './lib/concurrent.py';
import concurrentFutures from './lib/concurrent.futures.py';
import signalLib from './lib/signal.py';
import _signal from './lib/_signal.py';

export const pyLib: Record<string, { source: string; js: string }> = { typing, __future__: future_,
  asyncio, collections: collections_py, _collections_user: collectionsUser, functools: functools_py, itertools: itertools_py, operator: operator_py, heapq: heapq_py, bisect: bisect_py, copy: copy_py, string: string_py, dataclasses, enum: enumLib, contextlib,
  _asyncio_locks: asyncioLocks, _asyncio_queues: asyncioQueues, _asyncio_timeouts: asyncioTimeouts, _asyncio_taskgroups: asyncioTaskgroups, _mappingproxy,
  threading, concurrent, 'concurrent.futures': concurrentFutures, signal: signalLib, _signal };
