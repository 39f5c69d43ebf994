// Signals from outside the program (Ctrl+C on `yieldpoint run`). The host sets a shared flag to the
// signal's number, as CPython's C handler trips a flag; the program takes it at its next check
// (each event-loop iteration, and while it waits on the real clock), as CPython runs its Python
// handlers at the next check, and delivers it as signal.raise_signal would.

export const interrupts = {
  /** The shared flag (0: none pending); null when nothing outside can signal the program. */
  flag: null as Int32Array | null,
  /** Delivers a signal to the program (modules.ts: _signal.raise_signal). */
  deliver: (_signum: number): void => undefined,
};

/** Delivers the pending signal, if any: its handler runs now and may raise (KeyboardInterrupt). */
export function pollSignals(): void {
  const f = interrupts.flag;
  if (f !== null && Atomics.load(f, 0) !== 0) interrupts.deliver(Atomics.exchange(f, 0, 0));
}
