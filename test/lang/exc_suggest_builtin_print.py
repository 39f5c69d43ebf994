pint('hello')
