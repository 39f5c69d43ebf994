// The extension in a real VS Code (code-server, the browser build), driven as a person would with
// playwright-core in Debian's Chromium. Needs test/e2e/setup.sh and yieldpoint.vsix (npm run package).
// Screenshots of every step go to test/e2e/screenshots/.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, existsSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = process.env.YIELDPOINT_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'yieldpoint-e2e');
const node24 = path.join(cache, 'node24', 'bin', 'node');
const entry = path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const vsix = path.join(root, 'yieldpoint.vsix');
const shots = path.join(root, 'test', 'e2e', 'screenshots');
for (const [what, p] of [['Node 24', node24], ['code-server', entry], ['the .vsix (npm run package)', vsix]]) {
  if (!existsSync(p)) { console.error(`e2e: ${what} is missing at ${p}: run test/e2e/setup.sh`); process.exit(2); }
}
mkdirSync(shots, { recursive: true });

const tmp = mkdtempSync(path.join(os.tmpdir(), 'yieldpoint-e2e-'));
const data = path.join(tmp, 'data');
const ext = path.join(tmp, 'ext');
const ws = path.join(tmp, 'workspace');
mkdirSync(path.join(data, 'User'), { recursive: true });
cpSync(path.join(root, 'examples'), ws, { recursive: true });
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

const env = { ...process.env, PATH: `${path.dirname(node24)}:${process.env.PATH}` };
execFileSync(node24, [entry, '--extensions-dir', ext, '--user-data-dir', data, '--install-extension', vsix], { env, stdio: 'inherit', timeout: 120000 });

const port = await new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
const server = spawn(node24, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', data, '--extensions-dir', ext,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ws], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', (d) => { serverLog += d; });
server.stderr.on('data', (d) => { serverLog += d; });

