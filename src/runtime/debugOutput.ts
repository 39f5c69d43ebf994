// The program's output under a debugger. Writes from the same line to the same stream are joined
// into one output event (print() writes each argument apart), sent once a line is complete or
// before any other event, so that the events keep the program's order. The debugger counts what it
// has not yet passed on (CTL.OUTPUT, in characters): past OUTPUT_LIMIT the program waits, as it
// would on a full pipe, so a program printing in a loop cannot bury the adapter in messages.
import { AgentEvent, CTL } from './debugProtocol';
import { state } from './frame';

const OUTPUT_LIMIT = 1 << 20;
/** A pending event is sent once it holds this much, even mid-line. */
const CHUNK = 1 << 14;

type Output = Extract<AgentEvent, { type: 'output' }>;

export class DebugOutput {
  private pending: Output | null = null;

  /** `stopped()`: throws when the debugger ends the program while it waits. */
  constructor(private ctl: Int32Array, private postMessage: (e: AgentEvent) => void, private stopped: () => void) {}

  /** Sends an event, after the output written before it. */
  post(e: AgentEvent): void {
    this.flush();
    this.postMessage(e);
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    const f = state.cur;
    const file = f?.code.filename, line = f?.l;
    let p = this.pending;
    if (p !== null && (p.category !== stream || p.file !== file || p.line !== line)) { this.flush(); p = null; }
    if (p === null) this.pending = p = { type: 'output', category: stream, text, file, line };
    else p.text += text;
    if (text.endsWith('\n') || p.text.length >= CHUNK) this.flush();
  }

  flush(): void {
    const p = this.pending;
    if (p === null) return;
    this.pending = null;
    Atomics.add(this.ctl, CTL.OUTPUT, p.text.length);
    this.postMessage(p);
    for (let n = Atomics.load(this.ctl, CTL.OUTPUT); n > OUTPUT_LIMIT; n = Atomics.load(this.ctl, CTL.OUTPUT)) {
      this.stopped();
      Atomics.wait(this.ctl, CTL.OUTPUT, n, 50);
    }
  }
}
