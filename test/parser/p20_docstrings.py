"""Module docstring."""

def f():
    """Function docstring."""
    return 1

class A:
    '''Class docstring.'''

    def m(self):
        r"""Raw docstring \n."""

x = ("implicit"
     "concatenation")
y = """A
multi-line
string"""
