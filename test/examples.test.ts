// The bundled examples (examples/*.py, shown by the walkthrough) behave exactly as under CPython 3.11,
// and the walkthrough's pages quote what they really print.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defineCorpus } from './support/corpus';
import { runYieldpoint } from './support/differential';

// defineCorpus takes a directory relative to test/.
defineCorpus('examples (differential against python3)', '../examples', 7);

describe('walkthrough pages (walkthrough/*.md)', () => {
  const dir = path.join(__dirname, '..', 'walkthrough');
  for (const page of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const quoted = /`examples\/(\w+\.py)`[^`]*? prints:\n\n```\n([\s\S]*?)```/.exec(fs.readFileSync(path.join(dir, page), 'utf8'));
    if (!quoted) continue;
    it(`${page} quotes the output of examples/${quoted[1]}`, async () => {
      // The differential corpus above holds this output to CPython's.
      assert.strictEqual(quoted[2], (await runYieldpoint(path.join('examples', quoted[1]))).stdout);
    });
  }
});
