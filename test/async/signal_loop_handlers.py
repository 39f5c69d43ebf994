# loop.add_signal_handler: a signal the program raises reaches the handler two loop iterations
# later (the self-pipe is read, then the handler's Handle runs), as in CPython; errors and removal.
import asyncio
import signal


async def worker(name, stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.05)
    print(name, "stopped after", n, "rounds")
    return n


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    got = []

    def on_signal(sig):
        got.append(sig)
        print("signal", signal.Signals(sig).name, "-> stopping")
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGUSR1):
        loop.add_signal_handler(sig, on_signal, sig)
    print("handler:", signal.getsignal(signal.SIGTERM).__name__)
    tasks = [asyncio.create_task(worker(f"w{i}", stop)) for i in range(2)]

    async def trigger():
        await asyncio.sleep(0.125)
        print("raising SIGUSR1")
        signal.raise_signal(signal.SIGUSR1)
        print("raised")
        await asyncio.sleep(0)
        print("after one yield, got", got)

    await asyncio.gather(trigger(), *tasks)
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGTERM))
    print(signal.getsignal(signal.SIGTERM), type(signal.getsignal(signal.SIGINT)).__name__)
    for bad in ("x", 0, 99):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError", e)
    async def coro(): pass
    try:
        loop.add_signal_handler(signal.SIGHUP, coro)
    except TypeError as e:
        print("TypeError", e)
    print(sorted(signal.valid_signals())[:5], signal.SIGINT, repr(signal.SIGINT), signal.strsignal(signal.SIGTERM))
    print(signal.getsignal(signal.SIGINT) is not signal.default_int_handler)


asyncio.run(main())
print("after run:", signal.getsignal(signal.SIGINT))
old = signal.signal(signal.SIGUSR2, lambda s, f: print("py handler", s, f.f_code.co_name))
print("old", old)
def f():
    signal.raise_signal(signal.SIGUSR2)
f()
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
