import asyncio

class MyGroup(ExceptionGroup):
    def __new__(cls, msg, excs, code=0):
        self = super().__new__(cls, msg, excs)
        self.code = code
        return self
    def __init__(self, msg, excs, code=0):
        super().__init__(msg, excs)
    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)

def show(label, eg):
    if eg is None:
        print(label, None)
        return
    print(label, type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions], getattr(eg, "code", "-"))

eg = MyGroup("batch", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])], code=7)
eg.__notes__ = ["note A"]
match, rest = eg.split(ValueError)
show("match:", match)
show("rest:", rest)
print("notes kept:", match.__notes__, rest.__notes__)
show("subgroup:", eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError))))
print("subgroup all is eg:", eg.subgroup(lambda e: True) is eg)
show("subgroup none:", eg.subgroup(lambda e: False))
m, r = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
show("by group predicate:", m)
show("rest:", r)

async def raiser():
    await asyncio.sleep(0)
    raise MyGroup("multi", [ValueError("v"), TypeError("t"), OSError("o"), ValueError("v2")], code=3)

async def main():
  try:
    try:
        await raiser()
    except* ValueError as g:
        show("except* ValueError:", g)
    except* (TypeError, OSError) as g:
        show("except* (TypeError, OSError):", g)
  except Exception as e:
    print("escaped", e)

  try:
    try:
        await asyncio.gather(raiser())
    except* ValueError as g:
        show("handled:", g)
        raise RuntimeError("from handler")
  except BaseException as e:
    show("outer:", e)
    print([type(x).__name__ for x in e.exceptions])

asyncio.run(main())

try:
    try:
        raise ExceptionGroup("eg", [KeyError("k")])
    except* KeyError:
        raise
except ExceptionGroup as e:
    show("reraised:", e)

b = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
print(type(b).__name__, type(BaseExceptionGroup("only exc", [ValueError(1)])).__name__)
m, r = b.split(Exception)
show("base split match:", m)
show("base split rest:", r)
print(repr(ExceptionGroup("x", (ValueError(1),))))
for bad in [("msg", []), ("msg", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("eg", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
