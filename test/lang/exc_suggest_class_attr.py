class Config:
    timeout = 3
    def retry(self): pass
print(Config.timout)
