"""Uncaught TimeoutError from wait_for around a slow API call: traceback's last line and exit code."""
import asyncio


class ApiClient:
    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.calls = 0

    async def get(self, path: str) -> dict:
        self.calls += 1
        await asyncio.sleep(self.latency)
        return {"path": path, "status": 200}


async def fetch_all(client: ApiClient, paths: list[str], timeout: float) -> list[dict]:
    out = []
    for p in paths:
        resp = await asyncio.wait_for(client.get(p), timeout)
        print(f"{p} -> {resp['status']}")
        out.append(resp)
    return out


async def main():
    fast = ApiClient(0.01)
    print(await fetch_all(fast, ["/a", "/b"], 0.1))
    slow = ApiClient(0.2)
    try:
        await fetch_all(slow, ["/c"], 0.05)
    finally:
        print("calls made:", fast.calls, slow.calls)


asyncio.run(main())
