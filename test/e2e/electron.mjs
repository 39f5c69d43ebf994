// The extension-host suite (suite.ts, driven by scenario.json) in desktop VS Code, through
// @vscode/test-electron: the second launcher of the same suite (run.mjs is the code-server one).
// Desktop VS Code is downloaded into .vscode-test/ from update.code.visualstudio.com, or taken from
// $YIELDPOINT_VSCODE_EXECUTABLE. On Linux without a display, run it under `xvfb-run -a`.
// Needs `npm run build` (dist/extension.js and dist/test/suite.js).
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { mkdtempSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suite = path.join(root, 'dist', 'test', 'suite.js');
if (!existsSync(suite)) { console.error(`test:electron: ${suite} is missing: run npm run build`); process.exit(2); }

let vscodeExecutablePath = process.env.YIELDPOINT_VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: 'stable', timeout: 15000 });
  } catch (e) {
    console.error(`test:electron: cannot download VS Code: ${e instanceof Error ? e.message : e}\n`
      + 'Desktop VS Code comes from update.code.visualstudio.com. Without it, set YIELDPOINT_VSCODE_EXECUTABLE to an installed\n'
      + 'VS Code executable, or run the same suite in code-server with npm run test:e2e.');
    process.exit(2);
  }
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('test:electron: no DISPLAY; VS Code may fail to start (run under xvfb-run -a)');
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'yieldpoint-electron-'));
const ws = path.join(tmp, 'workspace');
cpSync(path.join(root, 'examples'), ws, { recursive: true });
const result = path.join(tmp, 'result.json');
let code = 1;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    extensionTestsEnv: { YIELDPOINT_SUITE_RESULT: result },
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  console.error(`test:electron: ${e instanceof Error ? e.message : e}`);
}
if (existsSync(result)) {
  for (const r of JSON.parse(readFileSync(result, 'utf8')).results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.title}${r.error ? `: ${r.error}` : ''}`);
}
rmSync(tmp, { recursive: true, force: true });
process.exit(code);
