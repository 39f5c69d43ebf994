import asyncio

async def worker(i):
    await asyncio.sleep(0)
    if i % 2:
        raise ValueError(f"v{i}")
    raise TypeError(f"t{i}")

async def main():
    eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
    print(repr(eg), str(eg), eg.message, len(eg.exceptions))
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
    print(eg.subgroup(OSError), eg.split(Exception)[1])
    d = eg.derive([ZeroDivisionError()])
    print(repr(d), type(d).__name__)
    beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
    print(type(beg).__name__, repr(beg.split(Exception)))
    print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
    try:
        ExceptionGroup("bad", [])
    except ValueError as e:
        print(e)
    try:
        ExceptionGroup("bad", [KeyboardInterrupt()])
    except TypeError as e:
        print(e)
    try:
        ExceptionGroup("bad", ValueError())
    except TypeError as e:
        print(e)
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(worker(i))
    except* ValueError as vg:
        print("V", sorted(str(e) for e in vg.exceptions))
    except* TypeError as tg_:
        print("T", sorted(str(e) for e in tg_.exceptions))
    class MyEG(ExceptionGroup):
        def derive(self, excs):
            return MyEG(self.message + "!", excs)
    m = MyEG("mine", [ValueError("a"), KeyError("b")])
    s1, s2 = m.split(KeyError)
    print(type(s1).__name__, s1.message, repr(s2))
    try:
        raise m
    except* KeyError as k:
        print("k", type(k).__name__, k.message)
    except* ValueError as v:
        print("v", type(v).__name__, v.message)
    eg2 = ExceptionGroup("notes", [ValueError("x")])
    eg2.add_note("hello")
    mm, _ = eg2.split(ValueError)
    print(mm.__notes__, mm is eg2)
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("handled V")
    except ExceptionGroup as rem:
        print("remaining", repr(rem))
    raise ExceptionGroup("final", [ValueError("z")])

asyncio.run(main())
