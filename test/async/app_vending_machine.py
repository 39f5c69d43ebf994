import asyncio
import enum
from dataclasses import dataclass, field


class VState(enum.Enum):
    READY = enum.auto()
    HAS_MONEY = enum.auto()
    VENDING = enum.auto()
    OUT_OF_SERVICE = enum.auto()


@dataclass
class Slot:
    name: str
    price: int
    count: int


@dataclass
class Machine:
    slots: dict
    state: VState = VState.READY
    credit: int = 0
    bank: int = 0
    events: asyncio.Queue = field(default_factory=asyncio.Queue)
    dispensed: list = field(default_factory=list)
    transcript: list = field(default_factory=list)
    serviced: asyncio.Event = field(default_factory=asyncio.Event)

    def say(self, msg):
        self.transcript.append(f"[{self.state.name:<14}] {msg}")

    async def dispense(self, slot):
        self.state = VState.VENDING
        self.say(f"vending {slot.name}")
        await asyncio.sleep(0)
        slot.count -= 1
        self.dispensed.append(slot.name)
        change, self.credit = self.credit - slot.price, 0
        self.bank += slot.price
        self.state = VState.READY
        return change

    async def run(self):
        while True:
            ev = await self.events.get()
            match ev:
                case ("coin", int(v)) if v in (5, 10, 25, 100):
                    if self.state is VState.OUT_OF_SERVICE:
                        self.say(f"rejects coin {v}")
                        continue
                    self.credit += v
                    self.state = VState.HAS_MONEY
                    self.say(f"credit {self.credit}")
                case ("coin", v):
                    self.say(f"bad coin {v!r}")
                case ("select", name) if self.state is VState.HAS_MONEY:
                    slot = self.slots.get(name)
                    if slot is None:
                        self.say(f"no such item {name}")
                    elif slot.count == 0:
                        self.say(f"{name} sold out")
                    elif self.credit < slot.price:
                        self.say(f"{name} costs {slot.price}, credit {self.credit}")
                    else:
                        change = await self.dispense(slot)
                        self.say(f"change {change}")
                case ("select", name):
                    self.say(f"insert money first ({name})")
                case ("refund",):
                    self.say(f"refund {self.credit}")
                    self.credit = 0
                    self.state = VState.READY
                case ("break",):
                    self.state = VState.OUT_OF_SERVICE
                    self.say("out of service")
                    self.serviced.clear()
                case ("service", items):
                    for name, n in items.items():
                        self.slots[name].count += n
                    self.state = VState.READY
                    self.say(f"serviced {sorted(items)}")
                    self.serviced.set()
                case ("shutdown",):
                    self.say("shutdown")
                    return self.bank
                case other:
                    self.say(f"ignored {other!r}")


async def customer(m, name, actions):
    for a in actions:
        if a == "wait-service":
            await m.serviced.wait()
            continue
        await m.events.put(a)
        await asyncio.sleep(0)


async def main():
    m = Machine({"cola": Slot("cola", 125, 1), "chips": Slot("chips", 50, 3)})
    runner = asyncio.create_task(m.run())
    await customer(m, "a", [("coin", 100), ("coin", 25), ("select", "cola"), ("select", "cola")])
    await customer(m, "b", [("coin", 3), ("coin", 100), ("select", "cola"), ("select", "tea"), ("refund",)])
    await asyncio.gather(
        customer(m, "c", [("break",), ("coin", 25), "wait-service", ("coin", 25), ("coin", 25), ("select", "chips")]),
        customer(m, "tech", [("service", {"cola": 2})]),
    )
    await customer(m, "d", [("dance",), ("coin", 100), ("coin", 25), ("select", "cola"), ("shutdown",)])
    bank = await runner
    for line in m.transcript:
        print(line)
    print("bank", bank, "dispensed", m.dispensed)
    print({k: v.count for k, v in m.slots.items()})


asyncio.run(main())
