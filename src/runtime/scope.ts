// Symbol tables: which names are local, global or free in each function, class and comprehension scope.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export class Scope {
  assigned = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  params: string[] = [];
  used = new Set<string>();
  children: Scope[] = [];
  isGenerator = false;
  isAsync = false;
  hasYield = false;
  /** Names deleted somewhere in this scope (reads need an unbound check even for params). */
  deleted = new Set<string>();
  constructor(public kind: ScopeKind, public node: N, public parent: Scope | null) {}

  isLocal(name: string): boolean {
    if (this.kind === 'module') return false;
    if (this.globals.has(name) || this.nonlocals.has(name)) return false;
    return this.assigned.has(name) || this.params.includes(name);
  }
  /** How a name used in this scope is stored. */
  resolve(name: string): 'local' | 'free' | 'global' | 'classns' {
    if (this.kind === 'class') return this.assigned.has(name) && !this.globals.has(name) ? 'classns' : this.outerResolve(name);
    if (this.kind === 'module') return 'global';
    if (this.globals.has(name)) return 'global';
    if (this.isLocal(name)) return 'local';
    return this.outerResolve(name);
  }
  private outerResolve(name: string): 'free' | 'global' {
    for (let s = this.parent; s; s = s.parent) {
      if (s.kind === 'class') continue;
      if (s.kind === 'module') return 'global';
      if (s.globals.has(name)) return 'global';
      if (s.isLocal(name)) return 'free';
    }
    return 'global';
  }
  /** co_freevars: names this function (or code nested in it) reads from enclosing functions, sorted. */
  freeVars(): string[] {
    const out = new Set<string>();
    const walk = (d: Scope) => {
      for (const n of [...d.used, ...d.nonlocals, ...d.assigned]) {
        if (out.has(n) || d.resolve(n) !== 'free') continue;
        let boundBetween = false;
        for (let c: Scope | null = d; c && c !== this; c = c.parent) if (c.kind !== 'class' && c.isLocal(n)) boundBetween = true;
        if (!boundBetween && this.resolve(n) === 'free') out.add(n);
      }
      for (const c of d.children) walk(c);
    };
    walk(this);
    // Methods using super() or __class__ close over the class cell.
    if (this.kind === 'function' && this.parent?.kind === 'class' && (this.used.has('super') || this.used.has('__class__'))) out.add('__class__');
    return [...out].sort();
  }
  /** Local names in a stable order (params first), for frames and the debugger. */
  varnames(): string[] {
    const out = [...this.params];
    for (const n of this.assigned) if (!out.includes(n) && this.isLocal(n)) out.push(n);
    return out;
  }
}

/** CPython's private name mangling: `__x` inside class `_C` is `_C__x`. */
export function mangle(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped ? `_${stripped}${name}` : name;
}

/**
 * Rewrites private names inside class bodies in place (names, attributes, parameters, global/nonlocal,
 * except targets, import aliases). Functions and classes defined in a class keep their __name__ but
 * are bound under the mangled name (`bindName`).
 */
function mangleNames(node: N, cls: string | null): void {
  if (node === null || node === undefined || typeof node !== 'object') return;
  if (Array.isArray(node)) { for (const n of node) mangleNames(n, cls); return; }
  const args = (a: N) => {
    for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      p.arg = mangle(cls, p.arg);
      mangleNames(p.annotation, cls);
    }
    mangleNames(a.defaults, cls);
    mangleNames(a.kw_defaults, cls);
  };
  switch (node._type) {
    case 'ClassDef':
      if (cls !== null && mangle(cls, node.name) !== node.name) node.bindName = mangle(cls, node.name);
      mangleNames(node.decorator_list, cls);
      mangleNames(node.bases, cls);
      mangleNames(node.keywords, cls);
      mangleNames(node.body, node.name);
      return;
    case 'FunctionDef': case 'AsyncFunctionDef':
      if (cls !== null && mangle(cls, node.name) !== node.name) node.bindName = mangle(cls, node.name);
      mangleNames(node.decorator_list, cls);
      mangleNames(node.returns, cls);
      if (cls !== null) args(node.args); else mangleNames(node.args, cls);
      mangleNames(node.body, cls);
      return;
    case 'Lambda':
      if (cls !== null) args(node.args); else mangleNames(node.args, cls);
      mangleNames(node.body, cls);
      return;
  }
  if (cls !== null) {
    switch (node._type) {
      case 'Name': node.id = mangle(cls, node.id); break;
      case 'Attribute': node.attr = mangle(cls, node.attr); break;
      case 'Global': case 'Nonlocal': node.names = node.names.map((n: string) => mangle(cls, n)); break;
      case 'ExceptHandler': if (node.name) node.name = mangle(cls, node.name); break;
      case 'alias': {
        const bound = node.asname ?? node.name;
        if (!bound.includes('.') && mangle(cls, bound) !== bound) node.asname = mangle(cls, bound);
        break;
      }
    }
  }
  for (const key of Object.keys(node)) {
    if (key === '_type' || key === 'ctx') continue;
    const v = node[key];
    if (v && typeof v === 'object') mangleNames(v, cls);
  }
}

