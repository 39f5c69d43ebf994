import asyncio

order = []


async def sleeper(name, delay):
    print(f"{name} sleeping {delay}")
    await asyncio.sleep(delay)
    order.append(name)
    print(f"{name} woke")


async def main():
    specs = [("c", 0.03), ("a", 0.01), ("d", 0.04), ("b", 0.02), ("z", 0)]
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in specs]
    await asyncio.gather(*tasks)
    print("wake order:", order)


asyncio.run(main())
