import asyncio


class Sensor:
    def __init__(self, name, readings):
        self.name = name
        self.readings = readings

    def read(self, i):
        value = self.readings[i]
        if value is None:
            raise ValueError(f"sensor {self.name} returned no value at {i}")
        return value


def on_reading(sensor, i, results):
    results.append((sensor.name, sensor.read(i)))


async def poll(sensor, results):
    loop = asyncio.get_running_loop()
    for i in range(len(sensor.readings)):
        loop.call_soon(on_reading, sensor, i, results)
        await asyncio.sleep(0)
    return sensor.name


async def flaky_background(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ConnectionAbortedError(f"background job {n} aborted")
    return n


async def main():
    results = []
    sensors = [Sensor("temp", [20, 21, None, 23]), Sensor("hum", [40, 41, 42])]
    names = await asyncio.gather(*(poll(s, results) for s in sensors))
    print(names, results)
    jobs = [asyncio.create_task(flaky_background(n)) for n in range(4)]
    await asyncio.sleep(0.01)
    print("done", [j.done() for j in jobs])
    print("results", [j.result() for j in jobs if j.exception() is None])
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "custom report", "sensor": "temp"})
    fut = loop.create_future()
    fut.set_exception(LookupError("nobody looked"))
    del fut
    forgotten = asyncio.create_task(flaky_background(2))
    await asyncio.sleep(0)
    print("main finishing")


asyncio.run(main())
