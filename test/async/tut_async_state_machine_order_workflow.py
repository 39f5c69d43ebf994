"""Order workflow as an async state machine: Enum states, a transition table of coroutines,
events delivered through a Queue, invalid transitions raising a custom error."""
import asyncio
from enum import Enum, auto


class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


class InvalidTransition(Exception):
    def __init__(self, state: State, event: str) -> None:
        super().__init__(f"cannot {event!r} an order that is {state.name.lower()}")


class Order:
    def __init__(self, oid: str) -> None:
        self.oid = oid
        self.state = State.NEW
        self.history: list[str] = [State.NEW.name]

    async def _pay(self) -> State:
        await asyncio.sleep(0.01)
        return State.PAID

    async def _ship(self) -> State:
        await asyncio.sleep(0.02)
        return State.SHIPPED

    async def _deliver(self) -> State:
        await asyncio.sleep(0.03)
        return State.DELIVERED

    async def _cancel(self) -> State:
        return State.CANCELLED

    TRANSITIONS = {
        (State.NEW, "pay"): _pay,
        (State.NEW, "cancel"): _cancel,
        (State.PAID, "ship"): _ship,
        (State.PAID, "cancel"): _cancel,
        (State.SHIPPED, "deliver"): _deliver,
    }

    async def handle(self, event: str) -> None:
        step = self.TRANSITIONS.get((self.state, event))
        if step is None:
            raise InvalidTransition(self.state, event)
        self.state = await step(self)
        self.history.append(self.state.name)


async def processor(inbox: asyncio.Queue, orders: dict[str, Order], errors: list[str]) -> None:
    while True:
        oid, event = await inbox.get()
        try:
            await orders[oid].handle(event)
        except InvalidTransition as e:
            errors.append(f"{oid}: {e}")
        finally:
            inbox.task_done()


async def main():
    orders = {oid: Order(oid) for oid in ("A1", "B2", "C3")}
    inbox: asyncio.Queue = asyncio.Queue()
    errors: list[str] = []
    workers = [asyncio.create_task(processor(inbox, orders, errors)) for _ in range(2)]
    script = [("A1", "pay"), ("B2", "ship"), ("A1", "ship"), ("C3", "cancel"), ("A1", "deliver"),
              ("C3", "pay"), ("B2", "pay"), ("B2", "cancel"), ("A1", "cancel")]
    for item in script:
        await inbox.put(item)
    await inbox.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for o in orders.values():
        print(f"{o.oid}: {o.state.name:<10} {' -> '.join(o.history)}")
    print("errors:")
    for e in errors:
        print("  ", e)
    print(len(Order.TRANSITIONS), sorted({s.name for s, _ in Order.TRANSITIONS}))


asyncio.run(main())
