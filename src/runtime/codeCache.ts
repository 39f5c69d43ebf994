// V8 code caches kept beside the JavaScript they compile (dist/worker.js.cache, dist/lib/*.cache),
// so start-up does not recompile the runtime and its library each time.
import { readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';

export function readCache(file: string): Buffer | undefined {
  try { return readFileSync(file); } catch { return undefined; }
}

/** Written whole or not at all (a temporary file renamed over it), since programs started together
 * read and write the same cache; a read-only install keeps none. */
export function writeCache(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
