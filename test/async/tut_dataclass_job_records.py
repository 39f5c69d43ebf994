"""Dataclass-heavy job tracker: __post_init__, field(init=False), kw_only, frozen, replace,
asdict/astuple, slots, ordering; jobs run concurrently and records are updated."""
import asyncio
import dataclasses
from dataclasses import dataclass, field
from enum import Enum


class State(str, Enum):
    QUEUED = "queued"
    RUNNING = "running"
    OK = "ok"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Spec:
    name: str
    cost: float
    retries: int = 0


@dataclass(order=True, kw_only=True)
class JobRecord:
    sort_key: tuple = field(init=False, repr=False)
    spec: Spec = field(compare=False)
    state: State = field(default=State.QUEUED, compare=False)
    attempts: int = field(default=0, compare=False)
    history: list[str] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.sort_key = (-self.spec.retries, self.spec.cost, self.spec.name)

    def transition(self, new: State) -> None:
        self.history.append(f"{self.state.value}->{new.value}")
        self.state = new


async def execute(rec: JobRecord) -> JobRecord:
    rec.transition(State.RUNNING)
    while True:
        rec.attempts += 1
        await asyncio.sleep(rec.spec.cost)
        if rec.attempts > rec.spec.retries:
            break
    rec.transition(State.OK if "fail" not in rec.spec.name else State.ERROR)
    return rec


async def main():
    specs = [Spec("build", 0.06, 1), Spec("test", 0.005), Spec("fail-lint", 0.015, 2), Spec("docs", 0.075)]
    records = sorted(JobRecord(spec=s) for s in specs)
    print([r.spec.name for r in records])
    await asyncio.gather(*(execute(r) for r in records))
    for r in records:
        print(r)
        print("   ", r.history, dataclasses.astuple(r.spec))
    try:
        specs[0].cost = 1.0
    except dataclasses.FrozenInstanceError as e:
        print("frozen:", e)
    bumped = dataclasses.replace(specs[1], retries=5)
    print(bumped, bumped == specs[1], hash(bumped) == hash(Spec("test", 0.005, 5)))
    print(dataclasses.asdict(records[0])["spec"], [f.name for f in dataclasses.fields(JobRecord)])
    print(State.OK == "ok", State("error").name, f"{State.RUNNING.value:>10}|")
    try:
        JobRecord(Spec("x", 1))
    except TypeError as e:
        print("kw_only:", e)
    print(hasattr(specs[0], "__dict__"), Spec.__slots__)


asyncio.run(main())
