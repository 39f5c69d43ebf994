class M:
    def __format__(self, spec):
        print("formatting", spec)
        return "m"
for f in ["{0:a}{", "{0:b}{1!x}", "{0:c}}", "{0:d}{0.}", "{0:e}{1}", "{0:f}{:}"]:
    try: print(f.format(M()))
    except Exception as e: print(type(e).__name__, e)
import string
for f in ["ab{0", "ab{{c{0!x}", "{0!u:>3}x", "a{0!}", "a{0!r", "}", "{0:{", "x{0[}"]:
    try: print(list(string.Formatter().parse(f)))
    except Exception as e: print(type(e).__name__, e)
    it = string.Formatter().parse(f)
    try:
        print(next(it))
    except Exception as e: print(type(e).__name__, e)
