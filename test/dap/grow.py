print("start")
chunks = []
while True:
    chunks.append([0] * 100000)