/** Builds the scope tree; `scopes` maps each scope-defining AST node to its Scope. */
export function analyze(mod: N): Map<N, Scope> {
  mangleNames(mod.body, null);
  const scopes = new Map<N, Scope>();
  const root = new Scope('module', mod, null);
  scopes.set(mod, root);
  const visitBody = (body: N[], s: Scope) => { for (const st of body) visit(st, s); };

  const bindTarget = (t: N, s: Scope) => {
    switch (t._type) {
      case 'Name': s.assigned.add(t.id); break;
      case 'Tuple': case 'List': for (const e of t.elts) bindTarget(e, s); break;
      case 'Starred': bindTarget(t.value, s); break;
      default: visit(t, s);
    }
  };

  const functionScope = (node: N, s: Scope, kind: ScopeKind) => {
    const fs = new Scope(kind, node, s);
    scopes.set(node, fs);
    s.children.push(fs);
    return fs;
  };

  const visitArgs = (args: N, s: Scope) => {
    for (const d of args.defaults) visit(d, s);
    for (const d of args.kw_defaults) if (d) visit(d, s);
  };
  const paramNames = (args: N): string[] => {
    const out: string[] = [];
    for (const a of args.posonlyargs) out.push(a.arg);
    for (const a of args.args) out.push(a.arg);
    if (args.vararg) out.push(args.vararg.arg);
    for (const a of args.kwonlyargs) out.push(a.arg);
    if (args.kwarg) out.push(args.kwarg.arg);
    return out;
  };

  const visitComprehension = (node: N, s: Scope) => {
    // The first iterable is evaluated in the enclosing scope.
    visit(node.generators[0].iter, s);
    const cs = functionScope(node, s, 'comprehension');
    node.generators.forEach((g: N, i: number) => {
      bindTarget(g.target, cs);
      if (i > 0) visit(g.iter, cs);
      for (const c of g.ifs) visit(c, cs);
      if (g.is_async) cs.isAsync = true;
    });
    if (node._type === 'DictComp') { visit(node.key, cs); visit(node.value, cs); } else visit(node.elt, cs);
    if (node._type === 'GeneratorExp') cs.isGenerator = true;
  };

  function visit(node: N, s: Scope): void {
    if (node === null || node === undefined || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const n of node) visit(n, s); return; }
    switch (node._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        for (const d of node.decorator_list) visit(d, s);
        visitArgs(node.args, s);
        s.assigned.add(node.bindName ?? node.name);
        const fs = functionScope(node, s, 'function');
        fs.params = paramNames(node.args);
        fs.isAsync = node._type === 'AsyncFunctionDef';
        visitBody(node.body, fs);
        fs.isGenerator = fs.hasYield;
        return;
      }
      case 'Lambda': {
        visitArgs(node.args, s);
        const fs = functionScope(node, s, 'function');
        fs.params = paramNames(node.args);
        visit(node.body, fs);
        fs.isGenerator = fs.hasYield;
        return;
      }
      case 'ClassDef': {
        for (const d of node.decorator_list) visit(d, s);
        for (const b of node.bases) visit(b, s);
        for (const k of node.keywords) visit(k.value, s);
        s.assigned.add(node.bindName ?? node.name);
        const cs = functionScope(node, s, 'class');
        visitBody(node.body, cs);
        return;
      }
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
        visitComprehension(node, s);
        return;
      case 'Global': for (const n of node.names) s.globals.add(n); return;
      case 'Nonlocal': for (const n of node.names) s.nonlocals.add(n); return;
      case 'Name':
        if (node.ctx._type === 'Load') s.used.add(node.id);
        else { s.assigned.add(node.id); if (node.ctx._type === 'Del') s.deleted.add(node.id); }
        return;
      case 'NamedExpr': {
        visit(node.value, s);
        // The target binds in the nearest enclosing non-comprehension scope.
        let t = s;
        while (t.kind === 'comprehension' && t.parent) t = t.parent;
        t.assigned.add(node.target.id);
        if (t !== s) for (let c: Scope | null = s; c && c !== t; c = c.parent) c.nonlocals.add(node.target.id);
        return;
      }
      case 'Import': case 'ImportFrom':
        for (const a of node.names) {
          if (a.name === '*') continue;
          s.assigned.add(a.asname ?? a.name.split('.')[0]);
        }
        return;
      case 'ExceptHandler':
        if (node.type) visit(node.type, s);
        if (node.name) { s.assigned.add(node.name); s.deleted.add(node.name); }
        visitBody(node.body, s);
        return;
      case 'Yield': case 'YieldFrom':
        s.hasYield = true;
        if (node.value) visit(node.value, s);
        return;
      case 'Await':
        visit(node.value, s);
        return;
      case 'AsyncFor': case 'AsyncWith': break;
    }
    for (const key of Object.keys(node)) {
      if (key === '_type' || key === 'ctx') continue;
      const v = node[key];
      if (v && typeof v === 'object') visit(v, s);
    }
  }
  visitBody(mod.body, root);
  // Module-level comprehensions bind walrus targets as globals.
  return scopes;
}
