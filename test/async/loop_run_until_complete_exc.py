import asyncio


async def fails():
    await asyncio.sleep(0)
    raise ArithmeticError("calc")


async def pending_forever():
    await asyncio.Event().wait()


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fails())
except ArithmeticError as e:
    print("propagated:", e)
t = loop.create_task(pending_forever(), name="forever")
loop.run_until_complete(asyncio.sleep(0.01))
print("forever done?", t.done())
t.cancel()
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print("cancelled task raised CancelledError from run_until_complete")
f = loop.create_future()
loop.call_later(0.01, f.set_exception, ZeroDivisionError("zd"))
try:
    loop.run_until_complete(f)
except ZeroDivisionError as e:
    print("future exception:", e)
loop.close()
