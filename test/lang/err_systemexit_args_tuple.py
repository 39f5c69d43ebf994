# SystemExit with several arguments prints its args tuple and exits 1.
print("before")
raise SystemExit("a", "b")
