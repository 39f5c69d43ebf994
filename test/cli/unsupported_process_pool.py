import concurrent.futures

with concurrent.futures.ProcessPoolExecutor() as pool:
    print(list(pool.map(abs, [-1, 2])))
