# The asyncio start-up every loop benchmark pays: import asyncio and run an empty main().
import asyncio


async def main():
    pass

asyncio.run(main())
