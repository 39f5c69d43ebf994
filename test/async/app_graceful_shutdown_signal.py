import asyncio
import signal


class Server:
    def __init__(self):
        self.stopping = asyncio.Event()
        self.handled = 0
        self.inflight = set()
        self.log = []

    async def handle(self, rid):
        self.inflight.add(rid)
        try:
            for _ in range(rid % 4 + 1):
                await asyncio.sleep(0)
            self.handled += 1
            self.log.append(f"served {rid}")
        finally:
            self.inflight.discard(rid)

    async def accept_loop(self):
        rid = 0
        tasks = []
        while not self.stopping.is_set():
            rid += 1
            tasks.append(asyncio.create_task(self.handle(rid)))
            if rid == 5:
                self.log.append("raising SIGTERM")
                signal.raise_signal(signal.SIGTERM)
            await asyncio.sleep(0)
        self.log.append(f"accept loop stopped after {rid}")
        await asyncio.gather(*tasks)
        return rid

    def on_signal(self, signame):
        self.log.append(f"got {signame}; inflight={len(self.inflight)}")
        self.stopping.set()


async def main():
    loop = asyncio.get_running_loop()
    srv = Server()
    loop.add_signal_handler(signal.SIGTERM, srv.on_signal, "SIGTERM")
    accepted = await srv.accept_loop()
    removed = loop.remove_signal_handler(signal.SIGTERM)
    print("accepted", accepted, "handled", srv.handled, "removed", removed, loop.remove_signal_handler(signal.SIGTERM))
    for line in srv.log:
        print(line)
    print(signal.Signals.SIGTERM.name, int(signal.SIGTERM), signal.SIGINT.name)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.add_signal_handler(signal.SIGTERM, asyncio.sleep)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
