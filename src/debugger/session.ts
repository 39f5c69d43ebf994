// The DAP session: translates Debug Adapter Protocol requests into requests to the debug agent in
// the runtime worker, and the agent's events into DAP events. Every asyncio Task is a thread.
import {
  LoggingDebugSession, InitializedEvent, TerminatedEvent, ExitedEvent, StoppedEvent, OutputEvent, ThreadEvent,
  Thread, StackFrame, Scope, Source, Breakpoint, Response,
} from '@vscode/debugadapter';
import { DebugProtocol } from '@vscode/debugprotocol';
import { Worker, MessageChannel } from 'node:worker_threads';
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { CTL, AgentRequest, AgentEvent, BreakpointSpec, FilterSpec, ThreadInfo, FrameInfo, ScopeInfo, VariableInfo, CompletionInfo, LoopSnapshot } from '../runtime/debugProtocol';
import { executableLines } from '../runtime/lines';
import type { WorkerConfig } from '../runtime/worker';

export interface LaunchArguments extends DebugProtocol.LaunchRequestArguments {
  program: string;
  args?: string[];
  cwd?: string;
  stopOnEntry?: boolean;
  clock?: 'virtual' | 'realtime';
  pauseOn?: string[];
  maxThreads?: number;
}

export const FILTERS: DebugProtocol.ExceptionBreakpointsFilter[] = [
  { filter: 'yield', label: 'Every yield', description: 'Pause whenever a task hands control back to the loop', supportsCondition: true, conditionDescription: 'Python expression; `task` is the task' },
  { filter: 'resume', label: 'Every resume', description: 'Pause whenever the loop resumes a task', supportsCondition: true, conditionDescription: 'Python expression; `task` is the task' },
  { filter: 'taskCreated', label: 'Task created', supportsCondition: true },
  { filter: 'taskDone', label: 'Task finished', supportsCondition: true },
  { filter: 'raised', label: 'Raised exceptions', supportsCondition: true },
  { filter: 'uncaught', label: 'Uncaught exceptions', default: true, supportsCondition: true },
];

const ENDED_BODIES: Record<string, unknown> = {
  threads: { threads: [] }, stackTrace: { stackFrames: [], totalFrames: 0 }, scopes: { scopes: [] }, variables: { variables: [] },
};

