"""Simulated Ctrl-C: main cancels a long-running server task; finally blocks log cleanup order."""
import asyncio

events: list[str] = []


async def handle_client(cid: int) -> None:
    try:
        for tick in range(100):
            await asyncio.sleep(0.02 + cid * 0.003)
    except asyncio.CancelledError as e:
        events.append(f"client {cid} cancelled (msg={e.args})")
        await asyncio.sleep(0)
        events.append(f"client {cid} flushed")
        raise


async def server() -> None:
    clients = [asyncio.create_task(handle_client(i), name=f"client-{i}") for i in range(3)]
    try:
        await asyncio.gather(*clients)
    except asyncio.CancelledError:
        events.append("server: gather cancelled")
        states = [(c.get_name(), c.cancelled()) for c in clients]
        events.append(f"server: clients {states}")
        raise
    finally:
        events.append("server: closing listener")


async def main():
    srv = asyncio.create_task(server(), name="server")
    await asyncio.sleep(0.05)
    print("live tasks:", len(asyncio.all_tasks()))
    srv.cancel("SIGINT received")
    try:
        await srv
    except asyncio.CancelledError as e:
        print("server stopped:", repr(e), srv.cancelled())
    for ev in events:
        print(ev)
    print("live tasks after:", len(asyncio.all_tasks()))
    print("cancelling count of main:", asyncio.current_task().cancelling())


asyncio.run(main())
