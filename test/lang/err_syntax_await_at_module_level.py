# SyntaxError: 'await' outside function
import asyncio


async def main():
    return 42


print("start")
result = await main()
print(result)
