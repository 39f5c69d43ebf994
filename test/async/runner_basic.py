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
c = compute(2)
try:
    r.run(c)
except Exception as e:
    print(type(e).__name__, e)
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
