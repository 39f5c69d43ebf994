import asyncio
from dataclasses import dataclass
from typing import Any


@dataclass
class Envelope:
    kind: str
    payload: Any
    reply: asyncio.Future = None


class ActorCrashed(Exception):
    pass


class Actor:
    def __init__(self, name):
        self.name = name
        self.mailbox = asyncio.Queue()
        self.state = 0
        self.handled = 0

    async def handle(self, env):
        if env.kind == "add":
            self.state += env.payload
            return self.state
        if env.kind == "get":
            return self.state
        if env.kind == "slow":
            await asyncio.sleep(env.payload)
            return f"slept {env.payload}"
        if env.kind == "crash":
            raise ActorCrashed(f"{self.name} crashed on {env.payload!r}")
        raise ValueError(f"unknown message {env.kind}")

    async def run(self):
        while True:
            env = await self.mailbox.get()
            if env.kind == "stop":
                if env.reply:
                    env.reply.set_result(self.handled)
                return "stopped"
            try:
                res = await self.handle(env)
            except ActorCrashed as e:
                if env.reply and not env.reply.done():
                    env.reply.set_exception(e)
                raise
            except Exception as e:
                if env.reply and not env.reply.done():
                    env.reply.set_exception(e)
                continue
            self.handled += 1
            if env.reply and not env.reply.cancelled():
                env.reply.set_result(res)


class Supervisor:
    def __init__(self):
        self.actors = {}
        self.tasks = {}
        self.restarts = 0
        self.events = []

    def spawn(self, name):
        actor = Actor(name)
        self.actors[name] = actor
        task = asyncio.create_task(actor.run(), name=f"actor-{name}")
        task.add_done_callback(self._on_done)
        self.tasks[name] = task
        return actor

    def _on_done(self, task):
        name = task.get_name().removeprefix("actor-")
        if task.cancelled():
            self.events.append(f"{name} cancelled")
            return
        exc = task.exception()
        if exc is not None:
            self.events.append(f"{name} died: {exc}")
            old = self.actors[name]
            self.restarts += 1
            new = self.spawn(name)
            new.state = old.state
            while not old.mailbox.empty():
                new.mailbox.put_nowait(old.mailbox.get_nowait())
        else:
            self.events.append(f"{name} finished: {task.result()}")

    async def ask(self, name, kind, payload=None, timeout=None):
        fut = asyncio.get_running_loop().create_future()
        self.actors[name].mailbox.put_nowait(Envelope(kind, payload, fut))
        if timeout is None:
            return await fut
        return await asyncio.wait_for(fut, timeout)

    def tell(self, name, kind, payload=None):
        self.actors[name].mailbox.put_nowait(Envelope(kind, payload))


async def main():
    sup = Supervisor()
    sup.spawn("counter")
    sup.spawn("worker")
    print(await sup.ask("counter", "add", 5))
    sup.tell("counter", "add", 10)
    print(await sup.ask("counter", "get"))
    try:
        await sup.ask("counter", "crash", "boom")
    except ActorCrashed as e:
        print("ask failed:", e)
    await asyncio.sleep(0)
    print("after restart:", await sup.ask("counter", "get"))
    try:
        await sup.ask("worker", "bogus")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await sup.ask("worker", "slow", 0.2, timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out at", round(asyncio.get_running_loop().time() % 1000 > 0, 1))
    r = await asyncio.gather(sup.ask("worker", "slow", 0.01), sup.ask("counter", "add", 1), sup.ask("worker", "get"))
    print("gathered", r)
    sup.tell("worker", "crash", 1)
    sup.tell("worker", "add", 3)
    await asyncio.sleep(0.01)
    print("worker state", await sup.ask("worker", "get"))
    counts = await asyncio.gather(*(sup.ask(n, "stop") for n in sorted(sup.actors)))
    await asyncio.sleep(0)
    print("handled", counts)
    print("restarts", sup.restarts)
    for e in sup.events:
        print("event:", e)
    print("all done", all(t.done() for t in sup.tasks.values()))


asyncio.run(main())
