# Module-level logging functions after basicConfig: levels, format fields, force=True, disable.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s|%(name)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s")
logging.debug("hidden debug")
logging.info("info %s and %d", "text", 42)
logging.warning("warning with %(key)s", {"key": "mapping"})


def helper(x):
    logging.error("error in helper: %r", x)
    logging.log(25, "custom level 25")


helper([1, 2])
logging.addLevelName(25, "NOTICE")
logging.log(25, "now named")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(7))
print(logging.getLevelName(logging.WARN), logging.WARN, logging.FATAL)
print(sorted(logging.getLevelNamesMapping().items())[:3])

# basicConfig a second time does nothing...
logging.basicConfig(format="IGNORED %(message)s")
logging.info("still the first format")
# ...unless force=True
logging.basicConfig(stream=sys.stdout, format="%(name)s: %(message)s", force=True)
logging.info("root level still INFO? no: force re-creates the handler only")
logging.warning("forced format")
root = logging.getLogger()
print(root, root.level, len(root.handlers), root.handlers[0])

logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes")
logging.disable(logging.NOTSET)
logging.warning("enabled again")

for bad in (dict(style="x"), dict(foo=1, bar=2), dict(stream=sys.stdout, handlers=[])):
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger().setLevel(2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    logging.getLogger().log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
