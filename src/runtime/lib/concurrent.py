"""concurrent: the package of concurrent.futures (lib/concurrent.futures.py)."""
