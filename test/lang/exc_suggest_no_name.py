raise AttributeError('custom')
