// The small typed protocol between the debugger (main thread) and the debug agent in the runtime
// worker. Control words live in shared memory so the debugger can pause or end a running program;
// while paused, the worker blocks in Atomics.wait and answers requests sent over a MessagePort.

/** Indices into the shared Int32Array. */
export const CTL = {
  /** 0 = running, 1 = paused and waiting, 2 = a request is waiting for the paused worker. */
  STATE: 0,
  /** Set by the debugger to pause at the next statement. */
  PAUSE: 1,
  /** Set by the debugger to end the program. */
  TERMINATE: 2,
  /** Characters of output the worker has sent and the debugger not yet passed on (debugOutput.ts). */
  OUTPUT: 3,
  SIZE: 4,
} as const;

export type StepMode = 'continue' | 'over' | 'in' | 'out';

export interface BreakpointSpec { line: number; condition?: string; hitCondition?: string; logMessage?: string; mode?: 'line' | 'yield' | 'resume' }
export interface FilterSpec { id: string; condition?: string }
export interface FunctionBreakpointSpec { name: string; condition?: string; hitCondition?: string }


export type AgentRequest =
  | { cmd: 'resume'; mode: StepMode; threadId: number }
  | { cmd: 'threads' }
  | { cmd: 'stack'; threadId: number }
  | { cmd: 'scopes'; frameId: number }
  | { cmd: 'variables'; ref: number; start?: number; count?: number; filter?: 'indexed' | 'named' }
  /** `clipboard` gets the whole repr; in the `repl`, `name = value` and `name += value` assign. */
  | { cmd: 'evaluate'; expression: string; frameId?: number; context?: string }
  | { cmd: 'setVariable'; ref: number; name: string; value: string }
  | { cmd: 'setExpression'; expression: string; value: string; frameId?: number }
  | { cmd: 'completions'; text: string; column: number; frameId?: number }
  | { cmd: 'exceptionInfo' }
  | { cmd: 'breakpoints'; file: string; breakpoints: BreakpointSpec[] }
  | { cmd: 'functionBreakpoints'; breakpoints: FunctionBreakpointSpec[] }
  | { cmd: 'filters'; filters: FilterSpec[] }
  | { cmd: 'loop'; start?: number; count?: number; filter?: string }
  /** Cancels the tasks (DAP terminateThreads): the names of those that took it. */
  | { cmd: 'cancelTasks'; threadIds: number[] }
  /** Text for the program's stdin (typed in the Debug Console while it runs). */
  | { cmd: 'stdin'; text: string };

/** A task as the loop sees it (the `loop` request): where it is and what it waits for. */
export interface LoopTask {
  id: number; name: string; coro: string; state: 'running' | 'ready' | 'waiting' | 'done';
  awaits?: string; outcome?: string; file: string | null; line: number;
}
/** A snapshot of the event loop while paused: the answer to the `loop` request. */
export interface LoopSnapshot {
  time: number; realtime: boolean; stoppedThread: number;
  running: LoopTask | null;
  /** Threads running the program's work (to_thread, run_in_executor, threading.Thread), the one
   * running first: they run while the loop waits for them. */
  threads: LoopTask[];
  /** The ready queue in the order the loop runs it: tasks, or other callbacks by name. */
  ready: Array<{ task?: LoopTask; callback?: string }>;
  /** Waiting tasks matching the filter, from `start`, at most `count`; `waitingTotal` counts all that match. */
  waiting: LoopTask[]; waitingTotal: number;
  timers: Array<{ due: number; what: string }>;
  /** The most recently finished tasks, newest first. */
  finished: LoopTask[];
}
export interface ThreadInfo { id: number; name: string }
export interface FrameInfo { id: number; name: string; file: string | null; line: number; column: number; hint?: 'label' | 'subtle' }
export interface CompletionInfo { label: string; type: 'variable' | 'function' | 'class' | 'module' | 'property' | 'keyword'; start: number; length: number }
export interface ScopeInfo { name: string; ref: number; expensive: boolean; named?: number; indexed?: number }
export interface VariableInfo { name: string; value: string; type: string; ref: number; named?: number; indexed?: number; evaluateName?: string }

export type AgentEvent =
  | { type: 'stopped'; reason: string; threadId: number; description: string; text?: string }
  | { type: 'output'; category: 'stdout' | 'stderr' | 'console'; text: string; file?: string; line?: number }
  | { type: 'thread'; reason: 'started' | 'exited'; threadId: number }
  | { type: 'exited'; code: number }
  /** The program waits for a line of stdin. */
  | { type: 'input' }
  | { type: 'response'; id: number; ok: boolean; body?: unknown; error?: string };

/** The Python expression for a log message's `{...}`: an f-string, so that `!r`, `:spec` and `=`
 * work as in Python (the bare expression if no quote is free to delimit it). */
export function logExpression(expr: string): string {
  const q = ["'", '"'].find((c) => !expr.includes(c));
  return q && !expr.includes('\\') ? `f${q}{${expr}}${q}` : expr;
}
/** Splits a log message into text and `{expression}` parts; `{{` and `}}` stand for braces. */
export function splitLogMessage(message: string): Array<string | { expr: string }> {
  const parts: Array<string | { expr: string }> = [];
  let text = '';
  let i = 0;
  while (i < message.length) {
    const c = message[i];
    if ((c === '{' || c === '}') && message[i + 1] === c) { text += c; i += 2; continue; }
    if (c !== '{') { text += c; i++; continue; }
    // An expression runs to the `}` that closes it, past brackets and strings inside it.
    let depth = 0, j = i + 1, quote = '';
    for (; j < message.length; j++) {
      const d = message[j];
      if (quote) { if (d === quote) quote = ''; continue; }
      if (d === '"' || d === "'") quote = d;
      else if (d === '(' || d === '[' || d === '{') depth++;
      else if (d === ')' || d === ']' || (d === '}' && depth > 0)) depth--;
      else if (d === '}') break;
    }
    if (j >= message.length) throw new Error(`'{' at column ${i + 1} is not closed: write '{{' for a brace`);
    if (text) parts.push(text);
    text = '';
    parts.push({ expr: message.slice(i + 1, j) });
    i = j + 1;
  }
  if (text) parts.push(text);
  return parts;
}
