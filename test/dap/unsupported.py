import socket
print(socket)
