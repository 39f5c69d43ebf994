import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from '../../src/runtime/parser';
import { PySyntaxError } from '../../src/runtime/sourceError';

const ROOT = path.resolve(__dirname, '..');
const AST_JSON = path.join(ROOT, 'tools', 'ast_json.py');
const ERRORS_DIR = path.join(ROOT, 'parser', 'errors');

/** The real interpreter binary (the `python3` on PATH may be a slow shim). */
const PYTHON = (() => {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf-8' });
  if (r.status !== 0) throw new Error(`python3 not available: ${r.stderr}`);
  return r.stdout.trim();
})();

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (p !== ERRORS_DIR && ent.name !== 'node_modules') out.push(...pyFiles(p));
    } else if (ent.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

const POS_KEYS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

/** Drops positions of the string parts below JoinedStr nodes (CPython 3.11 reports odd ones
 * there); the expressions in replacement fields keep theirs. */
function normalize(node: unknown, insideFString = false): unknown {
  if (Array.isArray(node)) return node.map((n) => normalize(n, insideFString));
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const isJoined = obj._type === 'JoinedStr';
  for (const [k, v] of Object.entries(obj)) {
    if (insideFString && POS_KEYS.includes(k)) continue;
    out[k] = normalize(v, obj._type === 'FormattedValue' && k === 'value' ? false : insideFString || isJoined);
  }
  return out;
}

interface PyError {
  type: string;
  msg: string;
  lineno: number;
  offset: number;
}

const COMPILE_SCRIPT = `
import json, sys
src = open(sys.argv[1], encoding='utf-8').read()
try:
    compile(src, sys.argv[1], 'exec')
    print(json.dumps(None))
except SyntaxError as e:
    print(json.dumps({'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}))
`;

function pythonError(file: string): PyError | null {
  const r = spawnSync(PYTHON, ['-c', COMPILE_SCRIPT, file], { encoding: 'utf-8' });
  if (r.status !== 0) throw new Error(`python failed on ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as PyError | null;
}

function ourError(src: string, file: string): PyError | null {
  try {
    parse(src, file);
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset };
  }
}

describe('parser: AST matches CPython', () => {
  const files = pyFiles(ROOT);
  it('finds the parser corpus', () => {
    assert.ok(files.filter((f) => f.startsWith(path.join(ROOT, 'parser'))).length >= 40);
  });
  for (const file of files) {
    it(path.relative(ROOT, file), () => {
      const src = fs.readFileSync(file, 'utf-8');
      const r = spawnSync(PYTHON, [AST_JSON, file], { encoding: 'utf-8', maxBuffer: 1 << 28 });
      if (r.status !== 0) {
        // Not valid Python: we must reject it the same way.
        assert.deepStrictEqual(ourError(src, file), pythonError(file));
        return;
      }
      const expected = normalize(JSON.parse(r.stdout));
      const actual = normalize(JSON.parse(JSON.stringify(parse(src, file))));
      assert.deepStrictEqual(actual, expected);
    });
  }
});

describe('parser: syntax errors match CPython', () => {
  const files = fs.readdirSync(ERRORS_DIR).filter((f) => f.endsWith('.py')).sort();
  it('has the error corpus', () => {
    assert.ok(files.length >= 40);
  });
  for (const name of files) {
    it(name, () => {
      const file = path.join(ERRORS_DIR, name);
      const expected = pythonError(file);
      assert.notStrictEqual(expected, null, 'python3 accepted the file');
      assert.deepStrictEqual(ourError(fs.readFileSync(file, 'utf-8'), file), expected);
    });
  }
});

describe('parser: unsupported constructs', () => {
  it('parses match statements, with match and case still names elsewhere', () => {
    const m = parse('match = 1\nmatch match:\n    case [case]:\n        pass\n', 'm.py');
    assert.strictEqual(m.body[1]._type, 'Match');
  });
  it('keeps match usable as a name', () => {
    const m = parse('match = 1\nmatch(x)\nmatch[1] = match.y\nprint(match)\n', 'm.py');
    assert.strictEqual(m.body.length, 4);
  });
  it('parses a 5,000-line file', () => {
    // Its speed is measured by `npm run bench`, not here.
    const chunk = 'def f(a, b=1, *c, d, **e):\n    x = [i * 2 for i in range(a) if i % 3]\n    return {"k": x, **e}, f"{a!r:>{b}}"\n\n';
    const m = parse(chunk.repeat(1250), 'big.py');
    assert.strictEqual(m.body.length, 1250);
  });
});
