def get():
    return None
get().x
