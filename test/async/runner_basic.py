import asyncio

async def compute(x):
    await asyncio.sleep(0.1)
    return x * 2

async def where():
    loop = asyncio.get_running_loop()
    return loop

with asyncio.Runner() as runner:
    print("first:", runner.run(compute(3)))
    print("second:", runner.run(compute(5)))
    loop = runner.get_loop()
    print("same loop:", runner.run(where()) is loop)
    print("running inside:", loop.is_running(), "closed:", loop.is_closed())
    print("get_event_loop is runner loop:", asyncio.get_event_loop() is loop)
print("closed after exit:", loop.is_closed())

c = compute(1)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
finally:
    c.close()

try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

r = asyncio.Runner(debug=True)
print("debug:", r.get_loop().get_debug())
r.close()
r.close()
print("closed twice ok")

r2 = asyncio.Runner()
r2.close()
c = compute(1)
try:
    r2.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
finally:
    c.close()

try:
    asyncio.Runner().run(42)
except ValueError as e:
    print("ValueError:", e)

async def running_loop():
    return asyncio.get_running_loop()

made = []
def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop

asyncio.set_event_loop(None)
with asyncio.Runner(loop_factory=factory) as r3:
    print("factory loop used:", r3.run(running_loop()) is made[0])
print("factory loop closed:", made[0].is_closed())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
