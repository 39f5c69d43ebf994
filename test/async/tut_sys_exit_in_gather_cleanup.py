"""A worker calls sys.exit('fatal config error') inside gather; siblings' finally blocks run."""
import asyncio
import sys
from dataclasses import dataclass


@dataclass
class Config:
    name: str
    retries: int
    hold: float = 0.0


async def load(cfg: Config) -> Config:
    try:
        await asyncio.sleep(0.01 * abs(cfg.retries))
        if cfg.retries < 0:
            print(f"{cfg.name}: invalid retries, aborting")
            sys.exit(f"fatal config error in {cfg.name}")
        print(f"{cfg.name}: loaded")
        await asyncio.sleep(cfg.hold)
        return cfg
    finally:
        print(f"{cfg.name}: finally")


async def main():
    configs = [Config("a", 1), Config("b", 2, hold=1.0), Config("bad", -5)]
    try:
        await asyncio.gather(*(load(c) for c in configs))
    finally:
        print("main finally, tasks:", len(asyncio.all_tasks()))


asyncio.run(main())
