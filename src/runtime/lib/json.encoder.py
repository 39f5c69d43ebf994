"""json.encoder: the encoding half of json (CPython's JSONEncoder lives here)."""

from json import JSONEncoder, encode_basestring, encode_basestring_ascii, INFINITY
