// The extension in a real VS Code (code-server, the browser build), driven as a person would with
// playwright-core in Debian's Chromium. Needs test/e2e/setup.sh, yieldpoint.vsix (npm run package)
// and dist/test/suite.js (npm run build).
//  1. The walkthrough: opened from the command palette; its first step's button opens an example.
//  2. The scenario of scenario.json through the UI, on the installed .vsix: gutter breakpoint, F5,
//     call stack, yield-point markers, inline labels, Event Loop view, "Every yield" order.
//  3. The same scenario as extension tests (suite.ts) in code-server's extension host, the launcher
//     that electron.mjs is for desktop VS Code.
// Prints the budgets (activation, F5 to first stop, .vsix size); fails only on the size, the one
// that does not depend on the machine's load. Screenshots of every step go to test/e2e/screenshots/.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, existsSync, rmSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = process.env.YIELDPOINT_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'yieldpoint-e2e');
const node24 = path.join(cache, 'node24', 'bin', 'node');
const entry = path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const vsix = path.join(root, 'yieldpoint.vsix');
const suite = path.join(root, 'dist', 'test', 'suite.js');
const shots = path.join(root, 'test', 'e2e', 'screenshots');
const scenario = JSON.parse(readFileSync(path.join(root, 'test', 'e2e', 'scenario.json'), 'utf8'));
for (const [what, p] of [['Node 24', node24], ['code-server', entry], ['the .vsix (npm run package)', vsix], ['the extension-host suite (npm run build)', suite]]) {
  if (!existsSync(p)) { console.error(`e2e: ${what} is missing at ${p}: run test/e2e/setup.sh`); process.exit(2); }
}
mkdirSync(shots, { recursive: true });
for (const f of readdirSync(shots)) if (f.endsWith('.png')) rmSync(path.join(shots, f));

const tmp = mkdtempSync(path.join(os.tmpdir(), 'yieldpoint-e2e-'));
const data = path.join(tmp, 'data');
const ext = path.join(tmp, 'ext');
const ws = path.join(tmp, 'workspace');
mkdirSync(path.join(data, 'User'), { recursive: true });
cpSync(path.join(root, 'examples'), ws, { recursive: true });
// For the Debug Console as the program's stdin (step 2b).
// For work handed to another thread (step 2c).
writeFileSync(path.join(ws, 'to_thread.py'), readFileSync(path.join(root, 'test', 'dap', 'to_thread.py'), 'utf8'));
writeFileSync(path.join(ws, 'ask_name.py'), 'import asyncio\n\n\nasync def main():\n    name = input("name? ")\n    print(f"hello {name}")\n\nasyncio.run(main())\n');
writeFileSync(path.join(data, 'User', 'settings.json'), JSON.stringify({
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'editor.minimap.enabled': false,
  'window.zoomLevel': 0,
  'debug.showInStatusBar': 'never',
  'chat.disableAIFeatures': true,
}, null, 2));

let failures = 0;
let step = 0;
const budgets = [];
const log = (s) => console.log(`e2e: ${s}`);
function check(ok, what) {
  if (ok) log(`ok   ${what}`);
  else { failures++; log(`FAIL ${what}`); }
}
function budget(what, value, goal) {
  budgets.push(`${what}: ${value} (goal ${goal})`);
  log(`budget ${what}: ${value} (goal ${goal})`);
}

// The .vsix size: deterministic, so over budget fails.
const vsixBytes = statSync(vsix).size;
budget('.vsix size', `${(vsixBytes / 1024).toFixed(0)} KB`, '≤ 2 MB');
check(vsixBytes <= 2 * 1024 * 1024, 'the .vsix is at most 2 MB');

const env = { ...process.env, PATH: `${path.dirname(node24)}:${process.env.PATH}` };
execFileSync(node24, [entry, '--extensions-dir', ext, '--user-data-dir', data, '--install-extension', vsix], { env, stdio: 'inherit', timeout: 120000 });

const port = await new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
// enable-smoke-test-driver: a built workbench honours the extension-development part of the URL's
// payload (extensionDevelopmentPath, extensionTestsPath) only with it; step 3 needs that.
const server = spawn(node24, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', data, '--extensions-dir', ext,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--vscode-option', 'enable-smoke-test-driver', ws], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', (d) => { serverLog += d; });
server.stderr.on('data', (d) => { serverLog += d; });

