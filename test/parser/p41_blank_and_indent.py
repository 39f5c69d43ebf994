

def f():

    x = 1

    if x:


        return x
    # comment

    return 0



class A:
        def deep(self):
             return 1
        y = 2
