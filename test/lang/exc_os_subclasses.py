names = [PermissionError, FileExistsError, IsADirectoryError, ProcessLookupError, BrokenPipeError,
         ConnectionResetError, InterruptedError, ChildProcessError, NotADirectoryError,
         ConnectionAbortedError, ConnectionRefusedError, BlockingIOError, UnicodeTranslateError,
         SyntaxWarning, PendingDeprecationWarning, FutureWarning, ImportWarning, UnicodeWarning,
         BytesWarning, ResourceWarning, EncodingWarning, FileNotFoundError, TimeoutError]
for n in names:
    print(n.__name__, n.__bases__, [c.__name__ for c in n.__mro__])

try:
    raise PermissionError(13, 'Permission denied')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, str(e))
try:
    raise BrokenPipeError('pipe')
except ConnectionError as e:
    print(repr(e), isinstance(e, OSError))
try:
    raise FileExistsError
except (IsADirectoryError, FileExistsError) as e:
    print('caught', type(e).__name__)
