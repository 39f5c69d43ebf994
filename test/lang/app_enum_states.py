# Enum/IntEnum/Flag/auto state machine with NamedTuple events and json round-trip
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from typing import NamedTuple, Optional
import json


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

    @property
    def terminal(self):
        return self is State.DONE

    def __str__(self):
        return self.name.lower()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


class Event(NamedTuple):
    name: str
    target: State
    priority: Priority = Priority.MEDIUM
    note: Optional[str] = None


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, name):
        key = (self.state, name)
        if key not in TRANSITIONS:
            raise LookupError(f"no transition from {self.state!s} on {name!r}")
        new = TRANSITIONS[key]
        self.log.append(Event(name, new, Priority.HIGH if new.terminal else Priority.LOW))
        self.state = new
        return new


m = Machine()
for ev in ["start", "pause", "finish", "resume", "finish", "start"]:
    try:
        print(f"{ev:>7} -> {m.fire(ev)!r}")
    except LookupError as e:
        print(f"{ev:>7} !! {e}")
print(m.log[0], m.log[-1]._asdict(), Event._fields, Event._field_defaults)
print(list(State), len(State), State(2), State["PAUSED"], State.DONE.value, State.DONE.terminal)
for bad in (lambda: State(9), lambda: State["nope"], lambda: Priority(3)):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW, 7]), Priority(5).name)
print(f"{Priority.HIGH}", str(Priority.LOW), repr(Priority.LOW), format(Priority.MEDIUM, ">4"), int(Priority.HIGH))
p = Perm.R | Perm.X
print(p, repr(p), Perm.W in p, Perm.R in p, ~p, Perm.RW, list(Perm), bool(Perm(0)), Perm(3))
print(Perm.RW.value, [m.name for m in Perm], Perm.__members__.keys())
print(Color.RED == "red", Color("green"), Color.RED.value.upper(), f"{Color.GREEN}", Color.RED.upper())
print(IntFlag("F", "A B C").C.value if False else 0)
print(State.IDLE is State(1), hash(State.IDLE) == hash(State.IDLE), {State.IDLE: 1}[State(1)])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Alias(Enum):
    A = 1
    B = 1
    C = 2


print(list(Alias), Alias.B, Alias(1), Alias.__members__)
try:
    State.IDLE = 5
except AttributeError as e:
    print("AttributeError:", e)

payload = {"state": State.RUNNING.name, "priority": int(Priority.HIGH), "events": [e._asdict() for e in m.log]}


def default(o):
    if isinstance(o, Enum):
        return {"__enum__": f"{type(o).__name__}.{o.name}"}
    raise TypeError(f"cannot serialize {type(o).__name__}")


s = json.dumps(payload, default=default, indent=2, sort_keys=True)
print(s)


def hook(d):
    if "__enum__" in d:
        cls, name = d["__enum__"].split(".")
        return {"State": State, "Priority": Priority}[cls][name]
    return d


back = json.loads(s, object_hook=hook)
print(back["events"][0], back == payload)
print(json.dumps(Priority.HIGH), json.dumps([Color.RED]), json.dumps({"a": (1, 2), 3: None, True: 1.5}))
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.dumps("é\n\"", ensure_ascii=False), json.dumps("é☃"), json.dumps([1, [2, {"k": []}]], separators=(",", ":")))
print(json.loads("[1e3, -0.0, 12345678901234567890, \"\\u00e9\", null, true]"), json.dumps(float("nan")))
