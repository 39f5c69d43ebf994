class MyError(Exception):
    def __init__(self, msg):
        super().__init__(msg)

def f():
    try:
        raise MyError("x")
    except MyError as e:
        raise ValueError() from e
    except (ValueError, TypeError):
        raise
    except BaseException:
        pass

try:
    f()
except* ValueError as eg:
    pass
else:
    pass
finally:
    pass
