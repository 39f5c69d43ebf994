// The DAP session: translates Debug Adapter Protocol requests into requests to the debug agent in
// the runtime worker, and the agent's events into DAP events. Every asyncio Task is a thread.
import {
  LoggingDebugSession, InitializedEvent, TerminatedEvent, ExitedEvent, StoppedEvent, OutputEvent, ThreadEvent,
  Thread, StackFrame, Scope, Source, Breakpoint,
} from '@vscode/debugadapter';
import { DebugProtocol } from '@vscode/debugprotocol';
import { Worker, MessageChannel } from 'node:worker_threads';
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { CTL, AgentRequest, AgentEvent, BreakpointSpec, FilterSpec, ThreadInfo, FrameInfo, ScopeInfo, VariableInfo } from '../runtime/debugProtocol';
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
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private requestSeq = 1;
  private paused = false;
  private ended = false;

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
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
    const program = args.program ? path.resolve(args.cwd ?? process.cwd(), args.program) : '';
    if (!program || !existsSync(program)) {
      this.sendErrorResponse(response, 2001, `Cannot launch: program '${args.program ?? ''}' does not exist.`);
      return;
    }
    this.launchArgs = { ...args, program };
    if (args.pauseOn) this.filters = args.pauseOn.map((id) => ({ id }));
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
    await this.configuredPromise;
    this.startWorker();
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.sendResponse(response);
    this.configured();
  }

  private startWorker(): void {
    const args = this.launchArgs!;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const source = readFileSync(args.program, 'utf8');
    const cfg: WorkerConfig = {
      filename: args.program, source, argv: [args.program, ...(args.args ?? [])], clock: args.clock ?? 'virtual', trace: false,
      debug: {
        ctl: this.ctl.buffer as SharedArrayBuffer, port: port2, stopOnEntry: !!args.stopOnEntry,
        breakpoints: [...this.breakpoints].map(([file, breakpoints]) => ({ file, breakpoints })),
        functionBreakpoints: this.functionBreakpoints, filters: this.filters,
      },
    };
    if (args.cwd) process.chdir(args.cwd);
    this.worker = new Worker(path.join(__dirname, 'worker.js'), {
      workerData: cfg, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: 64 }, stdin: false,
    });
    this.worker.on('message', (m: AgentEvent | { exit: number }) => this.onWorkerMessage(m));
    this.worker.on('error', (e: Error & { code?: string }) => {
      const text = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'MemoryError: the program ran out of memory\n' : `Yieldpoint internal error: ${e.message}\n`;
      this.sendEvent(new OutputEvent(text, 'stderr'));
      this.finish(1);
    });
    this.worker.on('exit', () => this.finish(null));
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
  private async whenPaused<T>(response: DebugProtocol.Response, req: AgentRequest, fill: (body: T) => void): Promise<void> {
    if (!this.paused) { this.sendErrorResponse(response, 2002, 'The program is running: pause it first.'); return; }
    try {
      fill(await this.ask<T>(req));
      this.sendResponse(response);
    } catch (e) {
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
    this.filters = specs;
    if (this.worker && !this.ended) void this.ask({ cmd: 'filters', filters: specs }).catch(() => undefined);
    this.sendResponse(response);
  }

  // ------------------------------------------------------------------ execution
  private resume(response: DebugProtocol.Response, mode: 'continue' | 'over' | 'in' | 'out', threadId: number): void {
    if (!this.paused) { this.sendErrorResponse(response, 2002, 'The program is running.'); return; }
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
  }
  private endProgram(): void {
    if (!this.worker || this.ended) { this.finish(null); return; }
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