async function shot(page, name) {
  const file = path.join(shots, `${String(++step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${path.relative(root, file)}`);
}
/** innerText with the editor's non-breaking spaces made plain. */
const text = (loc) => loc.innerText().then((t) => t.replace(/\u00a0/g, ' '));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(fn, what, timeout = 20000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try { const v = await fn(); if (v) return v; } catch { /* not yet */ }
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}
/** Every file under dir (recursively). */
function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}
async function openWorkbench(page, query = '') {
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}${query}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForTimeout(3000);
}
async function command(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type(title);
  await page.waitForTimeout(600);
  await page.keyboard.press('Enter');
}

const editor = (page) => page.locator('.part.editor .monaco-editor').first();
/** The editor lines (1-based) that carry the yield-point gutter icon, and the lines rendered at all. */
const markedLines = (page) => page.evaluate(() => {
  const ed = document.querySelector('.part.editor .monaco-editor');
  if (!ed) return { marked: [], rendered: [] };
  const numbers = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].map((el) => ({ line: Number(el.textContent.trim()), top: el.getBoundingClientRect().top }));
  const marked = new Set();
  for (const el of ed.querySelectorAll('.margin *')) {
    if (!/yield-point/.test(getComputedStyle(el).backgroundImage)) continue;
    const top = el.getBoundingClientRect().top;
    const n = numbers.find((x) => Math.abs(x.top - top) < 4);
    if (n) marked.add(n.line);
  }
  return { marked: [...marked].sort((a, b) => a - b), rendered: numbers.map((x) => x.line).filter((x) => x > 0) };
});

