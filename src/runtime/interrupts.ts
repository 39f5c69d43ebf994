// Signals from outside the program (Ctrl+C on `yieldpoint run`). The host sets a shared flag to the
// signal's number, as CPython's C handler trips a flag; the program takes it at its next check, as
// CPython runs its Python handlers at the next check, and delivers it as signal.raise_signal would.
// The checks: each event-loop iteration, each real-clock wait, and, when the host asks (it may be
// in a long computation), the next statement, as CPython's eval loop checks between bytecodes.
import { T, state } from './frame';

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

/** Makes the next statement check for a signal. The host calls it from outside the running code
 * (cli.ts, through the inspector). The statement trap is armed for that one statement only, so a
 * run that is never interrupted pays nothing; a debugger's trap, when armed, is left alone. */
export function checkAtNextStatement(): void {
  if (T.armed) return;
  const trap = state.trap;
  T.armed = true;
  state.trap = () => {
    T.armed = false;
    state.trap = trap;
    pollSignals();
    return false;
  };
}

/** The global through which the host (cli.ts, by this name) reaches checkAtNextStatement. */
export const CHECK_SIGNALS_KEY = 'yieldpoint.checkSignals';
