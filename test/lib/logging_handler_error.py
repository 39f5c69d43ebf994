# A record whose message cannot be formatted: the handler reports '--- Logging error ---' on stderr
# and logging goes on (raiseExceptions); a custom Handler subclass; Handler.emit must be defined.
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
log = logging.getLogger("app")
log.addHandler(lh)
log.setLevel(logging.DEBUG)
log.debug("below the handler's level")
log.info("kept %d", 1)
log.warning("kept %s", "two")
print(lh.records, lh, lh.name)
lh.set_name("collector")
print(lh.name, lh.get_name())

try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)

out = logging.StreamHandler(sys.stdout)
log.addHandler(out)
log.info("after the error, logging goes on")
log.removeHandler(lh)
log.error("bad format %d", "not a number")
print("still running")
