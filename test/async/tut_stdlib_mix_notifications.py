"""Notification service mixing stdlib helpers: string.Template, singledispatch, cached_property,
Flag enums, deepcopy, deque(maxlen), itemgetter; async senders with a Semaphore."""
import asyncio
import copy
import functools
import operator
import string
from collections import deque
from dataclasses import dataclass, field
from enum import Flag, auto


class Channel(Flag):
    EMAIL = auto()
    SMS = auto()
    PUSH = auto()
    ALL = EMAIL | SMS | PUSH


@dataclass
class User:
    name: str
    channels: Channel
    prefs: dict = field(default_factory=lambda: {"lang": "en", "quiet": [22, 7]})

    @functools.cached_property
    def greeting(self) -> str:
        print(f"  (computing greeting for {self.name})")
        return string.Template("Hello, $name!").substitute(name=self.name.title())


@functools.singledispatch
def render(payload) -> str:
    return f"<unknown {type(payload).__name__}>"


@render.register
def _(payload: int) -> str:
    return f"you have {payload} new message{'s' if payload != 1 else ''}"


@render.register(list)
def _(payload) -> str:
    return "; ".join(render(p) for p in payload)


@render.register
def _(payload: dict) -> str:
    return string.Template("$who mentioned you in $where").safe_substitute(payload)


async def send(sem: asyncio.Semaphore, user: User, ch: Channel, text: str, outbox: deque) -> None:
    async with sem:
        await asyncio.sleep(0)
        outbox.append((ch.name, user.name, f"{user.greeting} {text}"))


async def main():
    users = [User("ada", Channel.EMAIL | Channel.PUSH), User("bob", Channel.SMS), User("cy", Channel.ALL)]
    payloads = [3, {"who": "eve"}, [1, {"who": "dan", "where": "#general"}], 2.5]
    outbox: deque = deque(maxlen=8)
    sem = asyncio.Semaphore(2)
    jobs = []
    for u, p in zip(users * 2, payloads):
        text = render(p)
        for ch in Channel:
            if ch in u.channels and ch is not Channel.ALL:
                jobs.append(send(sem, u, ch, text, outbox))
    await asyncio.gather(*jobs)
    print("sent:", len(jobs), "kept:", len(outbox), "maxlen:", outbox.maxlen)
    for ch, who, msg in sorted(outbox, key=operator.itemgetter(1, 0)):
        print(f"  {ch:<5} {who:<4} {msg}")
    print(Channel.EMAIL | Channel.SMS, Channel.ALL.value, bool(Channel.SMS & Channel.PUSH), list(Channel))
    clone = copy.deepcopy(users[0])
    clone.prefs["quiet"].append(0)
    shallow = copy.copy(users[0])
    shallow.prefs["lang"] = "fr"
    print(users[0].prefs, clone.prefs, "greeting cached:", "greeting" in users[0].__dict__)
    try:
        string.Template("$missing").substitute({})
    except KeyError as e:
        print("KeyError:", e)
    print(render.registry.keys() >= {object, int, list, dict}, render(None))


asyncio.run(main())
