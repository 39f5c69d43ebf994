# enum: verify/EnumCheck, Flag boundaries, member/nonmember, global_enum (module globals), pickle helpers.
import enum
from enum import Enum, Flag, IntFlag, auto, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, property as eprop

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm(8)), repr(Perm(15)), Perm(15), str(Perm(9)), list(Perm(7)), Perm(0), bool(Perm(0)))

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    Strict(4)
except ValueError as e:
    print(e)
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Conform(7)))
class Eject(Flag, boundary=EJECT):
    A = 1
print(repr(Eject(3)), type(Eject(3)).__name__)
class Keep(Flag, boundary=KEEP):
    A = 1
print(repr(Keep(5)))

class WithExtras(Enum):
    A = 1
    B = 2
    helper = nonmember(99)
    @member
    def fn(self):
        return "f"
    _ignore_ = ["tmp"]
    tmp = 5
print([m.name for m in WithExtras], WithExtras.helper, WithExtras.fn.value(None))

try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class C(Enum):
        A = 1
        C = 3
except ValueError as e:
    print(e)

class Color(Enum):
    RED = auto()
    GREEN = auto()
    @eprop
    def lower(self):
        return self.name.lower()
    def __str__(self):
        return f"<{self.name}>"
print(Color.RED.lower, str(Color.GREEN), f"{Color.GREEN}", format(Color.RED), repr(Color.RED))
print(Color.RED._name_, Color.RED._value_, Color._member_map_.keys(), Color._value2member_map_)
class Ordered(enum.IntEnum):
    B = 2
    A = 1
print(sorted(Ordered), [m.name for m in Ordered], Ordered.A < Ordered.B, Ordered(2).name)
print(enum.Enum("X", {"a": 1, "b": 2}).b.value, enum.Flag("F", "P Q R").R.value, repr(enum.IntFlag("G", ["S", "T"]).T))
@enum.global_enum
class Lvl(enum.IntEnum):
    LOW = 1
    HIGH = 2
print(repr(Lvl.LOW), str(Lvl.HIGH), LOW, HIGH is Lvl.HIGH)
import sys
sys.modules[__name__].__dict__["injected"] = 5
print(injected)
print(repr(enum.UNIQUE), enum.EnumCheck.CONTINUOUS.value, Lvl.LOW.__reduce_ex__(2))
