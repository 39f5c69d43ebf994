// The object model: every Python value is one of
//   int   -> JS number (safe integer) or bigint (never a bigint that fits in a number)
//   bool  -> JS boolean
//   str   -> JS string
//   float -> PyFloat
//   everything else -> a PyObject whose `cls` is its Python type.
export type PyVal = any;

export type Kw = Map<string, PyVal> | null;
export type NativeFn = (args: PyVal[], kw: Kw) => PyVal;
export type NativeMethod = (self: PyVal, args: PyVal[], kw: Kw) => PyVal;

/** Own-property storage with no prototype members: instances get V8 hidden classes (compact, fast). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Store: { new (): Record<string, PyVal> } = function Store() {} as any;
Store.prototype = Object.create(null);

/**
 * An instance's attribute dict. Same interface as Map, but stored as object properties so that
 * instances of a class share a hidden class: far smaller than a Map, and inline-cacheable.
 * Values are never undefined (absence is undefined).
 */
export class AttrMap implements Map<string, PyVal> {
  /** The attributes as properties; generated code reads them directly (a per-site property load). */
  o = new Store();
  get size(): number { return Object.keys(this.o).length; }
  get(k: string): PyVal { return this.o[k]; }
  has(k: string): boolean { return this.o[k] !== undefined; }
  set(k: string, v: PyVal): this { this.o[k] = v; return this; }
  delete(k: string): boolean {
    if (this.o[k] === undefined) return false;
    delete this.o[k];
    return true;
  }
  clear(): void { this.o = new Store(); }
  forEach(cb: (v: PyVal, k: string, m: Map<string, PyVal>) => void): void { for (const k of Object.keys(this.o)) cb(this.o[k], k, this); }
  *entries(): MapIterator<[string, PyVal]> { for (const k of Object.keys(this.o)) yield [k, this.o[k]]; }
  keys(): MapIterator<string> { return Object.keys(this.o)[Symbol.iterator]() as MapIterator<string>; }
  *values(): MapIterator<PyVal> { for (const k of Object.keys(this.o)) yield this.o[k]; }
  [Symbol.iterator](): MapIterator<[string, PyVal]> { return this.entries(); }
  get [Symbol.toStringTag](): string { return 'AttrMap'; }
}

/** Bumped when a name is added to or removed from any module's globals; global-name caches check it. */
export const GLOBALS_VERSION = { v: 0 };
/** The table of the dict globals() hands out, as a module's GlobalsMap updates it. */
export interface GlobalsMirror {
  setFromGlobals(k: string, v: PyVal): void;
  deleteFromGlobals(k: string): void;
  clearFromGlobals(): void;
}
/** A global's value as the global-name caches hold it. A name keeps its cell while it is bound;
 * an unbound name's cell is emptied (v undefined) and never used again. */
export class GlobalCell { constructor(public v: PyVal) {} }

/**
 * A module's globals: a Map of names to cells, so that rebinding a name is a store into its cell
 * and only adding or removing a name invalidates the global-name caches (GLOBALS_VERSION). Once
 * globals() has handed out a dict, this and that dict's table hold the same entries and each
 * mirrors every write into the other (lookups stay here, at native speed).
 */
export class GlobalsMap implements Map<string, PyVal> {
  private cells = new Map<string, GlobalCell>();
  mirror: GlobalsMirror | null = null;
  /** The dict globals() returns, once asked for. */
  dict: PyObject | null = null;
  constructor(entries?: Iterable<[string, PyVal]>) { if (entries) for (const [k, v] of entries) this.bind(k, v); }
  get size(): number { return this.cells.size; }
  get(k: string): PyVal { return this.cells.get(k)?.v; }
  has(k: string): boolean { return this.cells.has(k); }
  /** The cell of a bound name, or undefined. */
  cell(k: string): GlobalCell | undefined { return this.cells.get(k); }
  set(k: string, v: PyVal): this {
    this.bind(k, v);
    if (this.mirror) this.mirror.setFromGlobals(k, v);
    return this;
  }
  delete(k: string): boolean {
    if (!this.unbind(k)) return false;
    if (this.mirror) this.mirror.deleteFromGlobals(k);
    return true;
  }
  clear(): void {
    this.unbindAll();
    if (this.mirror) this.mirror.clearFromGlobals();
  }
  setFromDict(k: string, v: PyVal): void { this.bind(k, v); }
  deleteFromDict(k: string): void { this.unbind(k); }
  clearFromDict(): void { this.unbindAll(); }
  private bind(k: string, v: PyVal): void {
    const c = this.cells.get(k);
    if (c !== undefined) { c.v = v; return; }
    this.cells.set(k, new GlobalCell(v));
    GLOBALS_VERSION.v++;
  }
  private unbind(k: string): boolean {
    const c = this.cells.get(k);
    if (c === undefined) return false;
    c.v = undefined;
    this.cells.delete(k);
    GLOBALS_VERSION.v++;
    return true;
  }
  private unbindAll(): void {
    for (const c of this.cells.values()) c.v = undefined;
    this.cells.clear();
    GLOBALS_VERSION.v++;
  }
  forEach(cb: (v: PyVal, k: string, m: Map<string, PyVal>) => void): void { for (const [k, c] of this.cells) cb(c.v, k, this); }
  *entries(): MapIterator<[string, PyVal]> { for (const [k, c] of this.cells) yield [k, c.v]; }
  keys(): MapIterator<string> { return this.cells.keys(); }
  *values(): MapIterator<PyVal> { for (const c of this.cells.values()) yield c.v; }
  [Symbol.iterator](): MapIterator<[string, PyVal]> { return this.entries(); }
  get [Symbol.toStringTag](): string { return 'GlobalsMap'; }
}

