# Ends with a chained exception: RuntimeError raised from KeyError
config = {"host": "localhost", "port": "8080"}
def get_setting(name):
    try:
        return config[name]
    except KeyError as e:
        raise RuntimeError(f"missing setting {name!r}") from e
print(get_setting("host"))
print(int(get_setting("port")) + 1)
try:
    get_setting("user")
except RuntimeError as e:
    print("caught", e, "cause:", repr(e.__cause__))
print(get_setting("timeout"))
