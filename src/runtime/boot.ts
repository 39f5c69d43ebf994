// Loads dist/worker.js with a V8 code cache (dist/worker.js.cache), so a program's start-up does not
// recompile the runtime each time. Falls back to a plain compile when the cache is missing or stale.
import { readFileSync } from 'node:fs';
import { readCache, writeCache } from './codeCache';
import * as path from 'node:path';
import * as vm from 'node:vm';

const file = path.join(__dirname, 'worker.js');
const cacheFile = file + '.cache';
const source = readFileSync(file, 'utf8');
const cachedData = readCache(cacheFile);
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
const stale = cachedData === undefined || script.cachedDataRejected === true;
const fn = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
const mod = { exports: {} };
// The runtime runs the program as it loads; the cache is written afterwards, with what compiled.
fn(mod.exports, require, mod, file, __dirname);
if (stale) writeCache(cacheFile, script.createCachedData());