export class PyObject {
  cls: PyType;
  dict: Map<string, PyVal> | null;
  /** Values of `__slots__` members, by mangled name; created on the first store. */
  declare slotVals?: Record<string, PyVal>;
  constructor(cls: PyType, dict: Map<string, PyVal> | null = null) {
    this.cls = cls;
    this.dict = dict;
  }
}

/** Version bumped by every class-attribute write, so per-type lookup caches stay valid. */
let typeVersion = 0;
/** Readable copy of the type version for inline caches. */
export const TYPE_VERSION = { v: 0 };
export function bumpTypeVersion(): void { typeVersion++; TYPE_VERSION.v = typeVersion; }

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  /** CPython's tp_name where it differs from the name, as for a C type of a module
   * ('_asyncio.Future', 'collections.deque'): error messages use it. Not inherited. */
  tpName: string | null = null;
  bases: PyType[];
  mro: PyType[] = [];
  declare dict: Map<string, PyVal>;
  /** Builtin types: make a fresh instance for `cls(...)`; user subclasses inherit it. */
  native: ((cls: PyType, args: PyVal[], kw: Kw) => PyVal) | null = null;
  /** Python-level instances of this type carry an attribute dict. */
  hasDict = true;
  /** Native instances get an attribute dict on their first attribute store (C objects with a
   * tp_dictoffset but no `__dict__` attribute, e.g. _asyncio.Future and Task). */
  lazyDict = false;
  private cache = new Map<string, PyVal>();
  private cacheVersion = -1;
  private slotsCache: Slots | null = null;
  private slotsVersion = -1;
  /** The special methods that hot paths consult, resolved once per type version. */
  slots(): Slots {
    if (this.slotsVersion !== typeVersion || this.slotsCache === null) {
      this.slotsCache = {
        getattribute: this.lookup('__getattribute__'), getattr: this.lookup('__getattr__'), setattr: this.lookup('__setattr__'),
        new_: this.lookup('__new__'), init: this.lookup('__init__'), bool: this.lookup('__bool__'), len: this.lookup('__len__'),
      };
      this.slotsVersion = typeVersion;
    }
    return this.slotsCache;
  }
  constructor(meta: PyType | null, name: string, bases: PyType[], dict?: Map<string, PyVal>) {
    super(meta as PyType, dict ?? new Map());
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.bases = bases;
  }
  /** Attribute on the type or its MRO, or undefined. */
  lookup(name: string): PyVal {
    if (this.cacheVersion !== typeVersion) { this.cache.clear(); this.cacheVersion = typeVersion; }
    let v = this.cache.get(name);
    if (v !== undefined) return v === MISSING ? undefined : v;
    v = undefined;
    for (const t of this.mro) {
      const x = t.dict.get(name);
      if (x !== undefined) { v = x; break; }
    }
    this.cache.set(name, v === undefined ? MISSING : v);
    return v;
  }
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const m = this.mro;
    for (let i = 0; i < m.length; i++) if (m[i] === other) return true;
    return false;
  }
}
const MISSING = Symbol('missing');
export interface Slots { getattribute: PyVal; getattr: PyVal; setattr: PyVal; new_: PyVal; init: PyVal; bool: PyVal; len: PyVal }

export class PyFloat {
  v: number;
  constructor(v: number) { this.v = v; }
}

/** C3 linearisation. Returns null when no consistent order exists. */
export function c3(cls: PyType, bases: PyType[]): PyType[] | null {
  const seqs = bases.map((b) => b.mro.slice()).concat([bases.slice()]);
  const out: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let pick: PyType | null = null;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((t) => t.indexOf(cand) > 0)) { pick = cand; break; }
    }
    if (!pick) return null;
    out.push(pick);
    for (const s of live) if (s[0] === pick) s.shift();
  }
}

