// The program's clock: virtual by default (time jumps to the next timer), or real.
export const clock = {
  realtime: false,
  virtual: 0,
  start: Date.now() / 1000,
  now(): number { return this.realtime ? performance.now() / 1000 : this.virtual; },
  sleep(s: number): void {
    if (this.realtime) {
      const end = performance.now() + s * 1000;
      const sab = new Int32Array(new SharedArrayBuffer(4));
      while (performance.now() < end) Atomics.wait(sab, 0, 0, Math.max(0, end - performance.now()));
    } else this.virtual += s;
  },
};
