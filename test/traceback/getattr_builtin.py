getattr(object(), 'zz')
