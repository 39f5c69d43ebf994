"""Progress polling with asyncio.wait(timeout=...) in a loop until every job finishes."""
import asyncio
import random


async def job(jid: int, duration: float) -> tuple[int, float]:
    await asyncio.sleep(duration)
    if jid % 5 == 4:
        raise RuntimeError(f"job {jid} crashed")
    return jid, duration


async def main():
    random.seed(42)
    durations = [round(random.choice([0.013, 0.021, 0.047, 0.073, 0.101, 0.111]), 3) for _ in range(10)]
    pending = {asyncio.create_task(job(i, d), name=f"job{i:02d}") for i, d in enumerate(durations)}
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ok, failed, rounds = [], [], 0
    while pending:
        done, pending = await asyncio.wait(pending, timeout=0.03)
        rounds += 1
        for t in sorted(done, key=asyncio.Task.get_name):
            if t.exception():
                failed.append(t.get_name())
            else:
                ok.append(t.result()[0])
        print(f"round {rounds}: +{len(done)} done, {len(pending)} pending")
    print("ok:", sorted(ok))
    print("failed:", failed)
    print("durations:", durations)
    empty_done, empty_pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0))], timeout=0)
    print("timeout=0:", len(empty_done), len(empty_pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
