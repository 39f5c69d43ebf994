import asyncio
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar, Optional

T = TypeVar("T")


@dataclass(frozen=True)
class Deposited:
    account: str
    amount: int


@dataclass(frozen=True)
class Withdrawn:
    account: str
    amount: int


@dataclass(frozen=True)
class Renamed:
    old: str
    new: str


class Snapshot(NamedTuple):
    version: int
    balances: dict


class Repository(Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def add(self, item: T) -> int:
        self.items.append(item)
        return len(self.items)

    def last(self) -> Optional[T]:
        return self.items[-1] if self.items else None


def apply(state, event):
    match event:
        case Deposited(account=a, amount=n) if n > 0:
            state[a] = state.get(a, 0) + n
        case Withdrawn(account, amount) if state.get(account, 0) >= amount:
            state[account] -= amount
        case Withdrawn(account, amount):
            raise ValueError(f"overdraft on {account}: {state.get(account, 0)} < {amount}")
        case Renamed(old=o, new=n) if o in state:
            state[n] = state.pop(o)
        case {"type": "bulk", "events": [*evs]}:
            for e in evs:
                apply(state, e)
        case _:
            raise TypeError(f"unknown event {event!r}")
    return state


class Projector:
    def __init__(self):
        self.inbox = asyncio.Queue()
        self.state = {}
        self.version = 0
        self.snapshots = Repository[Snapshot]()
        self.rejected = []

    async def run(self):
        while (event := await self.inbox.get()) is not None:
            try:
                apply(self.state, event)
                self.version += 1
                if self.version % 3 == 0:
                    self.snapshots.add(Snapshot(self.version, dict(sorted(self.state.items()))))
            except (ValueError, TypeError) as e:
                self.rejected.append(f"{type(e).__name__}: {e}")
            finally:
                self.inbox.task_done()
            await asyncio.sleep(0)
        self.inbox.task_done()
        return self.version


async def producer(q, events):
    for e in events:
        await q.put(e)
        await asyncio.sleep(0)


async def main():
    p = Projector()
    runner = asyncio.create_task(p.run())
    stream_a = [Deposited("alice", 100), Withdrawn("alice", 30), Renamed("alice", "alicia"), Withdrawn("alicia", 500)]
    stream_b = [Deposited("bob", 50), {"type": "bulk", "events": [Deposited("bob", 5), Withdrawn("bob", 20)]}, Deposited("carl", -5), "garbage"]
    await asyncio.gather(producer(p.inbox, stream_a), producer(p.inbox, stream_b))
    await p.inbox.join()
    await p.inbox.put(None)
    version = await runner
    print("version", version, "state", dict(sorted(p.state.items())))
    for s in p.snapshots.items:
        print(s, s._asdict()["version"], s.version == s[0])
    print("last", p.snapshots.last())
    for r in p.rejected:
        print("rejected", r)
    print(Deposited("z", 1) == Deposited("z", 1), hash(Deposited("z", 1)) == hash(Deposited("z", 1)))
    try:
        Deposited("z", 1).amount = 5
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(main())
