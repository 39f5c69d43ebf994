def a():
    def b():
        def c():
            return 1
        return c
    class D:
        class E:
            def f(self):
                if x:
                    for y in z:
                        while w:
                            try:
                                pass
                            finally:
                                return
    return b
x = 1
