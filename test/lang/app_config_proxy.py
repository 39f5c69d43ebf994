# Config system: attribute proxies (__getattr__/__setattr__/__delattr__/__getattribute__), frozen views,
# layered lookup with ChainMap, deep merge, json round trip, validation via class decorators
import json
from collections import ChainMap
import copy


def validated(**rules):
    def deco(cls):
        orig_setattr = cls.__setattr__

        def __setattr__(self, name, value):
            rule = rules.get(name)
            if rule is not None:
                typ, check = rule
                if not isinstance(value, typ):
                    raise TypeError(f"{cls.__name__}.{name} must be {typ.__name__}, not {type(value).__name__}")
                if not check(value):
                    raise ValueError(f"{cls.__name__}.{name}={value!r} failed validation")
            orig_setattr(self, name, value)

        cls.__setattr__ = __setattr__
        cls.rules = sorted(rules)
        return cls
    return deco


class Node:
    def __init__(self, data=None, path="root"):
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "_path", path)
        for k, v in (data or {}).items():
            setattr(self, k, v)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"{self._path} has no setting {name!r}") from None

    def __setattr__(self, name, value):
        if isinstance(value, dict):
            value = Node(value, f"{self._path}.{name}")
        self._data[name] = value

    def __delattr__(self, name):
        if name not in self._data:
            raise AttributeError(f"cannot delete missing {name!r}")
        del self._data[name]

    def __contains__(self, name):
        return name in self._data

    def __iter__(self):
        return iter(sorted(self._data))

    def __dir__(self):
        return sorted(self._data)

    def to_dict(self):
        return {k: v.to_dict() if isinstance(v, Node) else v for k, v in self._data.items()}

    def __repr__(self):
        return f"Node<{self._path}>({', '.join(self)})"


@validated(port=(int, lambda p: 0 < p < 65536), host=(str, lambda h: bool(h) and " " not in h), debug=(bool, lambda b: True))
class ServerConfig(Node):
    pass


class ReadOnly:
    __slots__ = ("_target", "_reads")

    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_reads", [])

    def __getattribute__(self, name):
        if name in ("_target", "_reads", "__class__", "__repr__"):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, "_reads").append(name)
        value = getattr(object.__getattribute__(self, "_target"), name)
        return ReadOnly(value) if isinstance(value, Node) else value

    def __setattr__(self, name, value):
        raise AttributeError(f"read-only config: cannot set {name!r}")

    def __repr__(self):
        return f"ReadOnly({object.__getattribute__(self, '_target')!r})"


def deep_merge(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


DEFAULTS = {"server": {"host": "localhost", "port": 8080, "tls": {"enabled": False, "ciphers": ["a", "b"]}}, "log": {"level": "INFO"}}
FILE = '{"server": {"port": 9000, "tls": {"enabled": true}}, "log": {"level": "DEBUG", "file": null}, "extra": [1, 2.5, "x"]}'
ENV = {"server": {"host": "0.0.0.0"}}

merged = deep_merge(deep_merge(DEFAULTS, json.loads(FILE)), ENV)
print(json.dumps(merged, sort_keys=True))
print(json.dumps(merged, indent=4, sort_keys=True)[:120])
cfg = Node(merged)
print(cfg, cfg.server, cfg.server.tls.enabled, cfg.server.tls.ciphers, cfg.log.file, cfg.extra)
print("server" in cfg, "nope" in cfg, list(cfg.server), dir(cfg.log))
try:
    cfg.server.tls.missing
except AttributeError as e:
    print("AttributeError:", e)
cfg.server.workers = 4
del cfg.extra
try:
    del cfg.extra
except AttributeError as e:
    print("AttributeError:", e)
print(cfg.to_dict() == {**merged, "server": {**merged["server"], "workers": 4}, "extra": None} or "differs", sorted(cfg.to_dict()))
print(getattr(cfg, "log").level, getattr(cfg, "zzz", "default"), hasattr(cfg, "zzz"), hasattr(cfg, "log"))

sc = ServerConfig({"host": "example.org", "port": 443})
print(sc, sc.port, ServerConfig.rules)
for name, value in [("port", 0), ("port", "80"), ("host", "bad host"), ("debug", 1), ("debug", True), ("other", object)]:
    try:
        setattr(sc, name, value)
        print("set", name, "ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

ro = ReadOnly(cfg)
print(ro.server.host, ro.log.level, object.__getattribute__(ro, "_reads"))
try:
    ro.server = 1
except AttributeError as e:
    print("AttributeError:", e)
print(repr(ro)[:40], type(ro).__name__, isinstance(ro, ReadOnly))

layers = ChainMap({"port": 1}, {"port": 2, "host": "h"}, {"debug": False, "host": "z"})
print(layers["port"], layers["host"], layers["debug"], len(layers), sorted(layers), layers.maps[0])
child = layers.new_child({"port": 99})
child["new"] = True
print(child["port"], child.parents["port"], dict(child) == {"port": 99, "host": "h", "debug": False, "new": True}, layers.get("new"))
del child["new"]
try:
    del child["host"]
except KeyError as e:
    print("KeyError:", e)
print(json.dumps({"a": float("inf"), "b": -0.0, "c": 1e100, "d": 12.0, "e": [None, True]}), json.loads("1.0"), json.loads('"\\ud83d\\ude00"'))
print(json.dumps([1, 2], indent=0), json.dumps({}, indent=2), json.dumps([[]], indent="--"), json.dumps({"k": "v"}, indent=2, separators=(",", " = ")))