// --- the two root types; everything else is built on them in types.ts ---
export const typeType: PyType = new PyType(null, 'type', []);
export const objectType: PyType = new PyType(typeType, 'object', []);
typeType.cls = typeType;
objectType.mro = [objectType];
objectType.hasDict = false;
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];

export function makeType(name: string, bases: PyType[] = [objectType], hasDict = false): PyType {
  const t = new PyType(typeType, name, bases);
  t.mro = c3(t, bases)!;
  t.hasDict = hasDict;
  for (const b of bases) if (b.native && !t.native) t.native = b.native;
  return t;
}

// --- functions ---
export class Code {
  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public firstLine: number,
    /** Names of the local variables, for the debugger. */
    public varnames: string[],
    public kind: 'function' | 'generator' | 'coroutine' | 'asyncgen' | 'module' | 'class' = 'function',
    /** Number of parameters (the first varnames). */
    public argcount = 0,
    /** Variables read from enclosing functions (co_freevars, as far as the debugger needs them). */
    public freevars: string[] = [],
  ) {
    this.frameVars = freevars.length ? varnames.concat(freevars) : varnames;
  }
  /** The names of a frame's locals snapshot (Frame.v): the locals, then the free variables. */
  readonly frameVars: string[];
  /** CO_ITERABLE_COROUTINE (types.coroutine): its generators can be awaited. */
  iterableCoroutine = false;
}

export interface Signature {
  /** Positional parameter names (positional-only first). */
  params: string[];
  posOnly: number;
  varargs: string | null;
  kwOnly: string[];
  varkw: string | null;
}

export const functionType = makeType('function');
export const builtinFunctionType = makeType('builtin_function_or_method');
export const methodType = makeType('method');
export const noneType = makeType('NoneType');
export const notImplementedType = makeType('NotImplementedType');
export const ellipsisType = makeType('ellipsis');

export class PyFunction extends PyObject {
  defaults: PyVal[];
  kwDefaults: Map<string, PyVal> | null;
  /** Only positional parameters, no defaults needed: callers may invoke `fn` directly with argc args. */
  argc: number;
  simple: boolean;
  module: string;
  doc: PyVal;
  /** A coroutine function with a native fast path (fastCoroutine.ts): `await fn(*args)` answered
   * at the call, without a coroutine object, when it need not wait. */
  awaitNow: ((args: PyVal[]) => PyVal) | null = null;
  constructor(
    public code: Code,
    public sig: Signature,
    public fn: (...args: PyVal[]) => PyVal,
    defaults: PyVal[],
    kwDefaults: Map<string, PyVal> | null,
    public globals: Map<string, PyVal>,
  ) {
    super(functionType, new AttrMap());
    this.defaults = defaults;
    this.kwDefaults = kwDefaults;
    this.simple = sig.varargs === null && sig.varkw === null && sig.kwOnly.length === 0;
    this.argc = this.simple ? sig.params.length : -1;
    this.module = '__main__';
    this.doc = None;
  }
}

export class PyBuiltin extends PyObject {
  /** The module of a function defined in one (other than builtins), for its error messages. */
  module: string | null = null;
  constructor(public name: string, public fn: NativeFn, public self: PyVal = undefined, public qualname = name) {
    super(builtinFunctionType, null);
  }
}

/** A native method stored in a builtin type's dict. */
export class PyNativeMethod extends PyObject {
  constructor(public name: string, public fn: NativeMethod, public owner: PyType | null = null) {
    super(methodDescriptorType, null);
  }
}
export const methodDescriptorType = makeType('method_descriptor');

export class PyMethod extends PyObject {
  constructor(public func: PyVal, public self: PyVal) {
    super(methodType, null);
  }
}

/** A native data descriptor (like CPython's getset): computed attributes of builtin types. */
export class PyGetSet extends PyObject {
  constructor(
    public name: string, public get: (self: PyVal) => PyVal, public set: ((self: PyVal, v: PyVal) => void) | null = null,
    public del: ((self: PyVal) => void) | null = null,
  ) {
    super(getsetType, null);
  }
  /** What reading it from the class gives, when not the descriptor itself (a type's __doc__). */
  classValue: PyVal | undefined = undefined;
}
export const getsetType = makeType('getset_descriptor');

// --- singletons ---
export class PyNone extends PyObject {}
export const None: PyVal = new PyNone(noneType, null);
export const NotImplemented: PyVal = new PyObject(notImplementedType, null);
export const Ellipsis: PyVal = new PyObject(ellipsisType, null);

export function isNone(v: PyVal): boolean { return v === None; }
