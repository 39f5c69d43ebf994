import socket
print(1)
