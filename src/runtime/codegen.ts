// Compiles a Python AST to JavaScript source. Each Python function becomes a JS function (generators
// and coroutines become function*), with a Frame per call; every statement updates the frame's line
// and checks the debugger trap. Python locals are JS variables named `name$`.
import { soleOwnerLocals, exceptionKept } from './localLifetimes';
import { analyze, Scope } from './scope';
import { isDocstring } from './lines';
import { PySyntaxError } from './sourceError';
import { unparse } from './unparse';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type N = any;

export interface CompileOptions {
  filename: string;
  source: string;
  /** Module names `import` may name. */
  modules: ReadonlySet<string>;
}

/** Builtins that exist in CPython but that Yieldpoint refuses before running. */
const UNSUPPORTED_BUILTINS = new Set(['open', 'eval', 'exec', 'compile', '__import__', 'memoryview', 'complex', 'breakpoint', 'help', 'globals_set']);
/** Names of supported modules that Yieldpoint does not provide: refused where the program names
 * them (`from M import N`, or `.N` on anything), rather than failing when it runs. */
const UNSUPPORTED_MODULE_NAMES = new Map([['ProcessPoolExecutor', 'concurrent.futures']]);
/** asyncio's streams, servers, transports and subprocesses: a program here has no sockets and no
 * child processes, so `asyncio.NAME` and `from asyncio import NAME` are refused. */
const ASYNCIO_IO = new Set(['open_connection', 'start_server', 'open_unix_connection', 'start_unix_server', 'create_subprocess_exec',
  'create_subprocess_shell', 'StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'BaseProtocol', 'Protocol', 'BufferedProtocol',
  'DatagramProtocol', 'SubprocessProtocol', 'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport',
  'SubprocessTransport', 'AbstractServer', 'Server', 'subprocess', 'streams', 'protocols', 'transports', 'get_child_watcher',
  'set_child_watcher', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher', 'ThreadedChildWatcher',
  'MultiLoopChildWatcher', 'PidfdChildWatcher']);

interface FnCtx {
  scope: Scope;
  parent: FnCtx | null;
  temps: number;
  tempDecls: string[];
  /** Expression temporaries in use (`held`) and released for reuse (`free`). */
  held: string[];
  free: string[];
  attrTemps?: [string, string];
  storeTemps?: [string, string, string];
  /** Locals that alone hold their values (see deadStore). */
  dead?: Set<string>;
  /** A function's body. */
  body?: N[];
  /** Locals that are JS variables of this function. */
  vars: string[];
  /** Variables of enclosing functions it reads: the debugger sees them after the locals. */
  freeVars: string[];
  isGen: boolean;
  isAsync: boolean;
  qualname: string;
  /** JS variable holding the class for zero-argument super(), if lexically inside a class. */
  classVar: string | null;
  firstParam: string | null;
  /** `handlers` is how many except handlers enclosed the loop. */
  loops: Array<{ label: string | null; handlers: number }>;
  /** JS variable names of the exceptions being handled by enclosing except blocks. */
  handlers: string[];
  /** Enclosing except bodies ('except'), finally bodies ('finally') and `async with` exits on
   * the exception path ('exit'), innermost last: where the frame may be handling an exception. */
  regions: Array<'except' | 'finally' | 'exit'>;
  /** Inside a class body: the JS variable holding the namespace map. */
  nsVar: string | null;
  /** Set while compiling a `finally` body, where `continue`/`break` keep JS semantics. */
  kind: 'module' | 'function' | 'class' | 'lambda' | 'genexp';
}

const JS_OPS: Record<string, string> = {
  Add: '+', Sub: '-', Mult: '*', Div: '/', FloorDiv: '//', Mod: '%', Pow: '**', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', MatMult: '@',
};
const CMP_FN: Record<string, string> = { Lt: '$lt', LtE: '$le', Gt: '$gt', GtE: '$ge', Eq: '$eqv', NotEq: '$nev' };

const q = (s: string) => JSON.stringify(s);

/** What compiling one case's pattern tracks: the names it captures (in store order) and their
 * temporaries, whether a capture or wildcard may stand here, and the last pattern visited (where
 * CPython reports a pattern's errors). */
interface PatCtx {
  stores: string[];
  temps: Map<string, string>;
  allowIrrefutable: boolean;
  loc: N;
  /** The case's line, and whether its pattern spans more lines (then each sub-pattern sets its own). */
  line: number;
  multiline: boolean;
}

export class CodeGen {
  private consts: string[] = [];
  private scopes!: Map<N, Scope>;
  /** Names bound by `import asyncio [as NAME]`: where `NAME.attr` is asyncio's. */
  private asyncioNames = new Set<string>();
  private ctx!: FnCtx;
  private uid = 0;
  /** Variables holding the matched group of the enclosing except* handlers (bare `raise` there is a re-raise). */
  private starHandlers = new Set<string>();
  private lines: string[] = [];
  /** `from __future__ import annotations`: annotations are kept as their source text. */
  private futureAnnotations = false;
  /** Line of the last future statement at the top of the module (later ones are errors). */
  private futureLine = -1;

  constructor(private opts: CompileOptions) {}

  compileModule(mod: N): string {
    this.futureStatements(mod.body);
    storeDocstrings(mod);
    this.scopes = analyze(mod, (node, msg) => this.error(node, msg));
    const scope = this.scopes.get(mod)!;
    this.ctx = this.newCtx(scope, null, 'module', '<module>');
    const code = this.constant(`new $Code("<module>", "<module>", ${q(this.opts.filename)}, 1, [])`);
    const body = this.block(mod.body);
    const ctx = this.ctx;
    return [
      ...this.consts,
      `return function $module($G) {`,
      `const $f = $enter(${code}); $f.globals = $G;`,
      ctx.tempDecls.length ? `let ${ctx.tempDecls.join(', ')};` : '',
      `try {`, body, `} catch ($e) { throw $unwind($e, $f); } finally { $leave($f); }`,
      `};`,
    ].join('\n');
  }

