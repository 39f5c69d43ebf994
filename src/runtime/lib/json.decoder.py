"""json.decoder: the decoding half of json (CPython's JSONDecoder lives here)."""

from json import JSONDecoder, JSONDecodeError, scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']
