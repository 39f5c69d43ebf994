import asyncio
import abc


class Service(abc.ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Service.registry.append(cls.__name__)

    def __init__(self, name):
        self.name = name
        self.events = []

    @abc.abstractmethod
    async def handle(self, req):
        ...

    async def start(self):
        self.events.append("start")

    async def stop(self):
        self.events.append("stop")

    def __await__(self):
        return self.start().__await__()


class LoggingMixin:
    async def handle(self, req):
        self.events.append(f"log>{req}")
        try:
            res = await super().handle(req)
        except Exception as e:
            self.events.append(f"log!{type(e).__name__}")
            raise
        self.events.append(f"log<{res}")
        return res

    async def start(self):
        self.events.append("logging on")
        await super().start()


class RetryMixin:
    attempts = 2

    async def handle(self, req):
        for i in range(self.attempts):
            try:
                return await super().handle(req)
            except TimeoutError:
                self.events.append(f"retry {i}")
                await asyncio.sleep(0)
        raise TimeoutError(f"{req} gave up")


class Echo(LoggingMixin, RetryMixin, Service):
    def __init__(self, name, flaky=()):
        super().__init__(name)
        self.flaky = set(flaky)
        self.seen = {}

    async def handle(self, req):
        return await super().handle(req)


class EchoImpl(Echo):
    async def handle(self, req):
        return await super().handle(req)


class Core(Service):
    async def handle(self, req):
        await asyncio.sleep(0)
        return req.upper()


class Flaky(LoggingMixin, RetryMixin, Core):
    def __init__(self, name, fails):
        super().__init__(name)
        self.fails = dict(fails)

    async def handle(self, req):
        return await super().handle(req)


class FlakyCore(Core):
    pass


async def core_handle(self, req):
    left = self.fails.get(req, 0)
    if left:
        self.fails[req] = left - 1
        raise TimeoutError(req)
    return await Core.handle(self, req)


async def main():
    print("registry", Service.registry)
    print([c.__name__ for c in Flaky.__mro__])
    try:
        Service("x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Echo("e")
    except TypeError as e:
        print("TypeError:", e)
    f = Flaky("f", {"b": 1, "c": 5})
    Core.handle, orig = core_handle, Core.handle
    await f
    results = await asyncio.gather(f.handle("a"), f.handle("b"), f.handle("c"), return_exceptions=True)
    Core.handle = orig
    print(results)
    print(f.events)
    print(isinstance(f, Service), issubclass(Flaky, LoggingMixin), Service.__abstractmethods__)
    await f.stop()
    print(f.events[-1], asyncio.iscoroutinefunction(Flaky.handle))


asyncio.run(main())
