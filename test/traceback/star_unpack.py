first, *rest = 5