  /** CPython's future.c: the `from __future__ import` statements opening the module (after its docstring). */
  private futureStatements(body: N[]): void {
    const FEATURES = ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
      'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations'];
    let done = false;
    let prevLine = 0;
    for (const s of body.slice(isDocstring(body[0]) ? 1 : 0)) {
      if (done && s.lineno > prevLine) return;
      prevLine = s.lineno;
      if (s._type === 'ImportFrom' && s.module === '__future__' && !s.level) {
        // Located by line and column only (this one at the column counted from 0, as CPython does).
        const err = (msg: string, offset: number) => new PySyntaxError('SyntaxError', msg, this.opts.filename, s.lineno, offset, this.opts.source.split('\n')[s.lineno - 1] ?? '');
        if (done) throw err('from __future__ imports must occur at the beginning of the file', s.col_offset);
        for (const a of s.names) {
          if (a.name === 'braces') throw err('not a chance', s.col_offset + 1);
          if (!FEATURES.includes(a.name)) throw err(`future feature ${a.name} is not defined`, s.col_offset + 1);
          if (a.name === 'annotations') this.futureAnnotations = true;
        }
        this.futureLine = s.lineno;
      } else done = true;
    }
  }
  /** An annotation's value: the expression, or its source text under the annotations future. */
  private annotation(e: N): string {
    return this.futureAnnotations ? q(unparse(e)) : this.expr(e);
  }

  // ------------------------------------------------------------ helpers
  private newCtx(scope: Scope, parent: FnCtx | null, kind: FnCtx['kind'], qualname: string): FnCtx {
    return {
      scope, parent, temps: 0, tempDecls: [], held: [], free: [], vars: kind === 'module' || kind === 'class' ? [] : scope.varnames(),
      freeVars: kind === 'module' || kind === 'class' ? [] : scope.freeVars().filter((n) => n !== '__class__'),
      isGen: scope.isGenerator, isAsync: scope.isAsync, qualname, classVar: parent?.classVar ?? null, firstParam: null,
      loops: [], handlers: [], regions: [], nsVar: null, kind,
    };
  }
  /** JS test: the object in variable o has the type the attribute site's cache `ic` holds. */
  private cachedType(o: string, ic: string): string {
    return `${o} instanceof $PyObject && ${o}.cls === ${ic}.t && ${ic}.v === $TV.v`;
  }
  /** Three temporaries per function for attribute and subscript stores (no store nests in the
   * expressions evaluated between setting and reading them). */
  private storeTemps(): [string, string, string] {
    return (this.ctx.storeTemps ??= [this.temp(), this.temp(), this.temp()]);
  }
  /** Attribute `attr` of `obj`. An instance attribute found under the site's cached type is read
   * as a property of the instance's AttrMap store, a load V8 caches per site (a dict handed out by
   * __dict__ replaces the AttrMap: no `o`, so the slow path). */
  private attrLoad(obj: string, attr: string): string {
    const [o, v] = this.attrTemps();
    const ic = this.constant('new $IC()');
    return `((${o} = ${obj}, ${this.cachedType(o, ic)}) && (${v} = ${o}.dict.o?.[${q(attr)}]) !== undefined ? ${v} : $gac(${o}, ${q(attr)}, ${ic}))`;
  }
  /** Stores variable `sv` as attribute `attr` of the object in variable `so`: inline as a property
   * when the instance's AttrMap store can take it under the site's cached type. */
  private attrStore(so: string, attr: string, sv: string): string {
    const sd = this.storeTemps()[2];
    const ic = this.constant('new $IC()');
    return `if (${this.cachedType(so, ic)} && (${sd} = ${so}.dict.o) !== undefined) ${sd}[${q(attr)}] = ${sv}; else $sac(${so}, ${q(attr)}, ${sv}, ${ic});`;
  }
  /** Two temporaries per function for attribute loads: each is read right after it is set. */
  private attrTemps(): [string, string] {
    return (this.ctx.attrTemps ??= [this.temp(), this.temp()]);
  }
  private temp(): string {
    const name = `$t${this.ctx.temps++}`;
    this.ctx.tempDecls.push(name);
    return name;
  }
  /** A temporary whose value one expression consumes before the expression ends: `exprDone`
   * releases it, so later expressions reuse it and generator frames stay small. */
  private exprTemp(): string {
    const t = this.ctx.free.pop() ?? this.temp();
    this.ctx.held.push(t);
    return t;
  }
  /** The expression that took exprTemps since `mark` (= ctx.held.length then) is generated. */
  private exprDone(mark: number, code: string): string {
    const c = this.ctx;
    while (c.held.length > mark) c.free.push(c.held.pop()!);
    return code;
  }
  private constant(expr: string): string {
    const name = `$K${this.consts.length}`;
    this.consts.push(`const ${name} = ${expr};`);
    return name;
  }
  private error(node: N, msg: string, kind: PySyntaxError['kind'] = 'SyntaxError'): PySyntaxError {
    const line = this.opts.source.split('\n')[(node.lineno ?? 1) - 1] ?? '';
    const end = node.end_col_offset === undefined ? undefined : node.end_col_offset + 1;
    return new PySyntaxError(kind, msg, this.opts.filename, node.lineno ?? 1, (node.col_offset ?? 0) + 1, line, node.end_lineno, end);
  }
  private unsupported(node: N, what: string): PySyntaxError { return this.error(node, what, 'unsupported'); }
  private jsName(name: string): string { return name + '$'; }

  // ------------------------------------------------------------ statements
  private block(stmts: N[]): string {
    const out: string[] = [];
    for (const s of stmts) out.push(this.stmt(s));
    return out.join('\n');
  }

  /** The JS variables of a frame's locals snapshot, in Code.frameVars order. */
  private frameVars(): string[] { return [...this.ctx.vars, ...this.ctx.freeVars].map((v) => this.jsName(v)); }

  private trapLine(node: N): string {
    const vars = this.frameVars();
    const line = `$f.l = ${node.lineno};`;
    if (vars.length === 0) return `${line} if ($T.armed) $trap($f, null);`;
    return `${line} if ($T.armed && $trap($f, [${vars.join(', ')}])) { ${this.unpack(vars, '$f.v', '; ')}; }`;
  }
  /** `a = src[0], b = src[1]`: indexed, not a destructuring assignment, whose iterator protocol
   * costs a generator a dozen more registers in every suspended frame. */
  private unpack(vars: string[], src: string, sep: string): string {
    return vars.map((v, i) => `${v} = ${src}[${i}]`).join(sep);
  }

  /** Where the frame may be handling an exception: an except body, a finally body, an
   * `async with` exit on the exception path. */
  private inHandler(): boolean { return this.ctx.regions.length > 0; }

  /** `yield* X` where a coroutine waits (await, async for/with, an async generator's yield):
   * locals the debugger changed meanwhile are written back when it resumes. */
  private awaitPoint(x: string): string {
    if (this.inHandler()) x = `$chainThrown(${x}, $f)`;
    const vars = this.frameVars();
    if (!vars.length) return `(yield* ${x})`;
    const mark = this.ctx.held.length;
    const t = this.exprTemp(), l = this.exprTemp();
    return this.exprDone(mark, `(${t} = yield* ${x}, $f.edits !== null && (${l} = $edits($f, [${vars.join(', ')}]), ${this.unpack(vars, l, ', ')}), ${t})`);
  }

  /** `await CALL`, where `call` makes the call as $awm/$awc/$awenter/$awexit do: a fast path's
   * answer at the call is the value; otherwise the call's result is awaited. */
  private awaitNow(call: string): string {
    const mark = this.ctx.held.length;
    const r = this.exprTemp();
    return this.exprDone(mark, `((${r} = ${call}) === $LATER ? ${this.awaitPoint('$await($awaited())')} : ${r})`);
  }

  private stmt(s: N): string {
    return this.trapLine(s) + '\n' + this.stmtBody(s);
  }

  private stmtBody(s: N): string {
    switch (s._type) {
      case 'Expr': return s.value._type === 'Call' ? `$ds(${this.expr(s.value)}, $f);` : this.expr(s.value) + ';';
      case 'Pass': return '';
      case 'Assign': {
        if (s.targets.length === 1) return this.assign(s.targets[0], this.deadStore(s.targets[0], s.value));
        const t = this.temp();
        return `${t} = ${this.expr(s.value)};\n` + s.targets.map((x: N) => this.assign(x, t)).join('\n');
      }
      case 'AnnAssign': {
        // Simple names at module and class level record their annotation, as CPython does.
        let ann = '';
        if (s.simple && s.target._type === 'Name' && (this.ctx.kind === 'class' || this.ctx.kind === 'module')) {
          const ns = this.ctx.kind === 'class' ? this.ctx.nsVar : '$G';
          ann = `$annotate(${ns}, ${q(s.target.id)}, ${this.annotation(s.annotation)});`;
        }
        if (!s.value) return ann + (s.target._type === 'Name' ? '' : this.expr(s.target.value) + ';');
        return this.assign(s.target, this.deadStore(s.target, s.value)) + ann;
      }
      case 'AugAssign': return this.augAssign(s);
      case 'Return': {
        if (this.ctx.kind === 'module' || this.ctx.kind === 'class') throw this.error(s, "'return' outside function");
        if (this.ctx.isAsync && this.ctx.isGen && s.value) throw this.error(s, "'return' with value in async generator");
        // A constant return value is where CPython's compiler stands when it unwinds.
        this.leaveNoExceptStar(0, s.value?._type === 'Constant' ? s.value : s);
        return `return ${s.value ? this.expr(s.value) : '$None'};`;
      }
      case 'If': {
        let out = `if ($tr(${this.expr(s.test)})) {\n${this.block(s.body)}\n}`;
        if (s.orelse.length) out += ` else {\n${this.block(s.orelse)}\n}`;
        return out;
      }
      case 'While': return this.whileStmt(s);
      case 'For': case 'AsyncFor': return this.forStmt(s);
      case 'Break': {
        const loop = this.ctx.loops[this.ctx.loops.length - 1];
        this.leaveNoExceptStar(loop?.handlers ?? 0, s);
        if (!loop) throw this.error(s, "'break' outside loop");
        return loop.label ? `break ${loop.label};` : 'break;';
      }
      case 'Continue':
        this.leaveNoExceptStar(this.ctx.loops[this.ctx.loops.length - 1]?.handlers ?? 0, s);
        if (!this.ctx.loops.length) throw this.error(s, "'continue' not properly in loop");
        return 'continue;';
      case 'FunctionDef': case 'AsyncFunctionDef': {
        let fn = this.functionDef(s);
        const ann: string[] = [];
        const a = s.args;
        for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
          if (p.annotation) ann.push(q(p.arg), this.annotation(p.annotation));
        }
        if (s.returns) ann.push(q('return'), this.annotation(s.returns));
        if (ann.length) fn = `$fann(${fn}, [${ann.join(', ')}])`;
        for (const d of [...s.decorator_list].reverse()) fn = `$call1(${this.expr(d)}, ${fn})`;
        return this.storeName(s.bindName ?? s.name, fn) + ';';
      }
      case 'ClassDef': return this.classDef(s);
      case 'Raise': return this.raise(s);
      case 'Try': return this.tryStmt(s);
      case 'TryStar': return this.tryStmt(s);
      case 'With': case 'AsyncWith': return this.withStmt(s, 0);
      case 'Assert': {
        const msg = s.msg ? `, ${this.expr(s.msg)}` : '';
        return `if (!$tr(${this.expr(s.test)})) throw $assertFail(${msg.slice(2) || 'undefined'});`;
      }
      case 'Delete': return s.targets.map((t: N) => this.del(t)).join('\n');
      case 'Global': case 'Nonlocal': return '';
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Match': return this.matchStmt(s);
    }
    throw this.unsupported(s, `${s._type} statement`);
  }

  // ------------------------------------------------------------ match
  /** Each case tries its pattern at the pattern's line (a debugger stop there, as CPython's line
   * event); captures go to temporaries and are stored when the whole pattern matched, before the
   * guard (a failed guard leaves them bound). */
  private matchStmt(s: N): string {
    const subj = this.temp();
    const label = `$M${this.uid++}`;
    const out = [`${subj} = ${this.expr(s.subject)};`, `${label}: {`];
    s.cases.forEach((c: N, i: number) => {
      const pc: PatCtx = { stores: [], temps: new Map(), allowIrrefutable: c.guard !== null || i === s.cases.length - 1, loc: c.pattern, line: c.pattern.lineno,
        multiline: c.pattern.end_lineno !== c.pattern.lineno };
      const test = this.pattern(c.pattern, subj, pc);
      const stores = pc.stores.map((n) => this.storeName(n, pc.temps.get(n)!) + ';').join(' ');
      const guard = c.guard ? this.expr(c.guard) : null;
      const body = this.block(c.body);
      const guarded = c.guard ? `if ($tr(($f.l = ${c.guard.lineno}, ${guard}))) {\n${body}\nbreak ${label};\n}` : `${body}\nbreak ${label};`;
      out.push(this.trapLine(c.pattern), `if (${test}) {\n${stores}\n${guarded}\n}`);
    });
    out.push('}');
    return out.join('\n');
  }

  /** The JS test that subject expression `subj` (evaluated any number of times: a variable or an
   * item of one) matches pattern p; CPython's compile-time checks of patterns are made here. */
  private pattern(p: N, subj: string, pc: PatCtx): string {
    pc.loc = p;
    // A sub-pattern on a later line runs at that line (a traceback from its == or getattr names it).
    let line = '';
    if ((p.lineno !== pc.line || pc.multiline) && p._type !== 'MatchAs' && p._type !== 'MatchStar' && p._type !== 'MatchOr') line = `($f.l = ${p.lineno}, true) && `;
    switch (p._type) {
      case 'MatchValue': {
        const v = p.value;
        const literal = v._type === 'Constant' || v._type === 'Attribute' || v._type === 'UnaryOp' || v._type === 'BinOp';
        if (!literal) throw this.error(p, 'patterns may only match literals and attribute lookups');
        return `${line}$tr($eqv(${subj}, ${this.expr(v)}))`;
      }
      case 'MatchSingleton':
        return `${subj} === ${p.value === null ? '$None' : p.value}`;
      case 'MatchAs': {
        if (!p.pattern) {
          if (!pc.allowIrrefutable) {
            if (p.name) throw this.error(p, `name capture '${p.name}' makes remaining patterns unreachable`);
            throw this.error(p, 'wildcard makes remaining patterns unreachable');
          }
          return p.name ? this.capture(p.name, subj, pc) : 'true';
        }
        const inner = this.pattern(p.pattern, subj, pc);
        return `${inner} && ${this.capture(p.name, subj, pc)}`;
      }
      case 'MatchOr': {
        const allow = pc.allowIrrefutable;
        const outer = pc.stores;
        let control: string[] | null = null;
        const alts: string[] = [];
        p.patterns.forEach((a: N, i: number) => {
          pc.stores = [];
          pc.allowIrrefutable = i === p.patterns.length - 1 && allow;
          alts.push(this.pattern(a, subj, pc));
          if (control === null) control = pc.stores;
          else if (pc.stores.length !== control.length || pc.stores.some((n) => !control!.includes(n))) {
            throw this.error(pc.loc, 'alternative patterns bind different names');
          }
        });
        pc.allowIrrefutable = allow;
        pc.stores = outer;
        for (const n of control!) {
          if (outer.includes(n)) throw this.error(pc.loc, `multiple assignments to name '${n}' in pattern`);
          outer.push(n);
        }
        return `(${alts.map((a) => `(${a})`).join(' || ')})`;
      }
      case 'MatchSequence': return line + this.sequencePattern(p, subj, pc);
      case 'MatchMapping': return line + this.mappingPattern(p, subj, pc);
      case 'MatchClass': return line + this.classPattern(p, subj, pc);
    }
    throw this.unsupported(p, `${p._type} pattern`);
  }

  /** A capture: the value goes to this case's temporary for the name. */
  private capture(name: string, subj: string, pc: PatCtx): string {
    if (pc.stores.includes(name)) throw this.error(pc.loc, `multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
    let t = pc.temps.get(name);
    if (t === undefined) { t = this.temp(); pc.temps.set(name, t); }
    return `(${t} = ${subj}, true)`;
  }

  /** A sub-pattern: irrefutable patterns are allowed inside any other. */
  private subpattern(p: N, subj: string, pc: PatCtx): string {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    const out = this.pattern(p, subj, pc);
    pc.allowIrrefutable = allow;
    return out;
  }

  private static isWildcard(p: N): boolean {
    return (p._type === 'MatchAs' && !p.pattern && !p.name) || (p._type === 'MatchStar' && !p.name);
  }

  private sequencePattern(p: N, subj: string, pc: PatCtx): string {
    const pats: N[] = p.patterns;
    const size = pats.length;
    let star = -1;
    pats.forEach((x, i) => {
      if (x._type !== 'MatchStar') return;
      if (star >= 0) throw this.error(p, 'multiple starred names in sequence pattern');
      star = i;
    });
    const parts = [`$mseq(${subj})`];
    if (star < 0) parts.push(`$mlen(${subj}) === ${size}`);
    else if (size > 1) parts.push(`$mlen(${subj}) >= ${size - 1}`);
    if (pats.every((x) => CodeGen.isWildcard(x))) return `(${parts.join(' && ')})`;
    if (star >= 0 && CodeGen.isWildcard(pats[star])) {
      // `[a, *_, b]`: the items are subscripted, after the star at len(subject) - k (a
      // subject need not take negative indices).
      pats.forEach((x, i) => {
        if (i === star || CodeGen.isWildcard(x)) return;
        const t = this.temp();
        parts.push(`(${t} = $gi(${subj}, ${i < star ? i : `$mlen(${subj}) - ${size - i}`}), true)`, this.subpattern(x, t, pc));
      });
    } else {
      const t = this.temp();
      parts.push(`(${t} = ${star < 0 ? `$unpack(${subj}, ${size})` : `$unpackEx(${subj}, ${star}, ${size - star - 1})`}, true)`);
      pats.forEach((x, i) => {
        if (x._type === 'MatchStar') {
          pc.loc = x;
          if (x.name) parts.push(this.capture(x.name, `${t}[${i}]`, pc));
        } else parts.push(this.subpattern(x, `${t}[${i}]`, pc));
      });
    }
    return `(${parts.join(' && ')})`;
  }

  private mappingPattern(p: N, subj: string, pc: PatCtx): string {
    const size = p.keys.length;
    const parts = [`$mmap(${subj})`];
    if (!size && !p.rest) return parts[0];
    if (size) parts.push(`$mlen(${subj}) >= ${size}`);
    const seen = new Set<string>();
    for (const k of p.keys) {
      const c = CodeGen.constantKey(k);
      if (c === null) {
        if (k._type !== 'Attribute') throw this.error(p, 'mapping pattern keys may only match literals and attribute lookups');
        continue;
      }
      if (seen.has(c)) throw this.error(p, `mapping pattern checks duplicate key (${unparse(k)})`);
      seen.add(c);
    }
    const keys = this.temp(), vals = this.temp();
    parts.push(`(${keys} = [${p.keys.map((k: N) => this.expr(k)).join(', ')}], ${vals} = $mkeys(${subj}, ${keys})) !== null`);
    p.patterns.forEach((x: N, i: number) => { if (!CodeGen.isWildcard(x)) parts.push(this.subpattern(x, `${vals}[${i}]`, pc)); });
    if (p.rest) parts.push(this.capture(p.rest, `$mrest(${subj}, ${keys})`, pc));
    return `(${parts.join(' && ')})`;
  }

  /** A mapping pattern's literal key as a set element (1, 1.0 and True are one key), or null. */
  private static constantKey(k: N): string | null {
    let sign = '';
    if (k._type === 'UnaryOp' && k.op._type === 'USub' && k.operand._type === 'Constant') { sign = '-'; k = k.operand; }
    if (k._type === 'BinOp') return `complex:${unparse(k)}`;
    if (k._type !== 'Constant') return null;
    const v = k.value;
    if (v === null) return 'None';
    if (typeof v === 'boolean') return `num:${v ? 1 : 0}`;
    if (typeof v === 'string') return `str:${v}`;
    if ('int' in v) return `num:${sign}${v.int}`.replace('-0', '0');
    if ('float' in v) {
      const n = Number(v.float) * (sign ? -1 : 1);
      return Number.isInteger(n) ? `num:${BigInt(n)}` : `num:${n}`;
    }
    if ('bytes' in v) return `bytes:${v.bytes.join(',')}`;
    return `other:${sign}${JSON.stringify(v)}`;
  }

  private classPattern(p: N, subj: string, pc: PatCtx): string {
    const attrs: string[] = p.kwd_attrs;
    attrs.forEach((a, i) => {
      if (attrs.indexOf(a) < i) throw this.error(p.kwd_patterns[i], `attribute name repeated in class pattern: ${a}`);
    });
    const vals = this.temp();
    const parts = [`(${vals} = $mclass(${subj}, ${this.expr(p.cls)}, ${p.patterns.length}, ${JSON.stringify(attrs)})) !== null`];
    [...p.patterns, ...p.kwd_patterns].forEach((x: N, i: number) => { if (!CodeGen.isWildcard(x)) parts.push(this.subpattern(x, `${vals}[${i}]`, pc)); });
    return `(${parts.join(' && ')})`;
  }

  private whileStmt(s: N): string {
    const label = s.orelse.length ? `$L${this.uid++}` : null;
    this.ctx.loops.push({ label, handlers: this.ctx.handlers.length });
    const body = this.block(s.body);
    this.ctx.loops.pop();
    // Each re-test runs "at" the while line (an await in the test suspends there, as in CPython).
    const loop = `while ($tr(($f.l = ${s.lineno}, ${this.expr(s.test)}))) {\n${body}\n}`;
    if (!label) return loop;
    return `${label}: {\n${loop}\n${this.block(s.orelse)}\n}`;
  }

  private forStmt(s: N): string {
    const label = s.orelse.length ? `$L${this.uid++}` : null;
    const it = this.temp(), v = this.temp();
    this.ctx.loops.push({ label, handlers: this.ctx.handlers.length });
    const body = this.block(s.body);
    this.ctx.loops.pop();
    let loop: string;
    if (s._type === 'AsyncFor') {
      this.requireAsync(s, 'async for');
      loop = `for (${it} = $aiter(${this.expr(s.iter)}); (${v} = ($f.l = ${s.lineno}, ${this.awaitPoint(`$anext(${it})`)})) !== $STOP;) {\n${this.assign(s.target, v)}\n${body}\n}`;
    } else {
      loop = `for (${it} = $iter(${this.iterExpr(s.iter)}); (${v} = ($f.l = ${s.lineno}, $next(${it}))) !== $STOP;) {\n${this.assign(s.target, v)}\n${body}\n}`;
    }
    // A fresh generator (not `iter(g)`, which hands back g itself) is let go of when the loop ends.
    const f = s.iter._type === 'Call' ? s.iter.func : null;
    if (f && !(f._type === 'Name' && f.id === 'iter')) loop = `${it} = null; try {\n${loop}\n} finally { $dropIter(${it}); }`;
    if (!label) return loop;
    return `${label}: {\n${loop}\n${this.block(s.orelse)}\n}`;
  }

  /** break, continue and return may not leave an except* handler (those after the first `depth` enclosing handlers). */
  private leaveNoExceptStar(depth: number, at: N): void {
    if (this.ctx.handlers.slice(depth).some((h) => this.starHandlers.has(h))) {
      throw this.error(at, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
  }
  private requireAsync(node: N, what: string): void {
    if (!this.ctx.isAsync) throw this.error(node, `'${what}' outside async function`);
  }

  private raise(s: N): string {
    if (!s.exc) {
      const h = this.ctx.handlers[this.ctx.handlers.length - 1];
      const star = h !== undefined && this.starHandlers.has(h);
      // In a finally body (innermost), the exception passing through it, if any, is the one
      // being handled; else the enclosing except body's.
      if (this.ctx.regions[this.ctx.regions.length - 1] === 'finally') {
        if (!star) return 'throw $reraise();';
        return `{ const $r = $reraise(); throw $r === ${h} ? $starReraise(${h}) : $r; }`;
      }
      if (star) return `throw $starReraise(${h});`;
      return h ? `throw ${h};` : 'throw $reraise();';
    }
    const cause = s.cause ? `, ${this.expr(s.cause)}` : '';
    return `throw $raise(${this.expr(s.exc)}${cause});`;
  }

  private tryStmt(s: N): string {
    const star = s._type === 'TryStar';
    let out = '';
    const ok = s.orelse.length ? this.temp() : null;
    const bodyCode = `${this.block(s.body)}\n${ok ? `${ok} = true;` : ''}`;
    let inner = s.handlers.length ? `try {\n${bodyCode}\n}` : bodyCode;
    if (s.handlers.length) {
      const e = `$e${this.uid++}`;
      const parts: string[] = [];
      if (star) {
        // except*: split the group, run each matching handler on its part, re-raise the rest.
        // Every matching handler runs even when an earlier one raised; what they raised is
        // combined with the unhandled rest at the end.
        const rest = this.temp(), raised = this.temp();
        parts.push(`${e} = $exc(${e}, $f); ${rest} = ${e}; ${raised} = [];`);
        for (const h of s.handlers) {
          const m = this.temp();
          this.starHandlers.add(m);
          const body = this.handlerBody(h, m);
          this.starHandlers.delete(m);
          const x = `$x${this.uid++}`;
          parts.push(`if (${rest} !== null) { [${m}, ${rest}] = $egMatch(${rest}, ${this.expr(h.type)}); if (${m} !== null) { try {\n${body}\n} catch (${x}) { ${raised}.push(${x}); } } }`);
        }
        parts.push(`{ const $r = $egReraise(${e}, ${rest}, ${raised}, $f); if ($r !== null) throw $r; }`);
        inner += ` catch (${e}) {\n${parts.join('\n')}\n}`;
      } else {
        parts.push(`${e} = $exc(${e}, $f);`);
        let chain = '';
        for (const [i, h] of s.handlers.entries()) {
          if (!h.type && i < s.handlers.length - 1) throw this.error(h, "default 'except:' must be last");
          const body = this.handlerBody(h, e);
          if (!h.type) { chain += `{\n${body}\n}`; break; }
          chain += `if ($match(${e}, ${this.expr(h.type)})) {\n${body}\n} else `;
        }
        if (chain.endsWith('else ')) chain += `throw ${e};`;
        parts.push(chain);
        inner += ` catch (${e}) {\n${parts.join('\n')}\n}`;
      }
    }
    if (ok) inner = `${ok} = false;\n${inner}\nif (${ok}) {\n${this.block(s.orelse)}\n}`;
    if (s.finalbody.length) {
      // An exception passing through is recorded here (its traceback keeps this line) and is
      // the one being handled, and the context of any raised, while the finally block runs.
      const e = this.temp(), x = `$x${this.uid++}`, y = `$x${this.uid++}`;
      this.ctx.regions.push('finally');
      const finalbody = this.block(s.finalbody);
      this.ctx.regions.pop();
      out = `${e} = null; try {\n${inner}\n} catch (${x}) { throw (${e} = $exc(${x}, $f)); } finally {\n` +
        `if (${e} !== null) $hpush(${e}); try {\n${finalbody}\n} catch (${y}) { throw ${e} !== null ? $exc(${y}, $f) : ${y}; } finally { if (${e} !== null) $hpop(); }\n}`;
    } else out = inner;
    if (!s.handlers.length && !s.finalbody.length) out = inner;
    return out;
  }

  private handlerBody(h: N, e: string): string {
    this.ctx.handlers.push(e);
    this.ctx.regions.push('except');
    const body = this.block(h.body);
    this.ctx.handlers.pop();
    this.ctx.regions.pop();
    const bind = h.name ? this.storeName(h.name, e) + ';' : '';
    const unbind = h.name ? this.unbindName(h.name) : '';
    const x = `$x${this.uid++}`;
    const ok = `$hk${this.uid++}`;
    const kept = h.name && exceptionKept(h.name, h.body) ? ', true' : '';
    return `let ${ok} = true; $hpush(${e}); try {\n${bind}\n${body}\n} catch (${x}) { ${ok} = false; throw $exc(${x}, $f); } finally { $hpop(); ${unbind} if (${ok}) $hdone(${e}, $f${kept}); }`;
  }

  private withStmt(s: N, i: number): string {
    if (i >= s.items.length) return this.block(s.body);
    const item = s.items[i];
    const isAsync = s._type === 'AsyncWith';
    if (isAsync) this.requireAsync(s, 'async with');
    const m = this.temp(), ex = this.temp(), ok = this.temp();
    const e = `$e${this.uid++}`;
    const site = this.constant('new $WS()');
    const enter = isAsync ? this.awaitNow(`$awenter(${m}, ${ex} = $aexitOf(${m}, ${site}), ${site})`) : `$wenter(${m}, ${ex} = $exitOf(${m}, ${site}), ${site})`;
    const exitCall = (arg: string) => isAsync ? this.awaitNow(`$awexit(${ex}, ${m}, ${arg})`) : `$wexit(${ex}, ${m}, ${arg})`;
    const val = this.temp();
    const target = item.optional_vars ? this.assign(item.optional_vars, val) : '';
    this.ctx.regions.push('exit');
    const exitOnError = exitCall(e);
    this.ctx.regions.pop();
    return [
      `${m} = ${this.expr(item.context_expr)}; ${val} = ${enter}; ${ok} = true;`,
      `try {`, target, this.withStmt(s, i + 1),
      // __exit__ runs "at" the with statement's line, as in CPython.
      `} catch (${e}) { ${ok} = false; ${e} = $exc(${e}, $f); $f.l = ${s.lineno}; $hpush(${e}); let $sup; try { $sup = $tr(${exitOnError}); } finally { $hpop(); } if (!$sup) throw ${e}; }`,
      `finally { if (${ok}) { $f.l = ${s.lineno}; ${exitCall('$None')}; } }`,
    ].join('\n');
  }

  private importStmt(s: N): string {
    const out: string[] = [];
    for (const a of s.names) {
      const top = a.name.split('.')[0];
      this.checkModule(s, a.name);
      if (a.name === 'asyncio' || (!a.asname && top === 'asyncio')) this.asyncioNames.add(a.asname ?? top);
      if (a.asname) out.push(this.storeName(a.asname, `$import(${q(a.name)})`) + ';');
      else out.push(this.storeName(top, `$import(${q(top)})`) + ';' + (a.name !== top ? ` $import(${q(a.name)});` : ''));
    }
    return out.join('\n');
  }
  private importFrom(s: N): string {
    if (s.level) throw this.unsupported(s, 'relative import');
    if (s.module === '__future__' && s.lineno > this.futureLine) throw this.error(s, 'from __future__ imports must occur at the beginning of the file');
    this.checkModule(s, s.module);
    const m = this.temp();
    const out = [`${m} = $import(${q(s.module)});`];
    for (const a of s.names) {
      if (a.name === '*') throw this.unsupported(s, `from ${s.module} import *`);
      if (UNSUPPORTED_MODULE_NAMES.get(a.name) === s.module || (s.module === 'asyncio' && ASYNCIO_IO.has(a.name))) throw this.unsupported(s, `${s.module}.${a.name}`);
      out.push(this.storeName(a.asname ?? a.name, `$importFrom(${m}, ${q(a.name)})`) + ';');
    }
    return out.join('\n');
  }
  private checkAttribute(e: N): void {
    const m = UNSUPPORTED_MODULE_NAMES.get(e.attr);
    if (m !== undefined) throw this.unsupported(e, `${m}.${e.attr}`);
    if (ASYNCIO_IO.has(e.attr) && e.value._type === 'Name' && this.asyncioNames.has(e.value.id)) throw this.unsupported(e, `asyncio.${e.attr}`);
  }
  private checkModule(node: N, name: string): void {
    if (!this.opts.modules.has(name)) throw this.unsupported(node, `import ${name}`);
  }

  // ------------------------------------------------------------ functions and classes
  private signature(args: N): string {
    const params = [...args.posonlyargs, ...args.args].map((a: N) => a.arg);
    return `{ params: ${JSON.stringify(params)}, posOnly: ${args.posonlyargs.length}, varargs: ${args.vararg ? q(args.vararg.arg) : 'null'}, kwOnly: ${JSON.stringify(args.kwonlyargs.map((a: N) => a.arg))}, varkw: ${args.kwarg ? q(args.kwarg.arg) : 'null'} }`;
  }
  private allParams(args: N): string[] {
    const out = [...args.posonlyargs, ...args.args].map((a: N) => a.arg);
    if (args.vararg) out.push(args.vararg.arg);
    for (const a of args.kwonlyargs) out.push(a.arg);
    if (args.kwarg) out.push(args.kwarg.arg);
    return out;
  }

  private childQualname(name: string): string {
    const c = this.ctx;
    if (c.kind === 'module') return name;
    if (c.kind === 'class') return `${c.qualname}.${name}`;
    return `${c.qualname}.<locals>.${name}`;
  }

  /** A function or lambda as a JS expression evaluating to a PyFunction. */
  private functionDef(node: N): string {
    const scope = this.scopes.get(node)!;
    const isLambda = node._type === 'Lambda';
    const name = isLambda ? '<lambda>' : node.name;
    const args = node.args;
    const defaults = args.defaults.map((d: N) => this.expr(d));
    const kwd: string[] = [];
    args.kwonlyargs.forEach((a: N, i: number) => { if (args.kw_defaults[i]) kwd.push(q(a.arg), this.expr(args.kw_defaults[i])); });
    const qual = this.childQualname(name);
    const parent = this.ctx;
    const ctx = this.newCtx(scope, parent, isLambda ? 'lambda' : 'function', qual);
    const params = this.allParams(args);
    ctx.firstParam = params.length ? this.jsName(params[0]) : null;
    if (!isLambda) ctx.body = node.body;
    if (parent.kind === 'class') ctx.classVar = parent.classVar;
    this.ctx = ctx;
    let body: string;
    try {
      // A function's docstring runs no code and has no line of its own (CPython 3.11).
      body = isLambda ? `${this.trapLine(node)}\nreturn ${this.expr(node.body)};` : this.block(isDocstring(node.body[0]) ? node.body.slice(1) : node.body) + '\nreturn $None;';
    } finally { this.ctx = parent; }
    // co_firstlineno: the first decorator's line for a decorated function.
    const firstLine = !isLambda && node.decorator_list.length ? node.decorator_list[0].lineno : node.lineno;
    const codeKind = ctx.isAsync ? (ctx.isGen ? 'asyncgen' : 'coroutine') : ctx.isGen ? 'generator' : 'function';
    const code = this.constant(`new $Code(${q(name)}, ${q(qual)}, ${q(this.opts.filename)}, ${firstLine}, ${JSON.stringify(ctx.vars)}, ${q(codeKind)}, ${this.allParams(args).length}, ${JSON.stringify(ctx.freeVars)})`);
    const locals = ctx.vars.filter((v) => !params.includes(v)).map((v) => this.jsName(v));
    const decls = [...locals, ...ctx.tempDecls];
    const declLine = decls.length ? `let ${decls.join(', ')};` : '';
    const jsParams = params.map((p) => this.jsName(p)).join(', ');
    const catchUnwind = `catch ($e) { throw $unwind($e, $f); }`;
    let fn: string;
    if (ctx.isGen || ctx.isAsync) {
      const kind = ctx.isAsync ? (ctx.isGen ? '$asyncgen' : '$coro') : '$gen';
      // A generator's frame keeps its arguments from the start, so a suspended task can be described.
      // The body is made once per `def`, not per call: a generator function made per call costs
      // a closure, a context and a prototype with its own map for every coroutine.
      const bodyParams = ['$f', ...params.map((p) => this.jsName(p))].join(', ');
      fn = `(($body) => function (${jsParams}) {\nconst $f = $frame(${code}); if ($T.record) $f.v = [${jsParams}];\nreturn ${kind}($f, $body(${bodyParams}));\n})(function* (${bodyParams}) { ${declLine} try {\n${body}\n} ${catchUnwind} })`;
    } else {
      fn = `function (${jsParams}) {\nconst $f = $enter(${code}); ${declLine}\ntry {\n${body}\n} ${catchUnwind} finally { $leave($f); }\n}`;
    }
    const doc = !isLambda && isDocstring(node.body[0])
      ? q(node.body[0].value.value) : 'undefined';
    const made = `$mkfn(${code}, ${this.signature(args)}, ${fn}, [${defaults.join(', ')}], ${kwd.length ? `$kwmap([${kwd.join(', ')}])` : 'null'}, $G, ${doc})`;
    // __closure__: cells reading the enclosing functions' variables.
    const free = scope.freeVars();
    const cell = (n: string) => (n === '__class__' ? ctx.classVar ?? 'undefined' : this.jsName(n));
    return free.length ? `$clo(${made}, ${JSON.stringify(free)}, () => [${free.map(cell).join(', ')}])` : made;
  }

  private classDef(s: N): string {
    const scope = this.scopes.get(s)!;
    const qual = this.childQualname(s.name);
    const parent = this.ctx;
    const classVar = `$cls${this.uid++}`;
    parent.tempDecls.push(classVar);
    const ctx = this.newCtx(scope, parent, 'class', qual);
    ctx.classVar = classVar;
    ctx.nsVar = '$ns';
    this.ctx = ctx;
    let body: string;
    try { body = this.block(s.body); } finally { this.ctx = parent; }
    const code = this.constant(`new $Code(${q(s.name)}, ${q(qual)}, ${q(this.opts.filename)}, ${s.lineno}, [])`);
    this.validateKeywords(s.keywords);
    const bases = this.argList(s.bases);
    const kw = this.kwArgs(s.keywords);
    const decls = ctx.tempDecls.length ? `let ${ctx.tempDecls.join(', ')};` : '';
    const bodyFn = `function ($ns) {\nconst $f = $enter(${code}); ${decls}\ntry {\n${body}\n} catch ($e) { throw $unwind($e, $f); } finally { $leave($f); }\n}`;
    let cls = `(${classVar} = $class(${q(s.name)}, ${q(qual)}, ${bases}, ${kw}, ${bodyFn}, $G))`;
    for (const d of [...s.decorator_list].reverse()) cls = `$call1(${this.expr(d)}, ${cls})`;
    return this.storeName(s.bindName ?? s.name, cls) + ';';
  }

  // ------------------------------------------------------------ names
  private loadName(name: string, node: N): string {
    const c = this.ctx;
    const r = c.scope.resolve(name);
    // A class body looks every name up in its namespace first (LOAD_NAME / LOAD_CLASSDEREF).
    if (c.kind === 'class' && c.scope.kind === 'class' && c.nsVar && (r === 'global' || r === 'free') && !UNSUPPORTED_BUILTINS.has(name)) {
      return `(${c.nsVar}.get(${q(name)}) ?? ${r === 'global' ? `$lg($G, ${q(name)})` : `(${this.jsName(name)} ?? $ubf(${q(name)}))`})`;
    }
    switch (r) {
      case 'local': {
        const v = this.jsName(name);
        const isParam = c.scope.params.includes(name) && !c.scope.deleted.has(name);
        return isParam ? v : `(${v} ?? $ubl(${q(name)}))`;
      }
      case 'free': return `(${this.jsName(name)} ?? $ubf(${q(name)}))`;
      case 'classns': {
        const outer = this.outerLoad(name, node);
        return `(${c.nsVar}.get(${q(name)}) ?? ${outer})`;
      }
      case 'global':
        if (UNSUPPORTED_BUILTINS.has(name) && !this.scopes.values().next().value!.assigned.has(name)) throw this.unsupported(node, `${name}()`);
        // A method's implicit closure over its class.
        if (name === '__class__' && c.classVar && c.kind !== 'class') return c.classVar;
        return `$lgc($G, ${q(name)}, ${this.constant('new $GC()')})`;
    }
  }
  /** Resolution of a name from a class body, skipping the class namespace. */
  private outerLoad(name: string, _node: N): string {
    for (let s = this.ctx.scope.parent; s; s = s.parent) {
      if (s.kind === 'class') continue;
      if (s.kind === 'module') break;
      if (s.isLocal(name)) return `(${this.jsName(name)} ?? $ubf(${q(name)}))`;
    }
    return `$lg($G, ${q(name)})`;
  }
  /** `name = call(...)` into a function's local that alone holds its value (localLifetimes.ts):
   * what the call made is freed when the name is bound again or the function returns ($dead
   * keeps it on the frame until then). */
  private deadStore(target: N, value: N): string {
    const v = this.expr(value);
    if (target._type !== 'Name' || value._type !== 'Call' || this.ctx.kind !== 'function') return v;
    this.ctx.dead ??= soleOwnerLocals(this.ctx.scope, this.ctx.body ?? []);
    return this.ctx.dead.has(target.id) ? `$dead($GN.n, ${v}, $f, ${q(target.id)})` : v;
  }
  private storeName(name: string, value: string): string {
    const r = this.ctx.scope.resolve(name);
    switch (r) {
      case 'local': case 'free': return `${this.jsName(name)} = ${value}`;
      case 'classns': return `${this.ctx.nsVar}.set(${q(name)}, ${value})`;
      case 'global': return `$gst($G, ${q(name)}, ${value}, ${this.constant('new $GC()')})`;
    }
  }
  /** `except E as name` ends with `name = None; del name`. */
  private unbindName(name: string): string {
    const r = this.ctx.scope.resolve(name);
    if (r === 'local' || r === 'free') return `${this.jsName(name)} = undefined;`;
    return `${this.storeName(name, '$None')}; ${this.delName(name)}`;
  }
  private delName(name: string): string {
    const r = this.ctx.scope.resolve(name);
    switch (r) {
      case 'local': case 'free': { const v = this.jsName(name); return `(${v} ?? $ubl(${q(name)})); ${v} = undefined;`; }
      case 'classns': return `$nsdel(${this.ctx.nsVar}, ${q(name)});`;
      case 'global': return `$gdel($G, ${q(name)});`;
    }
  }

  // ------------------------------------------------------------ assignment
  private assign(t: N, value: string): string {
    switch (t._type) {
      case 'Name': return this.storeName(t.id, value) + ';';
      case 'Attribute': {
        // The value is evaluated first, then the object (as CPython).
        const [sv, so] = this.storeTemps();
        return `${sv} = ${value}; ${so} = ${this.expr(t.value)}; ${this.attrStore(so, t.attr, sv)}`;
      }
      case 'Subscript': {
        const [sv] = this.storeTemps();
        return `${sv} = ${value}; $si(${this.expr(t.value)}, ${this.subscriptKey(t.slice)}, ${sv});`;
      }
      case 'Tuple': case 'List': {
        const tmp = this.temp();
        const star = t.elts.findIndex((e: N) => e._type === 'Starred');
        if (t.elts.filter((e: N) => e._type === 'Starred').length > 1) {
          throw this.error(t, 'multiple starred expressions in assignment');
        }
        const out: string[] = [];
        if (star < 0) out.push(`${tmp} = $unpack(${value}, ${t.elts.length});`);
        else out.push(`${tmp} = $unpackEx(${value}, ${star}, ${t.elts.length - star - 1});`);
        t.elts.forEach((e: N, i: number) => out.push(this.assign(e._type === 'Starred' ? e.value : e, `${tmp}[${i}]`)));
        return out.join('\n');
      }
      case 'Starred': throw this.error(t, 'starred assignment target must be in a list or tuple');
    }
    throw this.error(t, `cannot assign to ${t._type}`);
  }

  private augAssign(s: N): string {
    const op = q(JS_OPS[s.op._type]);
    const val = this.expr(s.value);
    const t = s.target;
    switch (t._type) {
      case 'Name': return this.storeName(t.id, `$inp(${op}, ${this.loadName(t.id, t)}, ${val})`) + ';';
      case 'Attribute': {
        // The object, then its attribute, then the value (as CPython); both ends use the caches.
        const o = this.temp();
        const [sv] = this.storeTemps();
        return `${o} = ${this.expr(t.value)}; ${sv} = $inp(${op}, ${this.attrLoad(o, t.attr)}, ${val}); ${this.attrStore(o, t.attr, sv)}`;
      }
      case 'Subscript': {
        const o = this.temp(), k = this.temp();
        return `${o} = ${this.expr(t.value)}; ${k} = ${this.subscriptKey(t.slice)}; $si(${o}, ${k}, $inp(${op}, $gi(${o}, ${k}), ${val}));`;
      }
    }
    throw this.error(t, `'${t._type}' is an illegal expression for augmented assignment`);
  }

  private del(t: N): string {
    switch (t._type) {
      case 'Name': return this.delName(t.id);
      case 'Attribute': return `$da(${this.expr(t.value)}, ${q(t.attr)});`;
      case 'Subscript': return `$di(${this.expr(t.value)}, ${this.subscriptKey(t.slice)});`;
      case 'Tuple': case 'List': return t.elts.map((e: N) => this.del(e)).join('\n');
    }
    throw this.error(t, `cannot delete ${t._type}`);
  }

  // ------------------------------------------------------------ expressions
  private subscriptKey(s: N): string {
    if (s._type === 'Slice') return this.slice(s);
    return this.expr(s);
  }
  private slice(s: N): string {
    const p = (x: N) => (x ? this.expr(x) : '$None');
    return `$slice(${p(s.lower)}, ${p(s.upper)}, ${p(s.step)})`;
  }

  /** Elements of a display, or a call's arguments when `callee` (a temp holding it) is given. */
  private argList(elts: N[], callee?: string, display = '$starred'): string {
    if (!elts.some((e) => e._type === 'Starred')) return `[${elts.map((e) => this.expr(e)).join(', ')}]`;
    const spread = (v: N) => (callee ? `...$starArgs(${this.expr(v)}, ${callee})` : `...${display}(${this.expr(v)})`);
    return `[${elts.map((e) => (e._type === 'Starred' ? spread(e.value) : this.expr(e))).join(', ')}]`;
  }
  private validateKeywords(keywords: N[]): void {
    keywords.forEach((k: N, i: number) => {
      const again = k.arg === null ? undefined : keywords.slice(i + 1).find((o: N) => o.arg === k.arg);
      if (again) throw this.error(again, `keyword argument repeated: ${k.arg}`);
    });
  }
  private kwArgs(keywords: N[]): string {
    if (!keywords.length) return 'null';
    const parts: string[] = [];
    for (const k of keywords) {
      if (k.arg === null) parts.push(`null, ${this.expr(k.value)}`);
      else parts.push(`${q(k.arg)}, ${this.expr(k.value)}`);
    }
    return `$kwmap([${parts.join(', ')}])`;
  }

  expr(e: N): string {
    switch (e._type) {
      case 'Constant': return this.constantExpr(e);
      case 'Name': return this.loadName(e.id, e);
      case 'Attribute':
        this.checkAttribute(e);
        return this.attrLoad(this.expr(e.value), e.attr);
      case 'Subscript': return `$gi(${this.expr(e.value)}, ${this.subscriptKey(e.slice)})`;
      case 'Slice': return this.slice(e);
      case 'Call': return this.call(e);
      case 'BinOp': {
        const op = JS_OPS[e.op._type];
        const a = this.expr(e.left), b = this.expr(e.right);
        switch (op) {
          case '+': return `$add(${a}, ${b})`;
          case '-': return `$sub(${a}, ${b})`;
          case '*': return `$mul(${a}, ${b})`;
          case '%': return `$mod(${a}, ${b})`;
          case '//': return `$fdiv(${a}, ${b})`;
        }
        return `$bin(${q(op)}, ${a}, ${b})`;
      }
      case 'UnaryOp': {
        const v = this.expr(e.operand);
        switch (e.op._type) {
          case 'Not': return `!$tr(${v})`;
          case 'USub': return `$neg(${v})`;
          case 'UAdd': return `$pos(${v})`;
          case 'Invert': return `$inv(${v})`;
        }
        break;
      }
      case 'BoolOp': {
        const mark = this.ctx.held.length;
        const t = this.exprTemp();
        const vals = e.values.map((v: N) => this.expr(v));
        let out = vals[vals.length - 1];
        for (let i = vals.length - 2; i >= 0; i--) {
          out = e.op._type === 'And' ? `(${t} = ${vals[i]}, $tr(${t}) ? ${out} : ${t})` : `(${t} = ${vals[i]}, $tr(${t}) ? ${t} : ${out})`;
        }
        return this.exprDone(mark, out);
      }
      case 'Compare': return this.compare(e);
      case 'IfExp': return `($tr(${this.expr(e.test)}) ? ${this.expr(e.body)} : ${this.expr(e.orelse)})`;
      case 'NamedExpr': {
        const mark = this.ctx.held.length;
        const t = this.exprTemp();
        return this.exprDone(mark, `(${t} = ${this.expr(e.value)}, ${this.storeName(e.target.id, t)}, ${t})`);
      }
      case 'Lambda': return this.functionDef(e);
      case 'Tuple': return `$tuple(${this.argList(e.elts)})`;
      case 'List': return `new $List(${this.argList(e.elts)})`;
      // CPython folds a display of more than two constants to a frozenset constant, copied into a new set.
      case 'Set': return `$set${e.elts.length > 2 && e.elts.every(isFoldedConst) ? 'c' : ''}(${this.argList(e.elts, undefined, '$arr')})`;
      case 'Dict': {
        const parts: string[] = [];
        e.keys.forEach((k: N, i: number) => parts.push(k === null ? `$SPREAD, ${this.expr(e.values[i])}` : `${this.expr(k)}, ${this.expr(e.values[i])}`));
        return `$dict([${parts.join(', ')}])`;
      }
      case 'ListComp': case 'SetComp': case 'DictComp': return this.comprehension(e);
      case 'GeneratorExp': return this.genexp(e);
      case 'JoinedStr': return this.joinedStr(e);
      case 'FormattedValue': return this.formatted(e);
      case 'Starred': throw this.error(e, "can't use starred expression here");
      case 'Yield': {
        if (!this.ctx.isGen) throw this.error(e, "'yield' outside function");
        if (this.ctx.isAsync) return this.awaitPoint(`$agYield(${e.value ? this.expr(e.value) : '$None'})`);
        const v = e.value ? this.expr(e.value) : '$None';
        return this.inHandler() ? `(yield* $yieldChained(${v}, $f))` : `(yield ${v})`;
      }
      case 'YieldFrom': {
        if (this.ctx.isAsync) throw this.error(e, "'yield from' inside async function");
        const it = `$yieldFrom(${this.expr(e.value)})`;
        return `(yield* ${this.inHandler() ? `$chainThrown(${it}, $f)` : it})`;
      }
      case 'Await': {
        if (!this.ctx.isAsync) throw this.error(e, this.ctx.kind === 'module' || this.ctx.kind === 'class' ? "'await' outside function" : "'await' outside async function");
        const c = e.value;
        if (c._type !== 'Call' || c.keywords.length || c.args.some((a: N) => a._type === 'Starred')) return this.awaitPoint(`$await(${this.expr(c)})`);
        if (c.func._type === 'Attribute') {
          this.checkAttribute(c.func);
          const o = this.expr(c.func.value), ic = this.constant('new $IC()'), args = c.args.map((a: N) => this.expr(a));
          if (args.length <= 2) return this.awaitNow(`$awm(${[o, q(c.func.attr), ic, args.length, ...args].join(', ')})`);
          return this.awaitNow(`$awmn(${o}, ${q(c.func.attr)}, [${args.join(', ')}], ${ic})`);
        }
        if (c.func._type === 'Name' && !['super', 'globals', 'locals', 'vars'].includes(c.func.id)) {
          return this.awaitNow(`$awc(${this.expr(c.func)}, [${c.args.map((a: N) => this.expr(a)).join(', ')}])`);
        }
        return this.awaitPoint(`$await(${this.expr(c)})`);
      }
    }
    throw this.unsupported(e, `${e._type} expression`);
  }

  /** What a for loop iterates: a set display of constants is folded to a frozenset constant (fold_iter). */
  private iterExpr(e: N): string {
    return e._type === 'Set' && e.elts.every(isFoldedConst) ? `$fset(${this.argList(e.elts, undefined, '$arr')})` : this.expr(e);
  }

  private constantExpr(e: N): string {
    const v = e.value;
    if (v === null) return '$None';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'string') return q(v);
    if ('int' in v) {
      const n = Number(v.int);
      return Number.isSafeInteger(n) ? String(n) : `${v.int}n`;
    }
    if ('float' in v) return this.constant(`new $Float(${floatLiteral(v.float)})`);
    if ('bytes' in v) return this.constant(`$bytes([${v.bytes.join(',')}])`);
    if ('ellipsis' in v) return '$Ellipsis';
    throw this.unsupported(e, 'complex numbers');
  }

  private compare(e: N): string {
    const one = (op: string, a: string, b: string): string => {
      switch (op) {
        case 'In': return `$in(${b}, ${a})`;
        case 'NotIn': return `!$in(${b}, ${a})`;
        case 'Is': return `$is(${a}, ${b})`;
        case 'IsNot': return `!$is(${a}, ${b})`;
      }
      return `${CMP_FN[op]}(${a}, ${b})`;
    };
    if (e.ops.length === 1) return one(e.ops[0]._type, this.expr(e.left), this.expr(e.comparators[0]));
    const mark = this.ctx.held.length;
    const r = this.exprTemp();
    let left = this.exprTemp();
    let out = `(${left} = ${this.expr(e.left)}, `;
    const closes: string[] = [];
    e.ops.forEach((op: N, i: number) => {
      const right = this.exprTemp();
      const cmp = one(op._type, left, right);
      if (i === e.ops.length - 1) out += `${right} = ${this.expr(e.comparators[i])}, ${cmp}`;
      else { out += `${right} = ${this.expr(e.comparators[i])}, ${r} = ${cmp}, $tr(${r}) ? (`; closes.push(`) : ${r}`); }
      left = right;
    });
    return this.exprDone(mark, out + closes.reverse().join('') + ')');
  }

  private call(e: N): string {
    this.validateKeywords(e.keywords);
    const f = e.func;
    const simple = !e.args.some((a: N) => a._type === 'Starred') && e.keywords.length === 0;
    // Zero-argument super() reads the enclosing class and the first parameter.
    if (f._type === 'Name' && f.id === 'super' && e.args.length === 0 && e.keywords.length === 0 && this.ctx.scope.resolve('super') === 'global') {
      if (!this.ctx.classVar || !this.ctx.firstParam) return `$superBare($lg($G, "super"), ${this.ctx.firstParam !== null})`;
      return `$super0(${this.ctx.classVar}, ${this.ctx.firstParam})`;
    }
    // globals()/locals() read the namespace the call appears in.
    if (f._type === 'Name' && (f.id === 'globals' || f.id === 'locals' || f.id === 'vars') && e.args.length === 0 && e.keywords.length === 0 && this.ctx.scope.resolve(f.id) === 'global') {
      const c = this.ctx;
      if (f.id === 'globals' || c.kind === 'module') return `$globals($G, ${q(f.id)})`;
      if (c.kind === 'class' && c.scope.kind === 'class') return `$nslocals($G, ${q(f.id)}, ${c.nsVar})`;
      const names = c.scope.kind === 'comprehension' ? [] : c.scope.varnames();
      return `$locals($G, ${q(f.id)}, ${JSON.stringify(names)}, [${names.map((n) => this.jsName(n)).join(', ')}])`;
    }
    // all(x for ...) and any(x for ...) with the builtins: the generator expression's loops run
    // inline and stop at the first deciding item, where the builtin stops consuming it.
    const g = e.args[0];
    if (f._type === 'Name' && (f.id === 'all' || f.id === 'any') && simple && e.args.length === 1 && g._type === 'GeneratorExp' &&
        this.ctx.scope.resolve(f.id) === 'global' && !isAsyncComprehension(g)) {
      const mark = this.ctx.held.length;
      const fn = this.exprTemp();
      const decide = f.id === 'all' ? '!' : '';
      const loops = this.inlineLoops(g, () => `if (${decide}$tr(${this.expr(g.elt)})) return ${f.id === 'any'};`, '', `return ${f.id === 'all'};`);
      return this.exprDone(mark, `((${fn} = ${this.loadName(f.id, f)}) === $B_${f.id} ? ${loops} : $call1(${fn}, ${this.genexp(g)}))`);
    }
    if (f._type === 'Attribute') this.checkAttribute(f);
    if (f._type === 'Attribute' && simple) {
      const ic = this.constant('new $IC()');
      // Up to two arguments: a Python method of the instance's cached type that no instance
      // attribute shadows is called directly; otherwise no argument array unless the call
      // leaves the fast path. The object, then the arguments, are evaluated once each.
      if (e.args.length <= 2) {
        const mark = this.ctx.held.length;
        const o = this.exprTemp();
        const obj = this.expr(f.value);
        const args: Array<[string, string]> = e.args.map((a: N): [string, string] => [this.exprTemp(), this.expr(a)]);
        const d = this.exprTemp();
        const names = args.map(([t]) => `, ${t}`).join('');
        const attr = q(f.attr);
        return this.exprDone(mark, `(${o} = ${obj}, ${args.map(([t, x]) => `${t} = ${x}, `).join('')}` +
          `${this.cachedType(o, ic)} && ${ic}.j !== null && ((${d} = ${o}.dict) === null || (${d} = ${d}.o) !== undefined && ${d}[${attr}] === undefined)` +
          ` ? ${ic}.j(${o}${names}) : $cm${e.args.length}(${o}, ${attr}${names}, ${ic}))`);
      }
      return `$cmc(${this.expr(f.value)}, ${q(f.attr)}, [${e.args.map((a: N) => this.expr(a)).join(', ')}], ${ic})`;
    }
    const fn = this.expr(f);
    if (simple && e.args.length <= 3) return `$call${e.args.length}(${fn}${e.args.map((a: N) => ', ' + this.expr(a)).join('')})`;
    if (e.keywords.some((k: N) => k.arg === null) || !simple && e.args.some((a: N) => a._type === 'Starred')) {
      // With *iterable or **mapping, errors name the callee.
      const t = this.temp();
      const kw = e.keywords.some((k: N) => k.arg === null) ? this.kwArgs(e.keywords).replace(/\)$/, `, ${t})`) : this.kwArgs(e.keywords);
      return `$call((${t} = ${fn}), ${this.argList(e.args, t)}, ${kw})`;
    }
    return `$call(${fn}, ${this.argList(e.args)}, ${this.kwArgs(e.keywords)})`;
  }

  private joinedStr(e: N): string {
    if (e.values.length === 0) return '""';
    const parts = e.values.map((v: N) => (v._type === 'Constant' ? q(v.value) : this.formatted(v)));
    return parts.length === 1 ? `("" + ${parts[0]})` : `(${parts.join(' + ')})`;
  }
  private formatted(v: N): string {
    const conv = v.conversion === -1 ? 0 : v.conversion;
    const spec = v.format_spec ? this.joinedStr(v.format_spec) : '""';
    if (!conv && spec === '""') return `$fstr(${this.expr(v.value)})`;
    return `$fmt(${this.expr(v.value)}, ${conv}, ${spec})`;
  }

  /** List/set/dict comprehension as an immediately-invoked arrow function (its own scope). */
  private comprehension(e: N): string {
    const acc = '$r';
    const body = () => (e._type === 'DictComp' ? `$dictSet(${acc}, ${this.expr(e.key)}, ${this.expr(e.value)});` : `${acc}.push(${this.expr(e.elt)});`);
    const init = e._type === 'DictComp' ? 'new $Dict()' : '[]';
    const result = e._type === 'ListComp' ? `new $List(${acc})` : e._type === 'SetComp' ? `$set(${acc})` : acc;
    return this.inlineLoops(e, body, `const ${acc} = ${init};`, `return ${result};`);
  }
  /** A comprehension's loops as an inline JS function of its first iterator, in the comprehension's
   * own scope: `setup`, then `body()` for each item, then `tail`. */
  private inlineLoops(e: N, body: () => string, setup: string, tail: string): string {
    const scope = this.scopes.get(e)!;
    const parent = this.ctx;
    const isAsync = isAsyncComprehension(e);
    if (isAsync && !parent.isAsync && parent.scope.kind !== 'comprehension') {
      throw this.error(e, 'asynchronous comprehension outside of an asynchronous function');
    }
    const ctx: FnCtx = { ...parent, scope, temps: parent.temps, tempDecls: [], held: [], free: [], loops: [], vars: parent.vars };
    this.ctx = ctx;
    let fn: string;
    try {
      const inner = this.compLoops(e.generators, 0, body(), '$it0');
      const locals = [...scope.assigned].filter((n) => scope.isLocal(n)).map((n) => this.jsName(n));
      const decls = [...locals, ...ctx.tempDecls];
      const code = `${decls.length ? `let ${decls.join(', ')};` : ''} ${setup}\n${inner}\n${tail}`;
      if (isAsync) {
        fn = `(yield* (function* ($it0) { ${code} })`;
      } else fn = `((($it0) => { ${code} })`;
    } finally { this.ctx = parent; }
    return `${fn}(${this.compIter(e.generators[0], parent)}))`;
  }
  private compIter(g: N, _ctx: FnCtx): string {
    return g.is_async ? `$aiter(${this.expr(g.iter)})` : `$iter(${this.iterExpr(g.iter)})`;
  }
  private compLoops(gens: N[], i: number, body: string, first: string): string {
    if (i >= gens.length) return body;
    const g = gens[i];
    const it = this.temp(), v = this.temp();
    const src = i === 0 ? first : (g.is_async ? `$aiter(${this.expr(g.iter)})` : `$iter(${this.iterExpr(g.iter)})`);
    const nextCall = g.is_async ? this.awaitPoint(`$anext(${it})`) : `$next(${it})`;
    let inner = this.compLoops(gens, i + 1, body, first);
    for (const c of [...g.ifs].reverse()) inner = `if ($tr(${this.expr(c)})) {\n${inner}\n}`;
    return `for (${it} = ${src}; (${v} = ${nextCall}) !== $STOP;) {\n${this.assign(g.target, v)}\n${inner}\n}`;
  }

  private genexp(e: N): string {
    const scope = this.scopes.get(e)!;
    const parent = this.ctx;
    const isAsync = isAsyncComprehension(e);
    const ctx = this.newCtx(scope, parent, 'genexp', this.childQualname('<genexpr>'));
    ctx.isGen = true;
    ctx.isAsync = isAsync;
    ctx.vars = [];
    this.ctx = ctx;
    let body: string;
    try {
      const y = isAsync ? `yield* $agYield(${this.expr(e.elt)});` : `yield ${this.expr(e.elt)};`;
      body = this.compLoops(e.generators, 0, `${this.trapLine(e)}\n${y}`, '$it0');
    } finally { this.ctx = parent; }
    const code = this.constant(`new $Code("<genexpr>", ${q(ctx.qualname)}, ${q(this.opts.filename)}, ${e.lineno}, [], 'function', 0, ${JSON.stringify(ctx.freeVars)})`);
    const locals = [...scope.assigned].filter((n) => scope.isLocal(n)).map((n) => this.jsName(n));
    const decls = [...locals, ...ctx.tempDecls];
    const kind = isAsync ? '$asyncgen' : '$gen';
    return `(($it0) => { const $f = $frame(${code}); ${decls.length ? `let ${decls.join(', ')};` : ''} return ${kind}($f, (function* () { try {\n${body}\nreturn $None; } catch ($e) { throw $unwind($e, $f); } })()); })(${this.compIter(e.generators[0], parent)})`;
  }
}

/** A module's or class's docstring is stored as __doc__ (the statement `__doc__ = '...'`). */
function storeDocstrings(n: N): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) { n.forEach(storeDocstrings); return; }
  if ((n._type === 'Module' || n._type === 'ClassDef') && isDocstring(n.body[0])) {
    const d = n.body[0];
    const pos = { lineno: d.lineno, col_offset: d.col_offset, end_lineno: d.end_lineno, end_col_offset: d.end_col_offset };
    n.body[0] = { _type: 'Assign', targets: [{ _type: 'Name', id: '__doc__', ctx: { _type: 'Store' }, ...pos }], value: d.value, type_comment: null, ...pos };
  }
  for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object') storeDocstrings(n[k]);
}

/** A comprehension or generator expression with `async for`, or `await` in its own scope (CPython's
 * ste_coroutine): its first iterable is evaluated outside it. */
function isAsyncComprehension(e: N): boolean {
  if (e.generators.some((g: N) => g.is_async)) return true;
  const own = [e.elt, e.key, e.value, ...e.generators.flatMap((g: N, i: number) => [g.target, ...g.ifs, ...(i ? [g.iter] : [])])];
  return own.some(awaitsInScope);
}

/** An await evaluated in the scope n is in, or an async comprehension (not a generator expression) nested there. */
function awaitsInScope(n: N): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(awaitsInScope);
  switch (n._type) {
    case 'Await': return true;
    case 'Lambda': case 'FunctionDef': case 'AsyncFunctionDef': return false;
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      return awaitsInScope(n.generators[0].iter) || (n._type !== 'GeneratorExp' && isAsyncComprehension(n));
  }
  for (const k of Object.keys(n)) if (k !== '_type' && typeof n[k] === 'object' && awaitsInScope(n[k])) return true;
  return false;
}

function floatLiteral(r: string): string {
  if (r === 'inf') return 'Infinity';
  if (r === '-inf') return '-Infinity';
  if (r === 'nan') return 'NaN';
  return r;
}

export function compile(mod: N, opts: CompileOptions): string {
  return new CodeGen(opts).compileModule(mod);
}

/** An expression that CPython's AST optimizer turns into a constant: a literal, a sign or ~ on a
 * numeric one, a tuple of them (binary operations on constants are not recognized here). */
function isFoldedConst(e: N): boolean {
  switch (e._type) {
    case 'Constant': return true;
    case 'UnaryOp': {
      const o = e.operand, op = e.op._type;
      if (o._type !== 'Constant') return o._type === 'UnaryOp' && op !== 'Invert' && isFoldedConst(o);
      const v = o.value;
      if (op === 'Not') return true;
      return typeof v === 'boolean' || (v !== null && typeof v === 'object' && ('int' in v || (op !== 'Invert' && 'float' in v)));
    }
    case 'Tuple': return e.elts.every(isFoldedConst);
  }
  return false;
}
