// What the main module's globals hold. At shutdown nothing else is alive, so these are the objects
// CPython frees last, as the interpreter clears the module: a suspended generator among them is
// closed then, and an async generator among them is one asyncio.run's shutdown still sees.
import { PyObject, PyType, PyVal } from './object';
import { PyList, PyTuple, PyModule } from './types';
import { PyDict, PySet } from './dict';

/** The values reachable from `roots` through lists, tuples, sets, dicts and instance attributes
 * (at most `depth` containers deep, and at most `budget` objects, so that a program's end does
 * not walk its whole data), each once, in the order the roots and containers hold them. */
export function heldValues(roots: Iterable<PyVal>, depth = 3, budget = 20000): PyVal[] {
  const seen = new Set<PyVal>();
  const out: PyVal[] = [];
  const visit = (v: PyVal, d: number): void => {
    if (!(v instanceof PyObject) || seen.has(v) || seen.size >= budget) return;
    seen.add(v);
    out.push(v);
    if (d >= depth || v instanceof PyType || v instanceof PyModule) return;
    if (v instanceof PyList || v instanceof PyTuple) { for (const x of v.items) { if (seen.size >= budget) return; visit(x, d + 1); } }
    else if (v instanceof PyDict) for (const i of v.t.slots()) visit(v.t.vals[i], d + 1);
    else if (v instanceof PySet) for (const x of v.keys()) visit(x, d + 1);
    else if (v.dict) for (const x of v.dict.values()) visit(x, d + 1);
  };
  for (const v of roots) visit(v, 0);
  return out;
}
