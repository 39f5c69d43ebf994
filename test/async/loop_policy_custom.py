# Event loop policies: the default one, a custom subclass making its own loop class, and the
# errors of set_event_loop_policy / set_event_loop with wrong types.
import asyncio


class TracingLoop(asyncio.SelectorEventLoop):
    def create_task(self, coro, *, name=None, context=None):
        task = super().create_task(coro, name=name, context=context)
        print("  create_task:", task.get_name())
        return task


class TracingPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("  policy makes a loop")
        return TracingLoop()


async def work(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    print("loop type:", type(loop).__name__)
    results = await asyncio.gather(work(1), work(2), asyncio.create_task(work(3), name="three"))
    print("results:", results)


pol = asyncio.get_event_loop_policy()
print("default policy:", type(pol).__name__, isinstance(pol, asyncio.AbstractEventLoopPolicy))
print("same policy twice:", asyncio.get_event_loop_policy() is pol)
asyncio.set_event_loop_policy(TracingPolicy())
print("policy now:", type(asyncio.get_event_loop_policy()).__name__)
asyncio.run(main())
loop = asyncio.new_event_loop()
print("new_event_loop:", type(loop).__name__)
loop.close()
try:
    asyncio.set_event_loop_policy(object())
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop_policy(None)
print("restored:", type(asyncio.get_event_loop_policy()).__name__, asyncio.get_event_loop_policy() is not pol)
loop = asyncio.get_event_loop()
print("fresh policy makes a loop:", type(loop).__name__, loop is asyncio.get_event_loop())
print(loop.run_until_complete(work(1)))
loop.close()
print("closed loop stays current:", asyncio.get_event_loop() is loop, loop.is_closed())
