# Ends with: KeyError: (2, 3)
board = {(x, y): "." for x in range(2) for y in range(2)}
board[(0, 0)] = "X"
board[(1, 1)] = "O"
for y in range(2):
    print("".join(board[(x, y)] for x in range(2)))
moves = [(0, 1), (1, 0), (2, 3)]
for m in moves:
    print("checking", m)
    print("cell", board[m])