let browser;
try {
  await until(() => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok), 'code-server', 60000);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  await openWorkbench(page);

  // 1. The walkthrough, from the command palette; its first step's button opens the example.
  await command(page, 'Welcome: Open Walkthrough');
  await page.waitForTimeout(800);
  await page.keyboard.type('Watch the asyncio event loop');
  await page.waitForTimeout(600);
  await page.keyboard.press('Enter');
  const welcome = page.locator('.gettingStartedContainer').first();
  await until(() => text(welcome).then((t) => /Watch the asyncio event loop/.test(t) && /A new task waits for its creator to yield/.test(t)), 'the walkthrough');
  await page.waitForTimeout(2500);
  await shot(page, 'walkthrough');
  const wt = await text(welcome);
  const titles = ['A new task waits for its creator to yield', 'await coro() is a call, not a yield', 'sleep(0) passes the turn', 'A blocking call freezes every task', 'Cancellation arrives at an await'];
  check(titles.every((t) => wt.includes(t)), 'the walkthrough lists its five steps');
  const media = page.frameLocator('.gettingStartedContainer iframe').frameLocator('iframe').first();
  const mediaText = await until(() => media.locator('body').innerText().then((t) => (/ready queue/.test(t) ? t : '')), 'the step\'s page', 10000).catch(() => '');
  check(/create_task\(coro\)/.test(mediaText) && /Watch for:/.test(mediaText), "the first step's page explains create_task and says what to watch for");
  await welcome.getByText('Open create_task.py').first().click();
  await until(() => page.locator('.tab', { hasText: 'create_task.py' }).count(), 'the example in an editor', 10000).catch(() => 0);
  await page.waitForTimeout(1500);
  const exampleText = await text(page.locator('.part.editor .monaco-editor .view-lines').last()).catch(() => '');
  check(await page.locator('.tab', { hasText: 'create_task.py' }).count() > 0 && /async def greet/.test(exampleText), 'the step\'s button opens create_task.py');
  await shot(page, 'walkthrough-example-opened');

  // The extension activated on that command: its log has the activation time.
  const activation = await until(() => {
    for (const f of files(path.join(data, 'logs'))) {
      const m = /activated in ([\d.]+) ms \(bundle evaluated in ([\d.]+) ms\)/.exec(readFileSync(f, 'utf8'));
      if (m) return m;
    }
    return null;
  }, 'the activation line in the Yieldpoint log', 10000).catch(() => null);
  check(activation !== null, 'the Yieldpoint log reports the activation time');
  if (activation) budget('activation', `activate() ${activation[1]} ms + bundle evaluation ${activation[2]} ms`, '≤ 50 ms');
  await command(page, 'View: Close All Editors');
  await page.waitForTimeout(800);

  // 2. The scenario through the UI.
  const callStack = page.locator('.debug-call-stack, [id="workbench.debug.callStackView"]').first();
  const eventLoop = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Event Loop/i }) }).first();
  const stopAt = (s) => `${s.task} stops (${s.reason}) at ${s.frame}:${s.line}`;
  /** The frames of the stopped task, as the CALL STACK shows them (expanded). */
  const frameShown = (cs, s) => new RegExp(`${s.frame}\\s+${scenario.program.replace('.', '\\.')}\\s*${s.line}\\b`).test(cs.replace(/:/g, ' '));
  for (const st of scenario.steps) {
    switch (st.do) {
      case 'open': {
        const fileRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: scenario.program }).first();
        await fileRow.waitFor({ state: 'visible', timeout: 30000 });
        await fileRow.dblclick();
        await until(() => text(page.locator('.part.editor .monaco-editor .view-lines').first()).then((t) => t.includes('async def')), 'the editor');
        await page.waitForTimeout(1000);
        await shot(page, 'opened');
        break;
      }
      case 'breakpoint': {
        // By clicking the gutter.
        const bpGlyph = page.locator('.part.editor .monaco-editor .codicon-debug-breakpoint');
        for (let attempt = 0; attempt < 3 && (await bpGlyph.count()) === 0; attempt++) {
          await page.waitForTimeout(1000);
          const lineNo = page.locator('.part.editor .monaco-editor .margin-view-overlays .line-numbers', { hasText: new RegExp(`^\\s*${st.line}\\s*$`) }).first();
          const lb = await lineNo.boundingBox();
          const glyph = await page.locator('.part.editor .monaco-editor .margin .glyph-margin').first().boundingBox();
          const x = glyph && glyph.width > 0 ? glyph.x + glyph.width / 2 : lb.x - 8;
          await page.mouse.move(x, lb.y + lb.height / 2);
          await page.waitForTimeout(300);
          await page.mouse.click(x, lb.y + lb.height / 2);
          await until(() => bpGlyph.count(), 'the breakpoint glyph', 3000).catch(() => 0);
        }
        check(await bpGlyph.count() > 0, `a breakpoint is set on line ${st.line} by clicking the gutter`);
        const before = await markedLines(page);
        check(before.marked.length === 0, 'no yield-point markers before a session starts');
        await shot(page, 'breakpoint');
        break;
      }
      case 'start': {
        // F5 with no launch.json.
        await page.locator('.part.editor .monaco-editor .view-lines').first().click();
        const f5 = Date.now();
        await page.keyboard.press('F5');
        await page.waitForTimeout(700);
        if (await page.locator('.quick-input-widget').isVisible().catch(() => false)) {
          log('VS Code asked for a debugger: choosing Yieldpoint');
          await page.keyboard.type('Yieldpoint');
          await page.waitForTimeout(300);
          await page.keyboard.press('Enter');
        }
        const s = st.stop;
        await until(() => text(callStack).then((t) => new RegExp(s.task).test(t) && new RegExp(`${s.reason} AT LINE ${s.line}`, 'i').test(t)), 'a stop at the breakpoint', 30000);
        budget('F5 to the first stop', `${Date.now() - f5} ms`, '≤ 1000 ms');
        await page.waitForTimeout(1000);
        await shot(page, 'stopped-at-breakpoint');
        // Expand the stopped task to show its frames.
        await page.locator('.debug-call-stack .monaco-list-row', { hasText: `${s.task} ` }).first().click();
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(1200);
        const cs = await text(callStack);
        check(st.threads.every((p) => cs.includes(p)), `the CALL STACK lists the tasks (${st.threads.join(', ')})`);
        check(frameShown(cs, s), `${stopAt(s)}: the CALL STACK shows ${s.frame} at ${scenario.program}:${s.line}`);
        for (const at of st.frames) {
          await page.locator('.debug-call-stack .monaco-list-row', { hasText: `${at.task} ` }).first().click();
          await page.keyboard.press('ArrowRight');
          await page.waitForTimeout(1200);
          check(frameShown(await text(callStack), at), `expanding ${at.task} shows its frame ${at.frame} at ${scenario.program}:${at.line}`);
        }
        await shot(page, 'tasks-expanded');

        // Yield-point markers in the gutter while the session runs.
        const { marked, rendered } = await markedLines(page);
        const expected = scenario.yieldPointLines.filter((l) => rendered.includes(l));
        log(`yield-point markers on lines ${marked.join(', ')} (lines ${rendered[0]}-${rendered[rendered.length - 1]} rendered)`);
        check(expected.length >= 5 && JSON.stringify(marked) === JSON.stringify(expected), `yield-point markers on exactly the await lines ${expected.join(', ')}`);

        // Inline task labels: every task's line ends with its label.
        const labels = await page.evaluate(() => {
          const out = [];
          for (const el of document.querySelectorAll('.part.editor .monaco-editor .view-lines span')) {
            const c = getComputedStyle(el, '::after').content;
            if (c && c !== 'none' && c !== 'normal') out.push(c);
          }
          return out.join('\n');
        });
        log(`inline labels: ${labels.replace(/\n/g, ' | ')}`);
        check(new RegExp(`⏸ ${st.threads[0].replace('(', '\\(')}`).test(labels), `inline label for the stopped task ${s.task}`);
        for (const t of st.threads.slice(1)) check(labels.includes(t), `inline label for ${t.split(' ')[0]}`);
        st.readyQueue.forEach((t, i) => check(new RegExp(`→ ${t} .*· ready \\(${i ? `#${i + 1}` : 'runs next'}\\)`).test(labels), `the inline label of ${t} says it is ready (${i ? `#${i + 1}` : 'runs next'})`));

        // The Event Loop view: collapse Variables and Watch to give it room.
        check(await eventLoop.count() > 0, 'the Event Loop view is in Run and Debug');
        for (const name of ['Variables', 'Watch']) {
          const h = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${name}`, 'i') }).first();
          if ((await h.getAttribute('aria-expanded').catch(() => null)) === 'true') await h.click();
        }
        const elHeader = eventLoop.locator('.pane-header').first();
        if ((await elHeader.getAttribute('aria-expanded').catch(() => null)) === 'false') await elHeader.click();
        await page.waitForTimeout(800);
        break;
      }
      case 'pauseOn': {
        const label = { yield: 'Every yield', resume: 'Every resume' }[st.filter];
        const row = page.locator('.pane-body .monaco-list-row', { hasText: label }).first();
        await page.mouse.move(0, 0);
        await row.locator('.monaco-checkbox').click();
        await page.waitForTimeout(500);
        check((await row.locator('.monaco-checkbox').getAttribute('aria-checked')) === 'true', `"${label}" is ticked`);
        break;
      }
      case 'continue': {
        const s = st.stop;
        const before = await text(callStack);
        await page.locator('.debug-toolbar .codicon-debug-continue').first().click();
        await until(async () => { const t = await text(callStack); return t !== before && new RegExp(`Paused on ${s.reason}`, 'i').test(t); }, `${s.task}'s stop`, 15000).catch(() => null);
        await page.waitForTimeout(1200);
        const first = (await text(page.locator('.debug-call-stack .monaco-list-row .thread').first()).catch(() => '')).trim();
        check(first.startsWith(`${s.task} `), `after Continue the paused task is ${s.task} (got: ${first.split('\n')[0]})`);
        check(new RegExp(`PAUSED ON ${s.reason}`, 'i').test(await text(callStack)), `${s.task}: the stop reason is "paused on ${s.reason}"`);
        const elText = await text(eventLoop);
        if (st.readyQueue) {
          const order = st.readyQueue.map((t, i) => `${i + 1}\\. ${t}`).join('[\\s\\S]*');
          check(/Ready queue/i.test(elText) && new RegExp(order).test(elText) && /runs next/.test(elText),
            `the Event Loop view shows the ready queue in order: ${st.readyQueue.map((t, i) => `${i + 1}. ${t}`).join(', ')}`);
        }
        await shot(page, `${s.reason}-${s.task}`);
        if (st.timers) {
          // The list is virtual: scroll it to read the Timers section.
          const body = await eventLoop.locator('.pane-body').first().boundingBox();
          let all = elText;
          for (let i = 0; i < 4 && body; i++) {
            await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2);
            await page.mouse.wheel(0, 200);
            await page.waitForTimeout(300);
            all += '\n' + await text(eventLoop);
          }
          check(/Timers/.test(all) && /at \d+\.\d{3} s/.test(all) && st.timers.every((t) => all.includes(t)), `the Event Loop view shows the pending timers (${st.timers.join(', ')}…) with their due times`);
          await shot(page, 'event-loop-timers');
        }
        break;
      }
      case 'stop': {
        await page.keyboard.press('Shift+F5');
        await until(async () => !(await page.locator('.debug-toolbar').isVisible().catch(() => false)), 'the session to end', 10000).catch(() => null);
        await page.waitForTimeout(800);
        check(!(await page.locator('.debug-toolbar').isVisible().catch(() => false)), 'the session has stopped');
        const leftLabels = await page.evaluate(() => [...document.querySelectorAll('.part.editor .monaco-editor .view-lines span')].some((el) => /⏸/.test(getComputedStyle(el, '::after').content)));
        check(!leftLabels, 'the inline labels are gone after the session');
        check((await markedLines(page)).marked.length === 0, 'the yield-point markers are gone after the session');
        await shot(page, 'stopped');
        break;
      }
    }
  }
  /** Opens a workspace file with Quick Open and waits for text of it in the editor. */
  const openFile = async (name, shows) => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.type(name);
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
    await until(() => text(page.locator('.part.editor .monaco-editor .view-lines').first()).then((t) => t.includes(shows)), `${name} in the editor`);
    await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  };
  /** F5, choosing Yieldpoint if VS Code asks for a debugger. */
  const startDebugging = async () => {
    await page.keyboard.press('F5');
    await page.waitForTimeout(700);
    if (await page.locator('.quick-input-widget').isVisible().catch(() => false)) {
      await page.keyboard.type('Yieldpoint');
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
    }
  };
  // 2b. A program's input is typed in the Debug Console.
  {
    await openFile('ask_name.py', 'input(');
    await startDebugging();
    const repl = page.locator('.repl').first();
    const asked = await until(() => text(repl).then((t) => /waiting for input/.test(t)), 'the Debug Console to say the program waits for input', 30000).catch(() => false);
    check(asked, 'the Debug Console says the program waits for input');
    await page.locator('.repl-input-wrapper .monaco-editor').first().click();
    await page.keyboard.type('Ada');
    await page.keyboard.press('Enter');
    const greeted = await until(() => text(repl).then((t) => /hello Ada/.test(t)), 'the program\'s answer', 15000).catch(() => false);
    check(greeted, 'a line typed in the Debug Console is the program\'s input (it prints "hello Ada")');
    await shot(page, 'debug-console-input');
  }
  // 2c. A breakpoint in work that asyncio.to_thread runs stops in a thread of its own.
  {
    await openFile('to_thread.py', 'to_thread(');
    await page.keyboard.press('Control+G');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.keyboard.press('F9');
    await page.waitForTimeout(500);
    await startDebugging();
    // "Every yield" is still ticked from step 2: continue past the yields to the breakpoint.
    let stopped = false;
    for (let i = 0; i < 6 && !stopped; i++) {
      stopped = await until(() => text(callStack).then((t) => /asyncio_0/.test(t) && /breakpoint at line 7/i.test(t)), 'a stop in the worker thread', 5000).catch(() => false);
      if (!stopped) await page.keyboard.press('F5');
    }
    await page.waitForTimeout(1200);
    const cs = await text(callStack);
    check(stopped && /asyncio_0 blocking\(4\)/.test(cs) && /Task-1 main\(\)/.test(cs) && /waiting: run_in_executor blocking\(4\)/.test(cs),
      'the CALL STACK shows the to_thread work as thread asyncio_0, stopped, and Task-1 waiting for it');
    check(/blocking/.test(cs) && /to_thread\.py\s*7/.test(cs), 'the worker thread\'s frame is blocking at to_thread.py:7');
    const el = await text(eventLoop);
    check(/Running[\s\S]*asyncio_0 blocking\(4\) \(thread\)/.test(el), 'the Event Loop view shows the thread under Running');
    await shot(page, 'thread-breakpoint');
    await page.keyboard.press('Shift+F5');
    await until(async () => !(await page.locator('.debug-toolbar').isVisible().catch(() => false)), 'the session to end', 10000).catch(() => null);
  }
  await page.close();

  // 3. The same scenario as extension tests, in code-server's extension host (the dev copy of the
  // extension in the repository stands in for the installed one).
  const result = path.join(tmp, 'suite-result.json');
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(suite)],
    ['extensionEnvironment', JSON.stringify({ YIELDPOINT_SUITE_RESULT: result })]];
  const suitePage = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  await openWorkbench(suitePage, `&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const outcome = await until(() => existsSync(result) && JSON.parse(readFileSync(result, 'utf8')), 'the extension-host suite', 120000).catch(() => null);
  await shot(suitePage, 'extension-host-suite');
  check(outcome !== null, 'the extension-host suite ran in code-server');
  for (const r of outcome?.results ?? []) check(r.ok, `extension host: ${r.title}${r.error ? `: ${r.error}` : ''}`);
  if (outcome) check(outcome.failures === 0, `extension host: ${outcome.results.length} test(s), ${outcome.failures} failure(s)`);
} catch (e) {
  failures++;
  log(`FAIL ${e.message}`);
  try {
    const pages = browser?.contexts()[0]?.pages() ?? [];
    if (pages.length) await shot(pages[pages.length - 1], 'failure');
  } catch { /* no page */ }
} finally {
  await browser?.close().catch(() => undefined);
  server.kill('SIGTERM');
  if (failures) {
    for (const f of files(path.join(data, 'logs')).filter((x) => x.endsWith('exthost.log'))) {
      console.log(`--- ${f}\n${readFileSync(f, 'utf8').split('\n').slice(-40).join('\n')}`);
    }
    console.log(`--- code-server\n${serverLog.split('\n').slice(-20).join('\n')}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
log(`budgets:\n  ${budgets.join('\n  ')}`);
log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
