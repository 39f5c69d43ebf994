f = open("x.txt")
