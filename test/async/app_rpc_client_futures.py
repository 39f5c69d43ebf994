import asyncio
import functools
import itertools
import json
import sys
import traceback


class RemoteError(Exception):
    def __init__(self, code, message):
        super().__init__(f"[{code}] {message}")
        self.code = code


class FakeTransport:
    """Delivers requests to a handler after a few loop iterations, replies out of order."""

    def __init__(self, handler):
        self.handler = handler
        self.on_message = None
        self.sent = []

    def send(self, raw):
        self.sent.append(raw)
        msg = json.loads(raw)
        delay = (msg["id"] * 7) % 4
        asyncio.get_running_loop().call_soon(self._later, msg, delay)

    def _later(self, msg, delay):
        if delay:
            asyncio.get_running_loop().call_soon(self._later, msg, delay - 1)
            return
        try:
            reply = {"id": msg["id"], "result": self.handler(msg["method"], *msg["params"])}
        except Exception as e:
            reply = {"id": msg["id"], "error": {"code": type(e).__name__, "message": str(e)}}
        self.on_message(json.dumps(reply, sort_keys=True))


class RpcClient:
    def __init__(self, transport):
        self.transport = transport
        transport.on_message = self._on_message
        self.ids = itertools.count(1)
        self.pending = {}
        self.stray = []

    def _on_message(self, raw):
        msg = json.loads(raw)
        fut = self.pending.pop(msg["id"], None)
        if fut is None or fut.done():
            self.stray.append(msg["id"])
            return
        if "error" in msg:
            fut.set_exception(RemoteError(msg["error"]["code"], msg["error"]["message"]))
        else:
            fut.set_result(msg["result"])

    async def call(self, method, *params, timeout=None):
        rid = next(self.ids)
        fut = asyncio.get_running_loop().create_future()
        self.pending[rid] = fut
        self.transport.send(json.dumps({"id": rid, "method": method, "params": list(params)}))
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            self.pending.pop(rid, None)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return functools.partial(self.call, name)


def handler(method, *params):
    if method == "add":
        return sum(params)
    if method == "div":
        a, b = params
        return a / b
    if method == "echo":
        return params
    raise LookupError(f"no such method {method}")


async def main():
    client = RpcClient(FakeTransport(handler))
    results = await asyncio.gather(client.add(1, 2, 3), client.echo("x", [1]), client.div(1, 4), client.div(1, 0), client.nope(), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        await client.div(5, 0)
    except RemoteError as e:
        print("code", e.code)
        print(traceback.format_exc().splitlines()[-1])
    try:
        await client.call("add", 1, timeout=0)
    except asyncio.TimeoutError:
        print("timeout 0")
    await asyncio.sleep(0.01)
    print("stray replies", client.stray, "pending", client.pending)
    print("sent", len(client.transport.sent), client.transport.sent[0])
    r = await asyncio.wait_for(client.add(10, 20), 1)
    print("late add", r)
    try:
        client._hidden
    except AttributeError as e:
        print("AttributeError", e)


asyncio.run(main())