export class YieldpointSession extends LoggingDebugSession {
  private worker: Worker | null = null;
  private ctl = new Int32Array(new SharedArrayBuffer(CTL.SIZE * 4));
  private port: MessageChannel['port1'] | null = null;
  private launchArgs: LaunchArguments | null = null;
  private configured: () => void = () => undefined;
  private configuredPromise = new Promise<void>((r) => { this.configured = r; });
  private breakpoints = new Map<string, BreakpointSpec[]>();
  private functionBreakpoints: string[] = [];
  private filters: FilterSpec[] = [{ id: 'uncaught' }];
  /** Filters from the launch attribute `pauseOn`: on for the whole session, whatever the client toggles. */
  private launchFilters: FilterSpec[] = [];
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private requestSeq = 1;
  private paused = false;
  private ended = false;

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  /** Every request gets a response: malformed ones and internal failures an error, never a JS stack. */
  protected override dispatchRequest(request: DebugProtocol.Request): void {
    const bad = checkArguments(request.command, request.arguments ?? {});
    if (bad) { this.sendErrorResponse(new Response(request), 2010, `Bad request: ${bad}.`); return; }
    super.dispatchRequest(request);
  }
  /** The base class answers a handler's exception with its JS stack: answer with the message only. */
  protected override sendErrorResponse(response: DebugProtocol.Response, codeOrMessage: number | DebugProtocol.Message, format?: string, variables?: Record<string, string>): void {
    if (codeOrMessage === 1104 || format === '{_stack}') {
      super.sendErrorResponse(response, 2011, `Cannot handle '${response.command}': ${variables?._exception ?? 'internal error'}`);
      return;
    }
    super.sendErrorResponse(response, codeOrMessage, format, variables);
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsFunctionBreakpoints: true,
      supportsEvaluateForHovers: true,
      supportsExceptionInfoRequest: true,
      supportsExceptionFilterOptions: true,
      supportsTerminateRequest: true,
      supportsBreakpointLocationsRequest: true,
      supportsSetVariable: true,
      supportsSetExpression: true,
      supportsCompletionsRequest: true,
      completionTriggerCharacters: ['.'],
      supportsRestartRequest: true,
      exceptionBreakpointFilters: FILTERS,
      breakpointModes: [
        { mode: 'line', label: 'When reached', appliesTo: ['source'] },
        { mode: 'yield', label: 'When the task yields here', appliesTo: ['source'] },
        { mode: 'resume', label: 'When the task resumes here', appliesTo: ['source'] },
      ],
    };
    this.sendResponse(response);
  }

  protected override async launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArguments): Promise<void> {
    if (this.launchArgs) { this.sendErrorResponse(response, 2006, 'A program is already launched in this session.'); return; }
    const bad = checkLaunchArguments(args);
    if (bad) { this.sendErrorResponse(response, 2001, `Cannot launch: ${bad}`); return; }
    const cwd = args.cwd ? path.resolve(args.cwd) : process.cwd();
    const program = path.resolve(cwd, args.program);
    if (!existsSync(program)) {
      this.sendErrorResponse(response, 2001, `Cannot launch: program '${args.program}' does not exist.`);
      return;
    }
    this.launchArgs = { ...args, program, cwd };
    if (args.pauseOn) {
      this.launchFilters = args.pauseOn.map((id) => ({ id }));
      this.filters = mergeFilters(this.filters, this.launchFilters);
    }
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
    await this.configuredPromise;
    this.startWorker();
  }

  protected override async restartRequest(response: DebugProtocol.RestartResponse): Promise<void> {
    if (!this.launchArgs) { this.sendErrorResponse(response, 2007, 'Nothing to restart: no program was launched.'); return; }
    await this.stopWorker();
    this.startWorker();
    this.sendResponse(response);
  }

  /** Ends the current worker without ending the session (restart). */
  private async stopWorker(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.port?.close();
    this.port = null;
    for (const p of this.pending.values()) p.reject(new Error('the program was restarted'));
    this.pending.clear();
    this.paused = false;
    if (!w) return;
    Atomics.store(this.ctl, CTL.TERMINATE, 1);
    Atomics.notify(this.ctl, CTL.STATE);
    await w.terminate().catch(() => undefined);
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.sendResponse(response);
    this.configured();
  }

  private startWorker(): void {
    const args = this.launchArgs!;
    this.ended = false;
    this.paused = false;
    this.ctl = new Int32Array(new SharedArrayBuffer(CTL.SIZE * 4));
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const source = readFileSync(args.program, 'utf8');
    const cfg: WorkerConfig = {
      filename: args.program, source, argv: [args.program, ...(args.args ?? [])], clock: args.clock ?? 'virtual', trace: false,
      debug: {
        ctl: this.ctl.buffer as SharedArrayBuffer, port: port2, stopOnEntry: !!args.stopOnEntry,
        breakpoints: [...this.breakpoints].map(([file, breakpoints]) => ({ file, breakpoints })),
        functionBreakpoints: this.functionBreakpoints, filters: this.filters, maxThreads: args.maxThreads ?? 200,
      },
    };
    // Worker threads cannot chdir: the program's working directory is the adapter's.
    try { if (args.cwd) process.chdir(args.cwd); } catch { /* checked at launch */ }
    const maxMb = Number(process.env.YIELDPOINT_MAX_MB ?? 2048) || 2048;
    const w = new Worker(path.join(__dirname, 'boot.js'), {
      workerData: cfg, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: maxMb, stackSizeMb: 64 }, stdin: false, stdout: false, stderr: false,
    });
    this.worker = w;
    w.on('message', (m: AgentEvent | { exit: number }) => { if (this.worker === w) this.onWorkerMessage(m); });
    w.on('error', (e: Error & { code?: string }) => {
      if (this.worker !== w) return;
      const text = e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `MemoryError: the program used more than ${maxMb} MB of memory and was stopped\n`
        : `Yieldpoint internal error: ${e.message}\n`;
      this.sendEvent(new OutputEvent(text, 'stderr'));
      this.finish(1);
    });
    w.on('exit', () => { if (this.worker === w) this.finish(null); });
  }

  private onWorkerMessage(m: AgentEvent | { exit: number }): void {
    if ('exit' in m) { this.finish(m.exit); return; }
    switch (m.type) {
      case 'stopped': {
        this.paused = true;
        const ev = new StoppedEvent(m.reason, m.threadId, m.text) as DebugProtocol.StoppedEvent;
        ev.body.description = m.description;
        ev.body.allThreadsStopped = true;
        this.sendEvent(ev);
        return;
      }
      case 'output': {
        const ev = new OutputEvent(m.text, m.category) as DebugProtocol.OutputEvent;
        if (m.file && !m.file.startsWith('<')) { ev.body.source = new Source(path.basename(m.file), m.file); ev.body.line = m.line; }
        this.sendEvent(ev);
        return;
      }
      case 'thread': this.sendEvent(new ThreadEvent(m.reason, m.threadId)); return;
      case 'response': {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.ok) p.resolve(m.body); else p.reject(new Error(m.error));
        return;
      }
      case 'exited': this.finish(m.code); return;
    }
  }

  private finish(code: number | null): void {
    if (this.ended) return;
    this.ended = true;
    this.paused = false;
    for (const p of this.pending.values()) p.reject(new Error('the program has ended'));
    this.pending.clear();
    if (code !== null) this.sendEvent(new ExitedEvent(code));
    this.sendEvent(new TerminatedEvent());
  }

  /** Sends a request to the agent; it is answered when the worker is paused (or polls). */
  private ask<T>(req: AgentRequest): Promise<T> {
    if (!this.port || this.ended) return Promise.reject(new Error('the program is not running'));
    const id = this.requestSeq++;
    const p = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    this.port.postMessage({ id, req });
    Atomics.store(this.ctl, CTL.STATE, 2);
    Atomics.notify(this.ctl, CTL.STATE);
    return p;
  }
  /** Views still asking about a session that just ended (e.g. after Stop) get empty answers, not errors. */
  private answerEnded(response: DebugProtocol.Response): void {
    response.body = ENDED_BODIES[response.command];
    this.sendResponse(response);
  }
  private notPausedMessage(): string {
    if (!this.launchArgs) return 'No program is being debugged yet: launch one first.';
    if (!this.worker || this.ended) return 'The program has ended.';
    return 'The program is running: pause it first.';
  }
  private async whenPaused<T>(response: DebugProtocol.Response, req: AgentRequest, fill: (body: T) => void): Promise<void> {
    if (this.ended && response.command in ENDED_BODIES) { this.answerEnded(response); return; }
    if (!this.paused) { this.sendErrorResponse(response, 2002, this.notPausedMessage()); return; }
    try {
      fill(await this.ask<T>(req));
      this.sendResponse(response);
    } catch (e) {
      // A request that was in flight when the program ended (e.g. the user pressed Stop) gets an
      // empty answer: the session is over, there is nothing wrong to report.
      if (this.ended && response.command in ENDED_BODIES) { this.answerEnded(response); return; }
      this.sendErrorResponse(response, 2003, (e as Error).message);
    }
  }

  // ------------------------------------------------------------------ breakpoints
  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    const file = args.source.path ? path.resolve(args.source.path) : '';
    let lines: number[] = [];
    try { lines = [...executableLines(readFileSync(file, 'utf8'), file)].sort((a, b) => a - b); } catch { lines = []; }
    const specs: BreakpointSpec[] = [];
    const out: DebugProtocol.Breakpoint[] = [];
    for (const b of args.breakpoints ?? []) {
      const line = lines.find((l) => l >= b.line);
      const bp = new Breakpoint(line !== undefined, line ?? b.line) as DebugProtocol.Breakpoint;
      if (line === undefined) bp.message = 'No statement on or after this line';
      else specs.push({ line, condition: b.condition, hitCondition: b.hitCondition, logMessage: b.logMessage, mode: (b.mode as BreakpointSpec['mode']) ?? 'line' });
      out.push(bp);
    }
    this.breakpoints.set(file, specs);
    if (this.worker && !this.ended) void this.ask({ cmd: 'breakpoints', file, breakpoints: specs }).catch(() => undefined);
    response.body = { breakpoints: out };
    this.sendResponse(response);
  }

  protected override breakpointLocationsRequest(response: DebugProtocol.BreakpointLocationsResponse, args: DebugProtocol.BreakpointLocationsArguments): void {
    let lines: number[] = [];
    try { lines = [...executableLines(readFileSync(args.source.path ?? '', 'utf8'), args.source.path ?? '')]; } catch { lines = []; }
    const end = args.endLine ?? args.line;
    response.body = { breakpoints: lines.filter((l) => l >= args.line && l <= end).sort((a, b) => a - b).map((line) => ({ line })) };
    this.sendResponse(response);
  }

  protected override setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    this.functionBreakpoints = args.breakpoints.map((b) => b.name);
    if (this.worker && !this.ended) void this.ask({ cmd: 'functionBreakpoints', names: this.functionBreakpoints }).catch(() => undefined);
    response.body = { breakpoints: args.breakpoints.map(() => new Breakpoint(true)) };
    this.sendResponse(response);
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    const known = new Set(FILTERS.map((f) => f.filter));
    const specs: FilterSpec[] = [...args.filters.map((id) => ({ id })), ...(args.filterOptions ?? []).map((o) => ({ id: o.filterId, condition: o.condition }))];
    const bad = specs.find((s) => !known.has(s.id));
    if (bad) { this.sendErrorResponse(response, 2004, `Unknown pause filter '${bad.id}'.`); return; }
    this.filters = mergeFilters(specs, this.launchFilters);
    if (this.worker && !this.ended) void this.ask({ cmd: 'filters', filters: this.filters }).catch(() => undefined);
    this.sendResponse(response);
  }

  // ------------------------------------------------------------------ execution
  private resume(response: DebugProtocol.Response, mode: 'continue' | 'over' | 'in' | 'out', threadId: number): void {
    if (!this.paused) { this.sendErrorResponse(response, 2002, this.launchArgs && this.worker && !this.ended ? 'The program is already running.' : this.notPausedMessage()); return; }
    this.paused = false;
    this.sendResponse(response);
    void this.ask({ cmd: 'resume', mode, threadId }).catch(() => undefined);
  }
  protected override continueRequest(response: DebugProtocol.ContinueResponse, args: DebugProtocol.ContinueArguments): void {
    response.body = { allThreadsContinued: true };
    this.resume(response, 'continue', args.threadId);
  }
  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void { this.resume(response, 'over', args.threadId); }
  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void { this.resume(response, 'in', args.threadId); }
  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void { this.resume(response, 'out', args.threadId); }
  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    if (!this.worker || this.ended) { this.sendErrorResponse(response, 2005, 'The program is not running.'); return; }
    Atomics.store(this.ctl, CTL.PAUSE, 1);
    this.sendResponse(response);
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.endProgram();
    this.sendResponse(response);
  }
  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.endProgram();
    this.sendResponse(response);
    this.shutdown();
  }
  /** Asks the program to end at its next statement; a program stuck in native code is killed after 300 ms. */
  private endProgram(): void {
    if (!this.worker || this.ended) { if (this.launchArgs) this.finish(null); return; }
    Atomics.store(this.ctl, CTL.TERMINATE, 1);
    Atomics.notify(this.ctl, CTL.STATE);
    const w = this.worker;
    setTimeout(() => void w.terminate(), 300).unref();
  }

  // ------------------------------------------------------------------ inspection
  protected override async threadsRequest(response: DebugProtocol.ThreadsResponse): Promise<void> {
    if (!this.paused) { response.body = { threads: [new Thread(1, 'main (event loop)')] }; this.sendResponse(response); return; }
    await this.whenPaused<ThreadInfo[]>(response, { cmd: 'threads' }, (ts) => { response.body = { threads: ts.map((t) => new Thread(t.id, t.name)) }; });
  }
  protected override async stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): Promise<void> {
    await this.whenPaused<FrameInfo[]>(response, { cmd: 'stack', threadId: args.threadId }, (frames) => {
      const start = args.startFrame ?? 0;
      const slice = frames.slice(start, args.levels ? start + args.levels : undefined);
      response.body = {
        totalFrames: frames.length,
        stackFrames: slice.map((f) => {
          const sf = new StackFrame(f.id, f.name, f.file ? new Source(path.basename(f.file), f.file) : undefined, f.line, f.column) as DebugProtocol.StackFrame;
          if (f.hint) sf.presentationHint = f.hint;
          return sf;
        }),
      };
    });
  }
  protected override async scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): Promise<void> {
    await this.whenPaused<ScopeInfo[]>(response, { cmd: 'scopes', frameId: args.frameId }, (scopes) => {
      response.body = { scopes: scopes.map((s) => new Scope(s.name, s.ref, s.expensive)) };
    });
  }
  protected override async variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): Promise<void> {
    await this.whenPaused<VariableInfo[]>(response, { cmd: 'variables', ref: args.variablesReference, start: args.start, count: args.count }, (vars) => {
      response.body = { variables: vars.map(toVariable) };
    });
  }
  protected override async evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): Promise<void> {
    await this.whenPaused<VariableInfo>(response, { cmd: 'evaluate', expression: args.expression, frameId: args.frameId }, (v) => {
      response.body = { result: v.value, type: v.type, variablesReference: v.ref, indexedVariables: v.indexed, namedVariables: v.named };
    });
  }
  protected override async setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): Promise<void> {
    await this.whenPaused<VariableInfo>(response, { cmd: 'setVariable', ref: args.variablesReference, name: args.name, value: args.value }, (v) => {
      response.body = { value: v.value, type: v.type, variablesReference: v.ref, indexedVariables: v.indexed, namedVariables: v.named };
    });
  }
  protected override async setExpressionRequest(response: DebugProtocol.SetExpressionResponse, args: DebugProtocol.SetExpressionArguments): Promise<void> {
    await this.whenPaused<VariableInfo>(response, { cmd: 'setExpression', expression: args.expression, value: args.value, frameId: args.frameId }, (v) => {
      response.body = { value: v.value, type: v.type, variablesReference: v.ref, indexedVariables: v.indexed, namedVariables: v.named };
    });
  }
  protected override async completionsRequest(response: DebugProtocol.CompletionsResponse, args: DebugProtocol.CompletionsArguments): Promise<void> {
    if (!this.paused) { response.body = { targets: [] }; this.sendResponse(response); return; }
    await this.whenPaused<CompletionInfo[]>(response, { cmd: 'completions', text: args.text, column: args.column, frameId: args.frameId }, (items) => {
      response.body = { targets: items.map((c) => ({ label: c.label, type: c.type, start: c.start, length: c.length })) };
    });
  }
  /** `yieldpoint/loop` (arguments: start, count, filter): the event loop while paused (the extension's Event Loop view). */
  protected override async customRequest(command: string, response: DebugProtocol.Response, args: unknown): Promise<void> {
    if (command !== 'yieldpoint/loop') { super.customRequest(command, response, args); return; }
    // The Event Loop view may ask once more as the session ends: an empty answer, not an error.
    if (this.ended) { this.sendResponse(response); return; }
    const a = (args && typeof args === 'object' ? args : {}) as { start?: unknown; count?: unknown; filter?: unknown };
    const req: AgentRequest = {
      cmd: 'loop',
      start: typeof a.start === 'number' ? a.start : undefined,
      count: typeof a.count === 'number' ? a.count : undefined,
      filter: typeof a.filter === 'string' ? a.filter : undefined,
    };
    await this.whenPaused<LoopSnapshot>(response, req, (snap) => { response.body = snap; });
  }
  protected override async exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): Promise<void> {
    await this.whenPaused<{ exceptionId: string; description: string; details: string } | null>(response, { cmd: 'exceptionInfo' }, (info) => {
      response.body = info
        ? { exceptionId: info.exceptionId, description: info.description, breakMode: 'always', details: { message: info.description, typeName: info.exceptionId, stackTrace: info.details } }
        : { exceptionId: '', breakMode: 'never' };
    });
  }
}

