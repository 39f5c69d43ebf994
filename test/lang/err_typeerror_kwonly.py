# Ends with: TypeError: connect() takes 1 positional argument but 2 were given
def connect(host, *, port=80, timeout=1.0):
    return f"{host}:{port} (t={timeout})"
print(connect("a"))
print(connect("b", port=8080))
print(connect("c", timeout=2.5, port=1))
try:
    connect("d", 443)
except TypeError as e:
    print("first attempt:", e)
print(connect("e", 443))
