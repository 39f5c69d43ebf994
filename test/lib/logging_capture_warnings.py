# logging.captureWarnings: warnings become records of the 'py.warnings' logger.
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format="%(levelname)s [%(name)s] %(message)s")


def deprecated():
    warnings.warn("deprecated() will go away", UserWarning, stacklevel=2)


deprecated()
logging.captureWarnings(True)
deprecated()
warnings.warn("captured directly", RuntimeWarning)
print(logging.getLogger("py.warnings").handlers)
logging.captureWarnings(True)
logging.captureWarnings(False)
warnings.warn("back on stderr", RuntimeWarning)
logger = logging.getLogger()
logger.warn("Logger.warn is deprecated")
logging.warn("logging.warn too")
