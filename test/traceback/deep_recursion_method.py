class N:
    def depth(self):
        return self.depth() + 1
N().depth()
