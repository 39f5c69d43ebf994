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
  SIZE: 4,
} as const;

export type StepMode = 'continue' | 'over' | 'in' | 'out';

export interface BreakpointSpec { line: number; condition?: string; hitCondition?: string; logMessage?: string; mode?: 'line' | 'yield' | 'resume' }
export interface FilterSpec { id: string; condition?: string }

export type AgentRequest =
  | { cmd: 'resume'; mode: StepMode; threadId: number }
  | { cmd: 'threads' }
  | { cmd: 'stack'; threadId: number }
  | { cmd: 'scopes'; frameId: number }
  | { cmd: 'variables'; ref: number; start?: number; count?: number }
  | { cmd: 'evaluate'; expression: string; frameId?: number }
  | { cmd: 'setVariable'; ref: number; name: string; value: string }
  | { cmd: 'setExpression'; expression: string; value: string; frameId?: number }
  | { cmd: 'completions'; text: string; column: number; frameId?: number }
  | { cmd: 'exceptionInfo' }
  | { cmd: 'breakpoints'; file: string; breakpoints: BreakpointSpec[] }
  | { cmd: 'functionBreakpoints'; names: string[] }
  | { cmd: 'filters'; filters: FilterSpec[] }
  | { cmd: 'loop'; start?: number; count?: number; filter?: string };

/** A task as the loop sees it (the `loop` request): where it is and what it waits for. */
export interface LoopTask {
  id: number; name: string; coro: string; state: 'running' | 'ready' | 'waiting' | 'done';
  awaits?: string; outcome?: string; file: string | null; line: number;
}
/** A snapshot of the event loop while paused: the answer to the `loop` request. */
export interface LoopSnapshot {
  time: number; realtime: boolean; stoppedThread: number;
  running: LoopTask | null;
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
export interface VariableInfo { name: string; value: string; type: string; ref: number; named?: number; indexed?: number }

export type AgentEvent =
  | { type: 'stopped'; reason: string; threadId: number; description: string; text?: string }
  | { type: 'output'; category: 'stdout' | 'stderr' | 'console'; text: string; file?: string; line?: number }
  | { type: 'thread'; reason: 'started' | 'exited'; threadId: number }
  | { type: 'exited'; code: number }
  | { type: 'response'; id: number; ok: boolean; body?: unknown; error?: string };
