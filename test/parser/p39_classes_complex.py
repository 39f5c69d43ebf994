class A(B, C, metaclass=M, flag=True):
    x: int = 0
    y = z = 1

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)

    async def am(self):
        async with self.lock:
            await self.x

    @classmethod
    def cm(cls, /, a, *, b=1):
        return cls(a, b=b)

    class Inner:
        pass
