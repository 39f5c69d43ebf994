import asyncio


class PaymentGateway:
    def __init__(self):
        self.ledger = []
        self.charged = {}

    async def charge(self, order_id, amount):
        self.ledger.append(f"begin {order_id}")
        await asyncio.sleep(0.03)
        self.charged[order_id] = amount
        self.ledger.append(f"commit {order_id} {amount:.2f}")
        return f"receipt-{order_id}"


async def checkout(gw, order_id, amount, timeout):
    inner = asyncio.ensure_future(gw.charge(order_id, amount))
    try:
        receipt = await asyncio.wait_for(asyncio.shield(inner), timeout)
        return "ok", receipt
    except asyncio.TimeoutError:
        gw.ledger.append(f"timeout waiting {order_id}; still charging")
        receipt = await inner
        return "late", receipt


async def user_session(gw, order_id):
    try:
        return await asyncio.shield(gw.charge(order_id, 5.5))
    except asyncio.CancelledError:
        gw.ledger.append(f"session {order_id} cancelled; charge continues")
        raise


async def main():
    gw = PaymentGateway()
    print(await checkout(gw, "A1", 19.99, 0.1))
    print(await checkout(gw, "B2", 7.25, 0.01))
    s = asyncio.create_task(user_session(gw, "C3"))
    await asyncio.sleep(0.01)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("session cancelled", s.cancelled())
    print("charged before wait", sorted(gw.charged))
    await asyncio.sleep(0.05)
    print("charged after wait", sorted(gw.charged))

    fut = asyncio.get_running_loop().create_future()
    sh = asyncio.shield(fut)
    sh.cancel()
    print("shield cancelled", sh.cancelled(), "inner", fut.cancelled())
    fut.set_result(1)
    await asyncio.sleep(0)
    fut2 = asyncio.get_running_loop().create_future()
    sh2 = asyncio.shield(fut2)
    fut2.cancel()
    await asyncio.sleep(0)
    print("outer follows inner cancel", sh2.cancelled())
    fut3 = asyncio.get_running_loop().create_future()
    sh3 = asyncio.shield(fut3)
    fut3.set_exception(ArithmeticError("inner boom"))
    try:
        await sh3
    except ArithmeticError as e:
        print("propagated", e)
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print(asyncio.shield(done) is done)
    for line in gw.ledger:
        print(line)


asyncio.run(main())