let browser;
let failures = 0;
let step = 0;
const log = (s) => console.log(`e2e: ${s}`);
async function shot(page, name) {
  const file = path.join(shots, `${String(++step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${path.relative(root, file)}`);
}
function check(ok, what) {
  if (ok) log(`ok   ${what}`);
  else { failures++; log(`FAIL ${what}`); }
}
/** innerText with the editor's non-breaking spaces made plain. */
const text = (loc) => loc.innerText().then((t) => t.replace(/\u00a0/g, ' '));
async function until(fn, what, timeout = 20000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try { last = await fn(); if (last) return last; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

try {
  await until(() => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok), 'code-server', 60000);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForTimeout(3000);

  // 1. Open the example.
  const fileRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'pipeline.py' }).first();
  await fileRow.waitFor({ state: 'visible', timeout: 30000 });
  await fileRow.dblclick();
  await until(() => text(page.locator('.part.editor .monaco-editor .view-lines').first()).then((t) => t.includes('async def produce')), 'the editor');
  await page.waitForTimeout(1000);
  await shot(page, 'opened');

  // 2. A breakpoint on the await line 8 (`await asyncio.sleep(...)`), by clicking the gutter.
  const bpGlyph = page.locator('.part.editor .monaco-editor .codicon-debug-breakpoint');
  for (let attempt = 0; attempt < 3 && (await bpGlyph.count()) === 0; attempt++) {
    await page.waitForTimeout(1000);
    const lineNo = page.locator('.part.editor .monaco-editor .margin-view-overlays .line-numbers', { hasText: /^\s*8\s*$/ }).first();
    const lb = await lineNo.boundingBox();
    const glyph = await page.locator('.part.editor .monaco-editor .margin .glyph-margin').first().boundingBox();
    const x = glyph && glyph.width > 0 ? glyph.x + glyph.width / 2 : lb.x - 8;
    log(`line 8 number at ${JSON.stringify(lb)}, glyph margin at ${JSON.stringify(glyph)}: clicking x=${x}`);
    await page.mouse.move(x, lb.y + lb.height / 2);
    await page.waitForTimeout(300);
    await page.mouse.click(x, lb.y + lb.height / 2);
    await until(() => bpGlyph.count(), 'the breakpoint glyph', 3000).catch(() => 0);
  }
  check(await page.locator('.part.editor .monaco-editor .codicon-debug-breakpoint').count() > 0, 'a breakpoint is set on line 8 by clicking the gutter');
  await shot(page, 'breakpoint');

  // 3. F5 with no launch.json.
  await page.locator('.part.editor .monaco-editor .view-lines').first().click();
  const f5 = Date.now();
  await page.keyboard.press('F5');
  // If VS Code asks which debugger, pick ours.
  await page.waitForTimeout(700);
  if (await page.locator('.quick-input-widget').isVisible().catch(() => false)) {
    log('VS Code asked for a debugger: choosing Yieldpoint');
    await page.keyboard.type('Yieldpoint');
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
  }
  const callStack = page.locator('.debug-call-stack, [id="workbench.debug.callStackView"]').first();
  await until(() => text(callStack).then((t) => /producer/.test(t) && /BREAKPOINT AT LINE 8/i.test(t)), 'a stop at the breakpoint', 30000);
  log(`F5 to first stop: ${Date.now() - f5} ms`);
  await page.waitForTimeout(1000);
  await shot(page, 'stopped-at-breakpoint');
  // Expand the stopped task to show its frames.
  await page.locator('.debug-call-stack .monaco-list-row', { hasText: 'producer produce(' }).first().click();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(1200);
  const csText = await text(callStack);
  check(/producer produce\(/.test(csText) && /squarer square\(/.test(csText) && /collector collect\(/.test(csText), 'the CALL STACK lists the tasks by name (producer, squarer, collector)');
  check(/produce\b/.test(csText) && /pipeline\.py\s*8/.test(csText.replace(/:/g, ' ')), "the stopped task's frames show produce at pipeline.py:8");

  // Expanding another task shows its frames.
  const squarerRow = page.locator('.debug-call-stack .monaco-list-row', { hasText: 'squarer square(' }).first();
  await squarerRow.click();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(1200);
  const csAfter = await text(callStack);
  check(/square\s+pipeline\.py\s*14/.test(csAfter.replace(/:/g, ' ')), 'expanding squarer shows its frame square at pipeline.py:14 (not started yet)');
  await shot(page, 'squarer-expanded');

  // 4. Inline task labels: every task's line ends with its label.
  const labels = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('.part.editor .monaco-editor .view-lines span')) {
      const c = getComputedStyle(el, '::after').content;
      if (c && c !== 'none' && c !== 'normal') out.push(c);
    }
    return out.join('\n');
  });
  log(`inline labels: ${labels.replace(/\n/g, ' | ')}`);
  check(/⏸ producer produce\(/.test(labels), 'inline label for the stopped task producer');
  check(/squarer square\(.*ready/.test(labels) || /squarer square\(/.test(labels), 'inline label for squarer');
  check(/collector collect\(/.test(labels), 'inline label for collector');

  // 5. The Event Loop view.
  const eventLoop = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Event Loop/i }) }).first();
  check(await eventLoop.count() > 0, 'the Event Loop view is in Run and Debug');
  // Collapse Variables and Watch to give it room.
  for (const name of ['Variables', 'Watch']) {
    const h = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${name}`, 'i') }).first();
    if ((await h.getAttribute('aria-expanded').catch(() => null)) === 'true') await h.click();
  }
  const elHeader = eventLoop.locator('.pane-header').first();
  if ((await elHeader.getAttribute('aria-expanded').catch(() => null)) === 'false') await elHeader.click();
  await page.waitForTimeout(800);

  // 6. Tick "Every yield" in BREAKPOINTS and continue: producer yields, then squarer, then collector (CPython's order).
  const everyYield = page.locator('.pane-body .monaco-list-row', { hasText: 'Every yield' }).first();
  await page.mouse.move(0, 0);
  await everyYield.locator('.monaco-checkbox').click();
  await page.waitForTimeout(500);
  check((await everyYield.locator('.monaco-checkbox').getAttribute('aria-checked')) === 'true', '"Every yield" is ticked');
  const pausedOn = async () => (await text(callStack));
  const expected = [['producer', /producer awaits sleep/], ['squarer', /squarer awaits Queue\.get/], ['collector', /collector awaits Queue\.get/]];
  for (const [who, desc] of expected) {
    const before = await pausedOn();
    await page.locator('.debug-toolbar .codicon-debug-continue').first().click();
    await until(async () => { const t = await pausedOn(); return t !== before && /Paused on yield/i.test(t); }, `a stop on ${who}'s yield`, 15000).catch(() => null);
    await page.waitForTimeout(1200);
    const first = (await text(page.locator('.debug-call-stack .monaco-list-row .thread').first()).catch(() => '')).trim();
    check(first.startsWith(who), `after Continue the paused task is ${who} (got: ${first.split('\n')[0]})`);
    const hover = await text(page.locator('.debug-call-stack'));
    check(/PAUSED ON YIELD/i.test(hover), `${who}: the stop reason is "paused on yield"`);
    void desc;
    const elText = await text(eventLoop);
    if (who === 'producer') {
      await shot(page, 'every-yield-producer');
      check(/Ready queue/i.test(elText) && /1\. squarer/.test(elText) && /2\. collector/.test(elText) && /runs next/.test(elText),
        'the Event Loop view shows the ready queue in order: 1. squarer (runs next), 2. collector');
      // The list is virtual: scroll it to read the Timers section.
      const body = await eventLoop.locator('.pane-body').first().boundingBox();
      let all = elText;
      for (let i = 0; i < 4 && body; i++) {
        await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2);
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(300);
        all += '\n' + await text(eventLoop);
      }
      check(/Timers/.test(all) && /at 0\.0\d\d s/.test(all) && /sleep 0\.0/.test(all), 'the Event Loop view shows the timer of the sleep with its due time');
      await shot(page, 'event-loop-timers');
      log(`Event Loop view:\n${elText}`);
    } else await shot(page, `every-yield-${who}`);
  }

  // 7. Stop the session.
  await page.keyboard.press('Shift+F5');
  await until(async () => !(await page.locator('.debug-toolbar').isVisible().catch(() => false)), 'the session to end', 10000).catch(() => null);
  await page.waitForTimeout(800);
  check(!(await page.locator('.debug-toolbar').isVisible().catch(() => false)), 'the session has stopped');
  const leftLabels = await page.evaluate(() => [...document.querySelectorAll('.part.editor .monaco-editor .view-lines span')].some((el) => /⏸/.test(getComputedStyle(el, '::after').content)));
  check(!leftLabels, 'the inline labels are gone after the session');
  await shot(page, 'stopped');
} catch (e) {
  failures++;
  log(`FAIL ${e.message}`);
  try {
    const pages = browser?.contexts()[0]?.pages() ?? [];
    if (pages[0]) {
      await shot(pages[0], 'failure');
      const vl = await pages[0].evaluate(() => { const e = [...document.querySelectorAll('.monaco-list-row')].find((r) => r.textContent.includes('Every yield')); const out = []; const walk = (n, d) => { if (d > 9 || out.length > 60) return; out.push('  '.repeat(d) + n.tagName + '.' + String(n.className).slice(0, 60)); for (const c of n.children) walk(c, d + 1); }; if (e) walk(e, 0); return [document.querySelectorAll('.view-lines').length, document.querySelectorAll('iframe').length, ...out]; });
      log(`editors on the page:\n${vl.join('\n')}`);
    }
  } catch { /* no page */ }
} finally {
  await browser?.close().catch(() => undefined);
  server.kill('SIGTERM');
  const logs = path.join(data, 'logs');
  if (failures && existsSync(logs)) {
    for (const d of readdirSync(logs)) {
      const f = path.join(logs, d, 'exthost1', 'remoteexthost.log');
      if (existsSync(f)) console.log(`--- ${f}\n${readFileSync(f, 'utf8').split('\n').slice(-40).join('\n')}`);
    }
    console.log(`--- code-server\n${serverLog.split('\n').slice(-20).join('\n')}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
