try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as exc:
    raise RuntimeError("x") from exc
except:
    raise ValueError
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass
except* (TypeError, OSError) as eg:
    pass

try:
    x = 1
except E:
    pass
else:
    y = 2
