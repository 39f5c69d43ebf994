# OSError(errno, strerror) builds the errno's subclass; attributes and str of OS errors.
for errno in (1, 2, 13, 17, 20, 21, 32, 110, 111, 999):
    e = OSError(errno, 'message')
    print(errno, type(e).__name__, e.errno, e.strerror, str(e), isinstance(e, OSError))
print(type(OSError(2)).__name__, type(OSError('a', 'b')).__name__, type(FileNotFoundError(13, 'x')).__name__)
try:
    raise OSError(2, 'No such file or directory', 'missing.txt')
except FileNotFoundError as e:
    print('caught', repr(e.filename), e.args, str(e))
class MyOSError(OSError):
    pass
print(type(MyOSError(2, 'x')).__name__, issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(str(OSError()), str(OSError('just one')), repr(OSError(2, 'x')), repr(TimeoutError()))
for cls in (ConnectionRefusedError, BrokenPipeError, PermissionError, BlockingIOError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])
