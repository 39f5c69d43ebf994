# With no handler configured, WARNING and above go to logging's last resort: the bare message on
# stderr. Libraries add a NullHandler to stay quiet.
import logging
import sys

log = logging.getLogger("lib")
log.info("info: dropped")
log.debug("debug: dropped")
print("effective", log.getEffectiveLevel(), logging.lastResort)
quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.error("swallowed by the NullHandler")
print(repr(logging.NullHandler()), repr(logging.Handler()), logging.StreamHandler(sys.stdout))
logging.lastResort = None
log.warning("no last resort: a one-time notice instead")
log.warning("and nothing the second time")
logging.lastResort = logging._defaultLastResort
log.setLevel(logging.INFO)
log.info("info is below the last resort's level")
log.error("the last resort: %s", "just the message")
