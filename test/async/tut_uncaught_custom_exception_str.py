"""A custom exception hierarchy with __str__ escapes asyncio.run; last traceback line shows it."""
import asyncio


class AppError(Exception):
    def __init__(self, code: int, detail: str) -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return f"[E{self.code:04d}] {self.detail}"


class PaymentDeclined(AppError):
    pass


async def charge(card: str, amount: float) -> str:
    await asyncio.sleep(0.01)
    if card.endswith("0000"):
        raise PaymentDeclined(51, f"card {card[-4:]} declined for ${amount:,.2f}")
    return f"charged ${amount:.2f}"


async def checkout(items: dict[str, float], card: str) -> str:
    total = sum(items.values())
    print(f"checkout {len(items)} items, total {total:.2f}")
    try:
        return await charge(card, total)
    except PaymentDeclined as e:
        print("declined:", e, e.args, e.code)
        raise AppError(99, "checkout failed") from e


async def main():
    print(await checkout({"book": 12.5, "pen": 1.25}, "4111-1111"))
    await checkout({"laptop": 1999.99}, "4000-0000")


asyncio.run(main())
