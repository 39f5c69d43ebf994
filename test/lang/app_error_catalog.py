# An error catalogue for a data-import tool: builds the exceptions a real importer meets (decode and
# encode errors with their parts, OSError subclasses picked by errno, SyntaxError details, NameError and
# AttributeError with name/obj), chains and groups them, and prints a report with format_exception_only
import traceback

RAW_RECORDS = [
    b"name=Alice;city=Z\xc3\xbcrich",
    b"name=Bob;city=K\xf6ln",
    b"name=Carol;city=Paris\xe2\x82",
    b"name=Dan;city=Oslo",
]


class ImportFailure(Exception):
    def __init__(self, record_no, reason):
        super().__init__(f"record {record_no}: {reason}")
        self.record_no = record_no


def decode_record(i, raw):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"  decode error in record {i}: {e}")
        print(f"    parts: enc={e.encoding!r} start={e.start} end={e.end} reason={e.reason!r} bad={e.object[e.start:e.end]!r}")
        print(f"    args == parts: {e.args == (e.encoding, e.object, e.start, e.end, e.reason)}")
        fixed = raw.decode("utf-8", errors="replace")
        raise ImportFailure(i, "undecodable bytes") from e if fixed.count("\ufffd") > 1 else None
    return dict(part.split("=", 1) for part in text.split(";"))


def export_ascii(rec):
    try:
        return rec["city"].encode("ascii")
    except UnicodeEncodeError as e:
        e.reason = "city must be ASCII for the legacy system"
        e.add_note(f"while exporting {rec['name']}")
        raise


records, failures = [], []
for i, raw in enumerate(RAW_RECORDS):
    try:
        rec = decode_record(i, raw)
        if rec is not None:
            records.append(rec)
    except ImportFailure as e:
        failures.append(e)
print("decoded", [r["name"] for r in records], "failures", [str(f) for f in failures])
for f in failures:
    print("  cause:", repr(f.__cause__)[:60], "| suppress:", f.__suppress_context__)

exports = []
for rec in records:
    try:
        exports.append(export_ascii(rec))
    except UnicodeEncodeError as e:
        print("".join(traceback.format_exception_only(e)), end="")
        exports.append(rec["city"].encode("ascii", "backslashreplace"))
print(exports)

custom = [
    UnicodeDecodeError("latin-9", b"\x80abc", 0, 1, "made up"),
    UnicodeDecodeError("x", bytearray(b"abcdef"), 2, 5, "range"),
    UnicodeEncodeError("cp1252", "naïve ☃", 6, 7, "no snowmen"),
    UnicodeTranslateError("tab\there", 3, 4, "no tabs"),
    OSError(2, "No such file or directory", "data/missing.csv"),
    OSError(13, "Permission denied"),
    OSError(17, "File exists", "out", 0, "out.bak"),
    OSError("just a message"),
    SyntaxError("invalid syntax", ("/etc/import/rules.cfg", 12, 5, "when x => y", 12, 7)),
    SyntaxError("bare"),
    NameError("name 'colour' is not defined", name="colour"),
    AttributeError("'Rec' object has no attribute 'cty'", name="cty", obj=records[0]),
    ImportError("no module", name="fastcsv", path="/opt/fastcsv.so"),
]
for exc in custom:
    extra = {k: getattr(exc, k) for k in ("errno", "strerror", "filename", "filename2", "lineno", "offset", "text", "name", "path", "start", "end") if getattr(exc, k, None) is not None}
    print(f"{type(exc).__name__:<22} {str(exc)!r:.70}")
    if extra:
        print(f"{'':<22} {extra}")
for bad in [lambda: UnicodeDecodeError("u", "text", 0, 1, "r"), lambda: UnicodeEncodeError("u", b"x", 0, 1, "r"),
            lambda: UnicodeDecodeError("u"), lambda: SyntaxError("m", ("f", 1)), lambda: NameError("m", nme="x"),
            lambda: AttributeError("m", name=1, obj=2, extra=3), lambda: setattr(ValueError(), "__cause__", "nope")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
group = ExceptionGroup("import finished with errors", [*failures, *custom[:3], ExceptionGroup("io", custom[4:7])])
print(repr(group)[:80])
os_errors, rest = group.split(OSError)
print([type(e).__name__ for e in os_errors.exceptions[0].exceptions], len(rest.exceptions))
print("".join(traceback.format_exception_only(group)), end="")
try:
    raise group
except* FileNotFoundError as g:
    print("missing files:", [e.filename for e in g.exceptions[0].exceptions])
except* UnicodeError as g:
    print("unicode problems:", len(g.exceptions), sorted(type(e).__name__ for e in g.exceptions))
except* ImportFailure as g:
    print("failed records:", [e.record_no for e in g.exceptions])
except* OSError as g:
    print("other OS errors:", [e.errno for e in g.exceptions[0].exceptions])
