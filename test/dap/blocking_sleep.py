import time

print("start")
time.sleep(30)
print("never")
