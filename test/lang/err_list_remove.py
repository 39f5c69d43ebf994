# Ends with: ValueError: list.remove(x): x not in list
todo = ["write", "test", "ship"]
print(todo.count("ship"), "ship" in todo)
todo.insert(0, "plan")
print(todo)
for done in ["test", "write"]:
    todo.remove(done)
    print("finished", done, "left", todo)
print("index of ship:", todo.index("ship"))
todo.remove("celebrate")
