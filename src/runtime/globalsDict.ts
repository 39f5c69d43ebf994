// globals(): a module's namespace as a live dict.
import { PyVal, GlobalsMap, GlobalsMirror } from './object';
import { PyDict, Table } from './dict';

/** The table behind a module's globals dict: its writes go to the module's GlobalsMap as well. */
class GlobalsTable extends Table implements GlobalsMirror {
  constructor(private readonly g: GlobalsMap) { super(); }
  override set(k: PyVal, v: PyVal): void {
    super.set(k, v);
    if (typeof k === 'string') this.g.setFromDict(k, v);
  }
  override delete(k: PyVal): PyVal {
    const v = super.delete(k);
    if (v !== undefined && typeof k === 'string') this.g.deleteFromDict(k);
    return v;
  }
  override clear(): void { super.clear(); this.g.clearFromDict(); }
  setFromGlobals(k: string, v: PyVal): void { super.set(k, v); }
  deleteFromGlobals(k: string): void { super.delete(k); }
  clearFromGlobals(): void { super.clear(); }
}

/** The dict of a namespace: live (the same dict every time) for a module's globals. */
export function globalsDict(g: Map<string, PyVal>): PyDict {
  if (!(g instanceof GlobalsMap)) return PyDict.fromMap(g);
  if (g.dict === null) {
    const t = new GlobalsTable(g);
    for (const [k, v] of g) t.setFromGlobals(k, v);
    const d = new PyDict();
    d.t = t;
    g.mirror = t;
    g.dict = d;
  }
  return g.dict as PyDict;
}
