for i in range(3):
    for j in range(3):
        if i == j:
            break
    else:
        continue
    break
else:
    pass
while True:
    try:
        pass
    except Exception:
        break
    finally:
        continue
