"""The process pool: results in order, and a worker that dies costs only its own item."""

from __future__ import annotations

import os
import signal
import threading

from sitegen.parallel import PARALLEL_MIN_ITEMS, run_chunks

CRASH = {37, 81}


def square_or_die(items: list[int]) -> list[int]:
    out = []
    for item in items:
        if item in CRASH:
            os.kill(os.getpid(), signal.SIGKILL)  # a real crash of the worker process
        out.append(item * item)
    return out


def raise_on_seven(items: list[int]) -> list[int]:
    if 7 in items:
        raise RuntimeError("a bug outside the per-item guard")
    return [item + 1 for item in items]


def test_results_keep_the_order_of_the_items() -> None:
    items = list(range(500))
    assert run_chunks(square_or_die, [i for i in items if i not in CRASH], lambda i: -1, workers=2) == [
        i * i for i in items if i not in CRASH]


def test_a_crashing_item_fails_alone() -> None:
    items = list(range(120))
    done = run_chunks(square_or_die, items, lambda i: -i, workers=2)
    assert done == [-i if i in CRASH else i * i for i in items]


def test_an_exception_escaping_a_chunk_is_isolated_too() -> None:
    items = list(range(100))
    done = run_chunks(raise_on_seven, items, lambda i: -1, workers=2)
    assert done == [-1 if i == 7 else i + 1 for i in items]


def test_small_jobs_run_in_this_process() -> None:
    pid = os.getpid()
    pids = run_chunks(lambda items: [os.getpid() for _ in items], list(range(PARALLEL_MIN_ITEMS - 1)),
                      lambda i: 0, workers=2)
    assert set(pids) == {pid}


def test_a_process_running_threads_uses_a_fork_server() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)  # as a preview server's threads
    thread.start()
    try:
        items = list(range(100))
        assert run_chunks(square_or_die, items, lambda i: -i, workers=2) == [
            -i if i in CRASH else i * i for i in items]
    finally:
        stop.set()
        thread.join()


def test_meanwhile_runs_once_in_this_process_while_the_pool_works() -> None:
    calls: list[int] = []
    items = list(range(120))  # with crashes: more than one round of pools
    done = run_chunks(square_or_die, items, lambda i: -i, workers=2, meanwhile=lambda: calls.append(os.getpid()))
    assert done == [-i if i in CRASH else i * i for i in items]
    assert calls == [os.getpid()]
    small: list[int] = []
    assert run_chunks(lambda xs: xs, [1, 2], lambda i: 0, workers=2, meanwhile=lambda: small.append(1)) == [1, 2]
    assert small == [1]


loaded_log: list[str] = []  # what `prepare` loaded in the process that ran it


def load_once() -> None:
    loaded_log.append(f"loaded in {os.getpid()}")


def what_was_loaded(items: list[int]) -> list[tuple[int, tuple[str, ...]]]:
    return [(os.getpid(), tuple(loaded_log)) for _ in items]


def test_prepare_runs_once_before_the_pool_and_its_workers_inherit_it() -> None:
    loaded_log.clear()
    here = os.getpid()
    out = run_chunks(what_was_loaded, list(range(PARALLEL_MIN_ITEMS * 2)), lambda i: (0, ()), workers=2,
                     prepare=load_once)
    expected = [f"loaded in {here}"]
    assert loaded_log == expected
    assert all(pid != here and loaded == (f"loaded in {here}",) for pid, loaded in out)


def test_prepare_is_not_run_without_a_pool() -> None:
    loaded_log.clear()
    out = run_chunks(what_was_loaded, [1, 2], lambda i: (0, ()), workers=2, prepare=load_once)
    assert not loaded_log
    assert out == [(os.getpid(), ()), (os.getpid(), ())]
