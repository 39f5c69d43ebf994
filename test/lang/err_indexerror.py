# Ends with: IndexError: list index out of range
grid = [[1, 2, 3], [4, 5, 6]]
for r in range(len(grid)):
    for c in range(len(grid[r])):
        print(r, c, grid[r][c])
print(grid[-1][-1], grid[0][-3])
row = grid[1]
row.append(7)
print(row, len(row))
print(row[3])
print(row[4])
