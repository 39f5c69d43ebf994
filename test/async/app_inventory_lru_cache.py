import asyncio
import functools
from dataclasses import dataclass, field, asdict, replace


@dataclass(order=True)
class Product:
    sku: str
    price: float = field(compare=False)
    stock: int = field(default=0, compare=False)
    tags: tuple = field(default=(), compare=False)


class PriceService:
    def __init__(self):
        self.lookups = 0

    @functools.lru_cache(maxsize=2)
    def discount_for(self, tag):
        self.lookups += 1
        return {"sale": 0.2, "clearance": 0.5}.get(tag, 0.0)

    async def quote(self, product):
        await asyncio.sleep(0)
        best = max((self.discount_for(t) for t in product.tags), default=0.0)
        return round(product.price * (1 - best), 2)


def memo_async(fn):
    cache = {}

    @functools.wraps(fn)
    async def wrapper(*args):
        if args not in cache:
            cache[args] = asyncio.ensure_future(fn(*args))
        return await cache[args]

    wrapper.cache = cache
    return wrapper


calls = []


@memo_async
async def warehouse_stock(sku):
    calls.append(sku)
    await asyncio.sleep(0.01)
    if sku == "bad":
        raise KeyError(sku)
    return len(sku) * 3


@functools.lru_cache
async def cached_coro(x):
    return x + 1


async def main():
    svc = PriceService()
    products = [
        Product("mug", 8.5, tags=("sale",)),
        Product("tee", 20.0, tags=("clearance", "sale")),
        Product("cap", 12.0),
        Product("pin", 2.25, tags=("sale", "promo")),
    ]
    quotes = await asyncio.gather(*(svc.quote(p) for p in products))
    for p, q in zip(sorted(products), [quotes[products.index(p)] for p in sorted(products)]):
        print(f"{p.sku:4} {p.price:6.2f} -> {q:6.2f}")
    print("lookups", svc.lookups, PriceService.discount_for.cache_info())
    stocks = await asyncio.gather(warehouse_stock("mug"), warehouse_stock("tee"), warehouse_stock("mug"), warehouse_stock("bad"), return_exceptions=True)
    print("stocks", stocks, "calls", calls)
    print("again", await warehouse_stock("tee"), calls, warehouse_stock.__name__)
    updated = [replace(p, stock=s) for p, s in zip(products, stocks) if isinstance(s, int)]
    print([asdict(u) for u in updated][:1])
    print(sorted(updated)[0], max(updated))
    c = cached_coro(1)
    print(await c)
    try:
        await cached_coro(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(cached_coro.cache_info().hits)


asyncio.run(main())
