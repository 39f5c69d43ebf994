s = """ab

c
