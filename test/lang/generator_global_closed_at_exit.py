# Generators that module globals still hold when the program ends are closed as the interpreter
# frees the globals, in their order: each one's finally clause runs after the last line.


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)


first = numbers("first")
next(first)
unstarted = numbers("never started")
_private = numbers("_private")
next(_private)
in_list = [numbers("in a list"), 3]
next(in_list[0])
table = {"k": numbers("in a dict")}
next(table["k"])
done = numbers("exhausted")
print(list(done))
print("last line")
