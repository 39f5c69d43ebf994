// Symbol tables: which names are local, global or free in each function, class and comprehension scope.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

// CPython's symtable flags, kept for its compile-time errors.
const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

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
  /** CPython's symtable flags of each name, in the order names were first seen. */
  readonly flags = new Map<string, number>();
  /** The first global/nonlocal statement (or walrus target) naming each name, for errors. */
  readonly directives = new Map<string, N>();
  compIterExpr = 0;
  compIterTarget = false;
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
      case 'MatchAs': case 'MatchStar': if (node.name) node.name = mangle(cls, node.name); break;
      case 'MatchMapping': if (node.rest) node.rest = mangle(cls, node.rest); break;
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

/** Builds the scope tree; `scopes` maps each scope-defining AST node to its Scope. Raises
 * CPython's symtable errors through `err` (the node the error is at, and the message). */
export function analyze(mod: N, err: (node: N, msg: string) => Error): Map<N, Scope> {
  mangleNames(mod.body, null);
  const scopes = new Map<N, Scope>();
  const root = new Scope('module', mod, null);
  scopes.set(mod, root);
  const visitBody = (body: N[], s: Scope) => { for (const st of body) visit(st, s); };

  /** symtable_add_def_helper: records a flag, refusing duplicate parameters and rebinding a walrus target in a comprehension loop. */
  const addDef = (s: Scope, name: string, flag: number, node: N) => {
    let v = s.flags.get(name);
    if (v !== undefined && flag & DEF_PARAM && v & DEF_PARAM) throw err(node, `duplicate argument '${name}' in function definition`);
    v = (v ?? 0) | flag;
    if (s.compIterTarget) {
      if (v & (DEF_GLOBAL | DEF_NONLOCAL)) throw err(node, `comprehension inner loop cannot rebind assignment expression target '${name}'`);
      v |= DEF_COMP_ITER;
    }
    s.flags.set(name, v);
  };
  const addParams = (s: Scope, args: N) => {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) addDef(s, a.arg, DEF_PARAM, a);
    if (args.vararg) addDef(s, args.vararg.arg, DEF_PARAM, args.vararg);
    if (args.kwarg) addDef(s, args.kwarg.arg, DEF_PARAM, args.kwarg);
  };
  const directive = (s: Scope, name: string, node: N) => { if (!s.directives.has(name)) s.directives.set(name, node); };
  /** A global or nonlocal statement: the name may not be bound, used or annotated before it. */
  const declare = (s: Scope, node: N, flag: number) => {
    const what = flag === DEF_GLOBAL ? 'global' : 'nonlocal';
    for (const n of node.names) {
      const cur = s.flags.get(n) ?? 0;
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        throw err(node, cur & DEF_PARAM ? `name '${n}' is parameter and ${what}`
          : cur & USE ? `name '${n}' is used prior to ${what} declaration`
          : cur & DEF_ANNOT ? `annotated name '${n}' can't be ${what}`
          : `name '${n}' is assigned to before ${what} declaration`);
      }
      addDef(s, n, flag, node);
      directive(s, n, node);
    }
  };
  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function or module. */
  const extendNamedExprScope = (s: Scope, target: N) => {
    const name = target.id;
    for (let c: Scope | null = s; c; c = c.parent) {
      if (c.kind === 'comprehension') {
        if ((c.flags.get(name) ?? 0) & DEF_COMP_ITER) throw err(target, `assignment expression cannot rebind comprehension iteration variable '${name}'`);
        continue;
      }
      if (c.kind === 'class') throw err(target, 'assignment expression within a comprehension cannot be used in a class body');
      const global = c.kind === 'module' || (c.flags.get(name) ?? 0) & DEF_GLOBAL;
      addDef(s, name, global ? DEF_GLOBAL : DEF_NONLOCAL, target);
      directive(s, name, target);
      addDef(c, name, c.kind === 'module' ? DEF_GLOBAL : DEF_LOCAL, target);
      return;
    }
  };
  /** CPython's analyze_block: global and nonlocal declarations must agree with the enclosing functions' bindings. */
  const check = (s: Scope, bound: Set<string> | null) => {
    for (const [name, f] of s.flags) {
      if (f & DEF_GLOBAL) {
        if (f & DEF_NONLOCAL) throw err(s.directives.get(name), `name '${name}' is nonlocal and global`);
      } else if (f & DEF_NONLOCAL) {
        if (!bound) throw err(s.directives.get(name), 'nonlocal declaration not allowed at module level');
        if (!bound.has(name)) throw err(s.directives.get(name), `no binding for nonlocal '${name}' found`);
      }
    }
    const inner = new Set(bound ?? []);
    if (s.kind === 'function' || s.kind === 'comprehension') {
      for (const [name, f] of s.flags) if (f & DEF_BOUND && !(f & (DEF_GLOBAL | DEF_NONLOCAL))) inner.add(name);
    }
    for (const c of s.children) check(c, inner);
  };

  const bindTarget = (t: N, s: Scope) => {
    switch (t._type) {
      case 'Name': s.assigned.add(t.id); addDef(s, t.id, DEF_LOCAL, t); break;
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
    s.compIterExpr++;
    visit(node.generators[0].iter, s);
    s.compIterExpr--;
    const cs = functionScope(node, s, 'comprehension');
    node.generators.forEach((g: N, i: number) => {
      cs.compIterTarget = true;
      bindTarget(g.target, cs);
      cs.compIterTarget = false;
      if (i > 0) { cs.compIterExpr++; visit(g.iter, cs); cs.compIterExpr--; }
      for (const c of g.ifs) visit(c, cs);
      if (g.is_async) cs.isAsync = true;
    });
    if (node._type === 'DictComp') { visit(node.value, cs); visit(node.key, cs); } else visit(node.elt, cs);
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
        addDef(s, node.bindName ?? node.name, DEF_LOCAL, node);
        const fs = functionScope(node, s, 'function');
        fs.params = paramNames(node.args);
        addParams(fs, node.args);
        fs.isAsync = node._type === 'AsyncFunctionDef';
        visitBody(node.body, fs);
        fs.isGenerator = fs.hasYield;
        return;
      }
      case 'Lambda': {
        visitArgs(node.args, s);
        const fs = functionScope(node, s, 'function');
        fs.params = paramNames(node.args);
        addParams(fs, node.args);
        visit(node.body, fs);
        fs.isGenerator = fs.hasYield;
        return;
      }
      case 'ClassDef': {
        for (const d of node.decorator_list) visit(d, s);
        for (const b of node.bases) visit(b, s);
        for (const k of node.keywords) visit(k.value, s);
        s.assigned.add(node.bindName ?? node.name);
        addDef(s, node.bindName ?? node.name, DEF_LOCAL, node);
        const cs = functionScope(node, s, 'class');
        visitBody(node.body, cs);
        return;
      }
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
        visitComprehension(node, s);
        return;
      case 'Global': declare(s, node, DEF_GLOBAL); for (const n of node.names) s.globals.add(n); return;
      case 'Nonlocal': declare(s, node, DEF_NONLOCAL); for (const n of node.names) s.nonlocals.add(n); return;
      case 'Name':
        if (node.ctx._type === 'Load') { s.used.add(node.id); addDef(s, node.id, USE, node); }
        else { s.assigned.add(node.id); addDef(s, node.id, DEF_LOCAL, node); if (node.ctx._type === 'Del') s.deleted.add(node.id); }
        return;
      case 'AnnAssign':
        if (node.simple && node.target._type === 'Name') {
          const cur = s.flags.get(node.target.id) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && s.kind !== 'module') {
            throw err(node, `annotated name '${node.target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`);
          }
          addDef(s, node.target.id, DEF_ANNOT | DEF_LOCAL, node.target);
        }
        break;
      case 'NamedExpr': {
        if (s.compIterExpr > 0) throw err(node, 'assignment expression cannot be used in a comprehension iterable expression');
        if (s.kind === 'comprehension') extendNamedExprScope(s, node.target);
        visit(node.value, s);
        addDef(s, node.target.id, DEF_LOCAL, node.target);
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
          addDef(s, a.asname ?? a.name.split('.')[0], DEF_IMPORT, a);
        }
        return;
      case 'ExceptHandler':
        if (node.type) visit(node.type, s);
        if (node.name) { s.assigned.add(node.name); addDef(s, node.name, DEF_LOCAL, node); s.deleted.add(node.name); }
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
      case 'MatchAs': case 'MatchStar': case 'MatchMapping': {
        const name = node._type === 'MatchMapping' ? node.rest : node.name;
        if (name) { s.assigned.add(name); addDef(s, name, DEF_LOCAL, node); }
        break;
      }
    }
    for (const key of Object.keys(node)) {
      if (key === '_type' || key === 'ctx') continue;
      const v = node[key];
      if (v && typeof v === 'object') visit(v, s);
    }
  }
  visitBody(mod.body, root);
  check(root, null);
  // Module-level comprehensions bind walrus targets as globals.
  return scopes;
}
