"""Exceptions in plain threads started next to an event loop: the default report on stderr,
a custom threading.excepthook, and a to_thread() failure that reaches the awaiting coroutine."""
import asyncio
import threading
import time

failures: list[str] = []


def flaky_job(n: int) -> None:
    time.sleep(0.05 * n)
    print(f"job {n} about to fail")
    raise ValueError(f"job {n} failed")


def collecting_hook(args: threading.ExceptHookArgs) -> None:
    failures.append(f"{args.thread.name}: {args.exc_type.__name__}: {args.exc_value}")


async def main() -> None:
    threading.excepthook = collecting_hook
    hooked = [threading.Thread(target=flaky_job, args=(i,), name=f"hooked-{i}") for i in (2, 1)]
    for t in hooked:
        t.start()
    await asyncio.sleep(0.075)
    print("at 0.075 alive:", [t.is_alive() for t in hooked])
    await asyncio.to_thread(hooked[0].join)
    print("collected:", sorted(failures))
    threading.excepthook = threading.__excepthook__

    try:
        await asyncio.to_thread(flaky_job, 1)
    except ValueError as e:
        print("to_thread re-raised in the coroutine:", e)

    plain = threading.Thread(target=flaky_job, args=(3,))
    plain.start()
    print("plain thread started:", plain.name)
    await asyncio.sleep(0.2)
    print("main done; plain alive:", plain.is_alive())


asyncio.run(main())
print("end of program")
