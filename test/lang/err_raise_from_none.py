# Ends with: ValueError: port must be numeric (raised from None, context suppressed)
def parse_port(s):
    try:
        return int(s)
    except ValueError:
        raise ValueError("port must be numeric") from None
for s in ["80", "443", "8080"]:
    p = parse_port(s)
    print(s, "->", p, "privileged" if p < 1024 else "unprivileged")
try:
    parse_port("http")
except ValueError as e:
    print("caught:", e, e.__suppress_context__)
parse_port("ssh")
