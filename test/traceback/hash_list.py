h = hash([1])
