// Bundles the CLI, the runtime worker and the DAP server into dist/. Library modules written in
// Python are compiled to JavaScript at build time by Yieldpoint's own compiler.
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

// V8 code caches are keyed by source length, not content: a rebuilt bundle must not meet an old cache.
for (const f of ['dist/worker.js.cache', ...(existsSync('dist/lib') ? readdirSync('dist/lib').map((f) => `dist/lib/${f}`) : [])]) rmSync(f, { force: true });

// 1. The compiler alone, to compile src/runtime/lib/*.py.
await esbuild.build({ ...common, sourcemap: false, entryPoints: ['src/runtime/compileLib.ts'], outfile: 'dist/.compiler.cjs' });
const { compileLibModule } = createRequire(import.meta.url)('./dist/.compiler.cjs');
const libDir = path.resolve('src/runtime/lib');
const libNames = readdirSync(libDir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3));
const pyPlugin = {
  name: 'python-lib',
  setup(build) {
    build.onLoad({ filter: /\.py$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const name = path.basename(args.path, '.py');
      const js = compileLibModule(source, name, libNames);
      // Kept out of the bundle (read on first import) so start-up does not parse it; plain text
      // files, read as they are (a JSON string of the same code took 15 times longer to load).
      mkdirSync('dist/lib', { recursive: true });
      writeFileSync(`dist/lib/${name}.js`, js);
      writeFileSync(`dist/lib/${name}.py`, source);
      return {
        contents: `const file = (ext) => require('path').join(__dirname, 'lib', ${JSON.stringify(name)} + ext);
let js, source;
module.exports = { get source() { return source ??= require('fs').readFileSync(file('.py'), 'utf8'); }, get js() { return js ??= require('fs').readFileSync(file('.js'), 'utf8'); }, cacheFile: file('.cache') };`,
        loader: 'js',
      };
    });
  },
};

// 2. The bundles.
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['src/runtime/worker.ts'], outfile: 'dist/worker.js', plugins: [pyPlugin] }),
  esbuild.build({ ...common, sourcemap: false, entryPoints: ['src/runtime/boot.ts'], outfile: 'dist/boot.js' }),
  esbuild.build({ ...common, entryPoints: ['src/debugger/main.ts'], outfile: 'dist/dap.js', plugins: [pyPlugin] }),
  // The VS Code extension (the inline adapter runs the same worker, dist/worker.js).
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [pyPlugin], minify: true }),
  // The e2e scenario as extension tests (test/e2e/suite.ts), for test/e2e/run.mjs and electron.mjs; not shipped.
  esbuild.build({ ...common, entryPoints: ['test/e2e/suite.ts'], outfile: 'dist/test/suite.js', external: ['vscode', 'mocha/*'] }),
]);
