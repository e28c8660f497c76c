"""Run work over items in a process pool, in chunks, with crash isolation.

`func` takes a chunk (a list of items) and returns one result per item; it
catches its own per-item errors. A worker that dies (a crash, the OOM
killer) breaks the pool: the chunks it had in flight are split and retried,
and an item that kills a worker when run alone gets `crashed(item)` as its
result, so one bad item never costs the others theirs.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN_ITEMS = 48  # below this, a pool costs more than it saves
CHUNKS_PER_WORKER = 6
MAX_CHUNK = 200


def worker_count() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def chunk_size(n: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, -(-n // (workers * CHUNKS_PER_WORKER))))


def run_chunks(func: Callable[[list[T]], list[R]], items: Sequence[T], crashed: Callable[[T], R],
               workers: int | None = None, progress: Callable[[int, int], None] | None = None,
               meanwhile: Callable[[], None] | None = None,
               prepare: Callable[[], None] | None = None) -> list[R]:
    """`func` over `items` in chunks, results in the order of `items`.
    `meanwhile`, when given, runs once in this process while the pool works
    (after the work, when there is no pool). `prepare`, when given, runs
    once in this process before a pool starts (never without one): what it
    loads, the workers inherit instead of each loading it themselves."""
    n = len(items)
    workers = workers or worker_count()
    if n < PARALLEL_MIN_ITEMS or workers < 2:
        out = func(list(items))
        if progress:
            progress(n, n)
        if meanwhile:
            meanwhile()
        return out
    if prepare:
        prepare()
    results: dict[int, R] = {}
    size = chunk_size(n, workers)
    pending = [list(range(i, min(i + size, n))) for i in range(0, n, size)]
    alone: list[int] = []
    while pending:
        failed = _round(func, items, pending, workers, results, progress, meanwhile)
        meanwhile = None
        pending = []
        for idx in failed:
            if len(idx) > 1:
                half = len(idx) // 2
                pending += [idx[:half], idx[half:]]
            else:
                alone.append(idx[0])
    for i in alone:  # run by itself, a crash is this item's own
        failed = _round(func, items, [[i]], 1, results, progress, None)
        if failed:
            results[i] = crashed(items[i])
    return [results[i] for i in range(n)]


def _round(func: Callable[[list[T]], list[R]], items: Sequence[T], chunks: list[list[int]], workers: int,
           results: dict[int, R], progress: Callable[[int, int], None] | None,
           meanwhile: Callable[[], None] | None) -> list[list[int]]:
    """Run `chunks` in one pool (and `meanwhile` here once they are sent);
    store results; return the chunks that failed."""
    failed: list[list[int]] = []
    with ProcessPoolExecutor(min(workers, len(chunks)), mp_context=_context()) as pool:
        futures: dict[Future[list[R]], list[int]] = {
            pool.submit(func, [items[i] for i in idx]): idx for idx in chunks}
        if meanwhile:
            meanwhile()
        remaining = set(futures)
        while remaining:
            done, remaining = wait(remaining, return_when="FIRST_COMPLETED")
            for fut in done:
                idx = futures[fut]
                try:
                    out = fut.result()
                except Exception:  # a dead worker (BrokenProcessPool) or a bug outside the per-item guard
                    failed.append(idx)
                    continue
                results.update(zip(idx, out, strict=True))
                if progress:
                    progress(len(results), len(items))
    return failed


def _context() -> multiprocessing.context.BaseContext:
    """fork is fastest, but not safe from a process running other threads
    (a preview server): then forkserver."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver")
