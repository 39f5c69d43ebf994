async def main():
    x = (1, 2
    print(x)

main()
