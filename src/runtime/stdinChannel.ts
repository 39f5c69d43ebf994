// The program's stdin under `yieldpoint run`. The CLI's main thread reads the process's stdin when
// the worker asks, and hands each chunk over in shared memory; the worker waits for it with
// Atomics.wait, which a Ctrl+C can wake (a blocking read of fd 0 could not be interrupted, so
// input() would ignore Ctrl+C until a line came). Imports only types: the CLI bundles it too.
import type { Readable } from 'node:stream';

const IDLE = 0, WANTED = 1, READY = 2, END = 3;
const CHUNK = 65536;

/** ctl[0]: the state above; ctl[1]: the length of the chunk in `data` when READY. */
export interface StdinChannel { ctl: Int32Array; data: Uint8Array }

export function newStdinChannel(): StdinChannel {
  return { ctl: new Int32Array(new SharedArrayBuffer(8)), data: new Uint8Array(new SharedArrayBuffer(CHUNK)) };
}

/**
 * Worker side: the next chunk of stdin, or null at its end. `ask` tells the main thread that a
 * chunk is wanted; `whileWaiting` runs at each wake-up (at least every 100 ms), and may throw
 * (a KeyboardInterrupt): the request stays open, and the next call takes its answer.
 */
export function receiveStdin(ch: StdinChannel, ask: () => void, whileWaiting: () => void): Uint8Array | null {
  for (;;) {
    const state = Atomics.load(ch.ctl, 0);
    if (state === READY) {
      const chunk = ch.data.slice(0, Atomics.load(ch.ctl, 1));
      Atomics.store(ch.ctl, 0, IDLE);
      return chunk;
    }
    if (state === END) return null;
    if (state === IDLE) { Atomics.store(ch.ctl, 0, WANTED); ask(); }
    Atomics.wait(ch.ctl, 0, WANTED, 100);
    whileWaiting();
  }
}

/** Wakes a worker waiting in receiveStdin (a signal has come for it). */
export function wakeStdinReader(ch: StdinChannel): void {
  Atomics.notify(ch.ctl, 0);
}

/** Main side: answers the worker's requests (`wanted()`) from `open()`'s stream (opened at the
 * first request), a chunk at a time. */
export function serveStdin(ch: StdinChannel, open: () => Readable): { wanted(): void; close(): void } {
  let input: Readable | null = null;
  let pending: Buffer | null = null;
  let ended = false;
  let waiting = false;
  const answer = (): void => {
    if (!waiting) return;
    if (pending !== null) {
      const n = Math.min(pending.length, CHUNK);
      ch.data.set(pending.subarray(0, n));
      pending = n < pending.length ? pending.subarray(n) : null;
      Atomics.store(ch.ctl, 1, n);
      Atomics.store(ch.ctl, 0, READY);
    } else if (ended) Atomics.store(ch.ctl, 0, END);
    else { input!.resume(); return; }
    waiting = false;
    Atomics.notify(ch.ctl, 0);
  };
  const listen = (): void => {
    const stream = (input = open());
    stream.on('data', (b: Buffer | string) => {
      stream.pause();
      const buf = typeof b === 'string' ? Buffer.from(b) : b;
      pending = pending === null ? buf : Buffer.concat([pending, buf]);
      answer();
    });
    const end = (): void => { ended = true; answer(); };
    stream.on('end', end);
    stream.on('error', end);
  };
  return {
    wanted: () => {
      waiting = true;
      if (input === null) {
        try { listen(); } catch { ended = true; }
      }
      answer();
    },
    close: () => { input?.destroy(); },
  };
}
