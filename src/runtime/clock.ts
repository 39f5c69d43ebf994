// The program's clock: virtual by default (time jumps to the next timer), or real.
import { interrupts, pollSignals } from './interrupts';
const bits = new Float64Array(1), word = new BigInt64Array(bits.buffer);
/** The next double above a positive x. */
export function nextUp(x: number): number {
  bits[0] = x;
  word[0] += 1n;
  return bits[0];
}

export const clock = {
  realtime: false,
  virtual: 0,
  /** The clock of the other thread whose work is running (threads.ts), null in the main thread:
   * that work runs whole, on a clock of its own that starts when the work was queued (on either
   * clock), so that its sleeps overlap the loop's time instead of stopping it. */
  thread: null as number | null,
  start: Date.now() / 1000,
  now(): number { return this.thread ?? this.mainNow(); },
  /** The main thread's clock (the loop's). */
  mainNow(): number { return this.realtime ? performance.now() / 1000 : this.virtual; },
  /** The instant s seconds from now, rounded up so that it less now is at least s: a program that
   * measures a sleep of s sees at least s, as on a real clock (`time() - t0 >= s`). */
  after(s: number): number {
    const now = this.now();
    let t = now + s;
    if (s > 0) while (t - now < s) t = nextUp(t);
    return t;
  },
  /** time.sleep(s): a real wait in the main thread on the real clock; otherwise the clock moves on. */
  sleep(s: number): void {
    if (this.realtime && this.thread === null) this.waitReal(s);
    else this.advance(this.after(s));
  },
  /** A real wait of s seconds. A signal from outside is delivered as it comes (its handler may
   * raise); the wait then goes on, unless `done` says what it waited for is there. */
  waitReal(s: number, done?: () => boolean): void {
    const end = performance.now() + s * 1000;
    const flag = interrupts.flag ?? new Int32Array(new SharedArrayBuffer(4));
    while (performance.now() < end) {
      Atomics.wait(flag, 0, 0, Math.max(0, end - performance.now()));
      if (Atomics.load(flag, 0) !== 0) {
        pollSignals();
        if (done?.()) return;
      }
    }
  },
  /** The running thread's clock moves on to `when` (never back); the main thread's real clock is
   * waited for. */
  advance(when: number): void {
    if (this.thread !== null) { if (when > this.thread) this.thread = when; } else if (this.realtime) { if (when > this.now()) this.sleep(when - this.now()); } else if (when > this.virtual) this.virtual = when;
  },
  /** The loop's wait until the clock reads `when`: the virtual clock jumps to it exactly; a real
   * wait lasts whole milliseconds, as CPython's selector rounds its timeout up for epoll (so timers
   * due within that millisecond fire in the same iteration). */
  sleepUntil(when: number, done?: () => boolean): void {
    if (this.realtime) this.waitReal(Math.ceil((when - this.now()) * 1e3) / 1e3, done);
    else if (when > this.virtual) this.virtual = when;
  },
};
