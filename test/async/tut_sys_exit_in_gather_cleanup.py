"""A worker calls sys.exit('fatal config error') inside gather; siblings' finally blocks run."""
import asyncio
import sys
from dataclasses import dataclass


@dataclass
class Config:
    name: str
    retries: int


async def load(cfg: Config) -> Config:
    try:
        await asyncio.sleep(0.01 * cfg.retries)
        if cfg.retries < 0:
            print(f"{cfg.name}: invalid retries, aborting")
            sys.exit(f"fatal config error in {cfg.name}")
        print(f"{cfg.name}: loaded")
        await asyncio.sleep(0.1)
        return cfg
    finally:
        print(f"{cfg.name}: finally")


async def main():
    configs = [Config("a", 1), Config("b", 3), Config("bad", -1)]
    try:
        await asyncio.gather(*(load(c) for c in configs))
    finally:
        print("main finally, tasks:", len(asyncio.all_tasks()))


asyncio.run(main())