function toVariable(v: VariableInfo): DebugProtocol.Variable {
  return { name: v.name, value: v.value, type: v.type, variablesReference: v.ref, indexedVariables: v.indexed, namedVariables: v.named };
}

/** Required argument types per request: a malformed request gets an error response, not an exception. */
const REQUIRED: Record<string, Record<string, 'string' | 'number' | 'object' | 'array'>> = {
  setBreakpoints: { source: 'object' },
  breakpointLocations: { source: 'object', line: 'number' },
  setFunctionBreakpoints: { breakpoints: 'array' },
  setExceptionBreakpoints: { filters: 'array' },
  continue: { threadId: 'number' }, next: { threadId: 'number' }, stepIn: { threadId: 'number' }, stepOut: { threadId: 'number' },
  stackTrace: { threadId: 'number' },
  scopes: { frameId: 'number' },
  variables: { variablesReference: 'number' },
  evaluate: { expression: 'string' },
  setVariable: { variablesReference: 'number', name: 'string', value: 'string' },
  setExpression: { expression: 'string', value: 'string' },
  completions: { text: 'string', column: 'number' },
  launch: {},
};
export function checkArguments(command: string, args: unknown): string | null {
  const want = REQUIRED[command];
  if (!want) return null;
  if (args === null || typeof args !== 'object') return `'${command}' needs an arguments object`;
  const a = args as Record<string, unknown>;
  for (const [k, t] of Object.entries(want)) {
    const v = a[k];
    const ok = t === 'array' ? Array.isArray(v) : t === 'object' ? v !== null && typeof v === 'object' && !Array.isArray(v) : typeof v === t;
    if (!ok) return `'${command}' needs '${k}' (${t})`;
  }
  return null;
}
function checkLaunchArguments(a: LaunchArguments): string | null {
  if (typeof a.program !== 'string' || !a.program) return "'program' (the Python file to run) is required";
  if (a.args !== undefined && (!Array.isArray(a.args) || a.args.some((x) => typeof x !== 'string'))) return "'args' must be a list of strings";
  if (a.cwd !== undefined && (typeof a.cwd !== 'string' || !existsSync(a.cwd))) return `'cwd' ${typeof a.cwd === 'string' ? `'${a.cwd}' does not exist` : 'must be a path'}`;
  if (a.clock !== undefined && a.clock !== 'virtual' && a.clock !== 'realtime') return "'clock' must be 'virtual' or 'realtime'";
  if (a.stopOnEntry !== undefined && typeof a.stopOnEntry !== 'boolean') return "'stopOnEntry' must be true or false";
  if (a.maxThreads !== undefined && (!Number.isInteger(a.maxThreads) || a.maxThreads < 1)) return "'maxThreads' must be a positive integer";
  if (a.pauseOn !== undefined) {
    if (!Array.isArray(a.pauseOn)) return "'pauseOn' must be a list of filter ids";
    const known = new Set(FILTERS.map((f) => f.filter));
    const bad = a.pauseOn.find((id) => !known.has(id));
    if (bad !== undefined) return `unknown pause filter '${bad}' in 'pauseOn' (known: ${[...known].join(', ')})`;
  }
  return null;
}
function mergeFilters(client: FilterSpec[], launch: FilterSpec[]): FilterSpec[] {
  const out = [...client];
  for (const f of launch) if (!out.some((c) => c.id === f.id)) out.push(f);
  return out;
}
