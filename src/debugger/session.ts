// The DAP session: translates Debug Adapter Protocol requests into requests to the debug agent in
// the runtime worker, and the agent's events into DAP events. Every asyncio Task is a thread.
import {
  DebugSession, InitializedEvent, TerminatedEvent, ExitedEvent, StoppedEvent, OutputEvent, ThreadEvent,
  Thread, StackFrame, Scope, Source, Breakpoint, Response,
} from '@vscode/debugadapter';
import { DebugProtocol } from '@vscode/debugprotocol';
import { Worker, MessageChannel } from 'node:worker_threads';
import { readFileSync, existsSync, statSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { CTL, AgentRequest, AgentEvent, BreakpointSpec, FilterSpec, FunctionBreakpointSpec, ThreadInfo, splitLogMessage, logExpression, FrameInfo, ScopeInfo, VariableInfo, CompletionInfo, LoopSnapshot } from '../runtime/debugProtocol';
import { executableLines } from '../runtime/lines';
import { parse } from '../runtime/parser';
import { tokenize } from '../runtime/lexer';
import { PySyntaxError } from '../runtime/sourceError';
import type { WorkerConfig } from '../runtime/worker';

export interface LaunchArguments extends DebugProtocol.LaunchRequestArguments {
  program: string;
  args?: string[];
  cwd?: string;
  stopOnEntry?: boolean;
  clock?: 'virtual' | 'realtime';
  pauseOn?: string[];
  maxThreads?: number;
  /** VS Code's Run Without Debugging: the program runs with no breakpoint, filter or step. */
  noDebug?: boolean;
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

export class YieldpointSession extends DebugSession {
  private worker: Worker | null = null;
  private ctl = new Int32Array(new SharedArrayBuffer(CTL.SIZE * 4));
  private port: MessageChannel['port1'] | null = null;
  private launchArgs: LaunchArguments | null = null;
  private configured: () => void = () => undefined;
  private configuredPromise = new Promise<void>((r) => { this.configured = r; });
  private breakpoints = new Map<string, BreakpointSpec[]>();
  private functionBreakpoints: FunctionBreakpointSpec[] = [];
  /** Filters as the client set them ("Uncaught exceptions" is on by default). */
  private clientFilters: FilterSpec[] = [{ id: 'uncaught' }];
  /** Filters from the launch attribute `pauseOn`: on for the whole session, whatever the client toggles. */
  private launchFilters: FilterSpec[] = [];
  private get filters(): FilterSpec[] { return mergeFilters(this.clientFilters, this.launchFilters); }
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private requestSeq = 1;
  private paused = false;
  /** The program has read its stdin: while it runs, the Debug Console types its input. */
  private readsInput = false;
  private ended = false;
  /** Set by terminate/disconnect: no program starts in this session any more. */
  private closed = false;

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    this.answerRejections();
  }

  /** Every request gets a response: malformed ones and internal failures an error, never a JS stack. */
  protected override dispatchRequest(request: DebugProtocol.Request): void {
    if (Object.hasOwn(UNSUPPORTED, request.command)) {
      this.sendErrorResponse(new Response(request), 2012, `'${request.command}' is not supported by Yieldpoint${UNSUPPORTED[request.command]}.`);
      return;
    }
    // The protocol's default path format is 'path'; the base class wants it said.
    if (request.command === 'initialize' && request.arguments?.pathFormat === undefined) request.arguments = { ...request.arguments, pathFormat: 'path' };
    const bad = checkArguments(request.command, request.arguments);
    if (bad) { this.sendErrorResponse(new Response(request), 2010, `Bad request: ${bad}.`); return; }
    super.dispatchRequest(request);
  }
  /** The base class answers what a handler throws, but not what an async handler rejects with. */
  private answerRejections(): void {
    const self = this as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const name of ASYNC_HANDLERS) {
      const handler = self[name];
      self[name] = (...a: unknown[]) => Promise.resolve(handler.apply(this, a)).catch((e: unknown) => {
        const response = (name === 'customRequest' ? a[1] : a[0]) as DebugProtocol.Response;
        this.sendErrorResponse(response, 2011, `Cannot handle '${response.command}': ${(e as Error)?.message ?? String(e)}`);
      });
    }
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
      supportsTerminateThreadsRequest: true,
      supportsBreakpointLocationsRequest: true,
      supportsSetVariable: true,
      supportsSetExpression: true,
      supportsCompletionsRequest: true,
      completionTriggerCharacters: ['.'],
      supportsRestartRequest: true,
      supportsDelayedStackTraceLoading: true,
      supportsClipboardContext: true,
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
    const resolved = resolveLaunch(args);
    if (typeof resolved === 'string') { this.sendErrorResponse(response, 2001, `Cannot launch: ${resolved}`); return; }
    this.launchArgs = resolved;
    this.setLaunchFilters(resolved);
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
    await this.configuredPromise;
    if (!this.closed) this.startWorker();
  }
  private setLaunchFilters(args: LaunchArguments): void {
    this.launchFilters = (args.pauseOn ?? []).map((id) => ({ id }));
  }

  /** Restarts the program, with the launch attributes the client sends (VS Code sends the edited configuration). */
  protected override async restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): Promise<void> {
    if (!this.launchArgs) { this.sendErrorResponse(response, 2007, 'Nothing to restart: no program was launched.'); return; }
    if (this.closed) { this.sendErrorResponse(response, 2007, 'Nothing to restart: the session has ended.'); return; }
    const next = args?.arguments && typeof args.arguments === 'object' ? resolveLaunch({ ...this.launchArgs, ...args.arguments } as LaunchArguments) : this.launchArgs;
    if (typeof next === 'string') { this.sendErrorResponse(response, 2001, `Cannot restart: ${next}`); return; }
    this.launchArgs = next;
    this.setLaunchFilters(next);
    // Before configurationDone the launch itself starts the program.
    if (this.workerStarted) {
      await this.stopWorker();
      this.startWorker();
    }
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

  private workerStarted = false;
  private startWorker(): void {
    const args = this.launchArgs!;
    this.workerStarted = true;
    this.ended = false;
    this.paused = false;
    this.readsInput = false;
    let source: string;
    try {
      source = readFileSync(args.program, 'utf8');
    } catch (e) {
      this.sendEvent(new OutputEvent(`Cannot run '${args.program}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file no longer exists' : (e as Error).message}\n`, 'stderr'));
      this.finish(1);
      return;
    }
    this.ctl = new Int32Array(new SharedArrayBuffer(CTL.SIZE * 4));
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const debug = !args.noDebug;
    const cfg: WorkerConfig = {
      filename: args.program, source, argv: [args.program, ...(args.args ?? [])], clock: args.clock ?? 'virtual', trace: false,
      debug: {
        ctl: this.ctl.buffer as SharedArrayBuffer, port: port2, stopOnEntry: debug && !!args.stopOnEntry,
        breakpoints: debug ? [...this.breakpoints].map(([file, breakpoints]) => ({ file, breakpoints })) : [],
        functionBreakpoints: debug ? this.functionBreakpoints : [], filters: debug ? this.filters : [], maxThreads: args.maxThreads ?? 200,
      },
    };
    // `cwd` only resolves `program`: the runtime opens no files, and changing the process's
    // directory would move every other session of a --port server (or the extension host) too.
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
    // A worker killed by Terminate (stuck in native code past the grace period) ends like one
    // that stopped at a statement: exit code 137.
    w.on('exit', () => { if (this.worker === w) this.finish(this.closed ? 137 : null); });
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
        this.passedOn(m.text.length);
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
      case 'input':
        if (!this.readsInput) this.sendEvent(new OutputEvent('The program is waiting for input: type it in the Debug Console, a line at a time.\n', 'console'));
        this.readsInput = true;
        return;
    }
  }

  /** The stream to the client (none when inline in VS Code): output waits while it is backed up. */
  private out: NodeJS.WritableStream & { writableLength?: number } | null = null;
  private outputHeld = 0;
  override start(inStream: NodeJS.ReadableStream, outStream: NodeJS.WritableStream): void {
    this.out = outStream;
    super.start(inStream, outStream);
  }
  /** Tells the worker that `n` characters of its output are on their way to the client: once
   * written, or, while the client does not keep up, once the stream has drained. */
  private passedOn(n: number): void {
    const release = (k: number) => { Atomics.sub(this.ctl, CTL.OUTPUT, k); Atomics.notify(this.ctl, CTL.OUTPUT); };
    if (this.out === null || (this.out.writableLength ?? 0) < 1 << 20) { release(n); return; }
    if (this.outputHeld === 0) {
      const ctl = this.ctl;
      this.out.once('drain', () => { if (this.ctl === ctl) release(this.outputHeld); this.outputHeld = 0; });
    }
    this.outputHeld += n;
  }

  /** Breakpoints and filters reach a running program only when debugging (not under noDebug). */
  private get live(): boolean { return !!this.worker && !this.ended && !this.launchArgs?.noDebug; }

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
    let file = args.source.path ? path.resolve(args.source.path) : '';
    const program = this.launchArgs?.program;
    // The program runs under its resolved path: the same file reached another way (a symlink) is it.
    if (program && file !== program && sameFile(file, program)) file = program;
    let lines: number[] = [];
    let unreadable = '';
    let yieldLines = new Set<number>();
    try {
      const text = readFileSync(file, 'utf8');
      lines = [...executableLines(text, file)].sort((a, b) => a - b);
      yieldLines = statementsThatCanYield(text, lines);
    } catch (e) {
      unreadable = e instanceof PySyntaxError ? `${path.basename(file)} does not compile (line ${e.lineno}: ${e.msg})` : `cannot read ${file || 'a source without a path'}`;
    }
    // Only the program's own file runs (a program cannot import other files).
    if (program && file !== program && !unreadable) unreadable = `Only ${path.basename(program)} runs in this session: ${path.basename(file)} is not part of it`;
    const specs: BreakpointSpec[] = [];
    const out: DebugProtocol.Breakpoint[] = [];
    for (const b of args.breakpoints ?? []) {
      const line = lines.find((l) => l >= b.line);
      const mode = b.mode ?? 'line';
      const problem = unreadable || (line === undefined ? 'No statement on or after this line' : null)
        || (!MODES.includes(mode) ? `Unknown breakpoint mode '${mode}' (known: ${MODES.join(', ')})` : null)
        || (mode !== 'line' && !yieldLines.has(line!) ? `Line ${line} has no await, async for or async with: a task never ${mode === 'yield' ? 'yields' : 'resumes'} there` : null)
        || checkBreakpointOptions(b);
      const bp = new Breakpoint(!problem, line ?? b.line) as DebugProtocol.Breakpoint;
      if (problem) bp.message = problem;
      else specs.push({ line: line!, condition: b.condition, hitCondition: b.hitCondition, logMessage: b.logMessage, mode: mode as BreakpointSpec['mode'] });
      out.push(bp);
    }
    this.breakpoints.set(file, specs);
    if (this.live) void this.ask({ cmd: 'breakpoints', file, breakpoints: specs }).catch(() => undefined);
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
    const out: DebugProtocol.Breakpoint[] = [];
    this.functionBreakpoints = [];
    for (const b of args.breakpoints) {
      const name = typeof b?.name === 'string' ? b.name.trim() : '';
      const problem = !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(name)
        ? `'${name}' is not a function name (write a name such as worker or Queue.get)` : checkBreakpointOptions(b);
      const bp = new Breakpoint(!problem) as DebugProtocol.Breakpoint;
      if (problem) bp.message = problem;
      else this.functionBreakpoints.push({ name, condition: b.condition, hitCondition: b.hitCondition });
      out.push(bp);
    }
    if (this.live) void this.ask({ cmd: 'functionBreakpoints', breakpoints: this.functionBreakpoints }).catch(() => undefined);
    response.body = { breakpoints: out };
    this.sendResponse(response);
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    const known = new Set(FILTERS.map((f) => f.filter));
    const specs: FilterSpec[] = [...args.filters.map((id) => ({ id })), ...(args.filterOptions ?? []).map((o) => ({ id: o.filterId, condition: o.condition }))];
    const bad = specs.find((s) => !known.has(s.id));
    if (bad) { this.sendErrorResponse(response, 2004, `Unknown pause filter '${bad.id}'.`); return; }
    const out: DebugProtocol.Breakpoint[] = specs.map((s) => {
      const problem = s.condition ? checkExpression(s.condition, `Condition '${s.condition}'`) : null;
      return problem ? { verified: false, message: problem } : { verified: true };
    });
    this.clientFilters = specs.filter((_, i) => out[i].verified);
    if (this.live) void this.ask({ cmd: 'filters', filters: this.filters }).catch(() => undefined);
    response.body = { breakpoints: out };
    this.sendResponse(response);
  }

  // ------------------------------------------------------------------ execution
  private resume(response: DebugProtocol.Response, mode: 'continue' | 'over' | 'in' | 'out', threadId: number): void {
    if (!this.paused) { this.sendErrorResponse(response, 2002, this.launchArgs && this.worker && !this.ended ? 'The program is already running.' : this.notPausedMessage()); return; }
    if (mode === 'continue') {
      this.paused = false;
      this.sendResponse(response);
      void this.ask({ cmd: 'resume', mode, threadId }).catch(() => undefined);
      return;
    }
    // A step names a thread: the agent refuses one that is neither a live task nor a running thread, and the program stays paused.
    this.ask({ cmd: 'resume', mode, threadId }).then(() => this.sendResponse(response), (e: Error) => {
      this.paused = !this.ended;
      this.sendErrorResponse(response, 2008, e.message);
    });
    this.paused = false;
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
    // Already paused: nothing to do (arming the flag now would stop the program again after Continue).
    if (!this.paused) {
      Atomics.store(this.ctl, CTL.PAUSE, 1);
      Atomics.notify(this.ctl, CTL.PAUSE);
    }
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
  /** The client went away (disconnect, or a closed connection): the program ends with it. */
  override shutdown(): void {
    this.endProgram();
    super.shutdown();
  }
  override dispose(): void {
    this.endProgram();
    super.dispose();
  }
  /** Asks the program to end at its next statement; a program stuck in native code is killed after 300 ms. */
  private endProgram(): void {
    this.closed = true;
    this.configured();
    if (!this.worker || this.ended) { if (this.launchArgs) this.finish(null); return; }
    Atomics.store(this.ctl, CTL.TERMINATE, 1);
    Atomics.notify(this.ctl, CTL.STATE);
    Atomics.notify(this.ctl, CTL.PAUSE);
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
    const filter = args.filter === 'indexed' || args.filter === 'named' ? args.filter : undefined;
    await this.whenPaused<VariableInfo[]>(response, { cmd: 'variables', ref: args.variablesReference, start: args.start, count: args.count, filter }, (vars) => {
      response.body = { variables: vars.map(toVariable) };
    });
  }
  protected override async evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): Promise<void> {
    // While a program that reads its input runs, what is typed in the Debug Console is that input.
    if (this.readsInput && !this.paused && !this.ended && args.context === 'repl') {
      try {
        await this.ask({ cmd: 'stdin', text: args.expression + '\n' });
        response.body = { result: '', variablesReference: 0 };
        this.sendResponse(response);
      } catch (e) {
        this.sendErrorResponse(response, 2003, (e as Error).message);
      }
      return;
    }
    await this.whenPaused<VariableInfo>(response, { cmd: 'evaluate', expression: args.expression, frameId: args.frameId, context: args.context }, (v) => {
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
  /** Terminate Thread on a task cancels it (`task.cancel()`): it takes the CancelledError when the loop next runs it. */
  protected override async terminateThreadsRequest(response: DebugProtocol.TerminateThreadsResponse, args: DebugProtocol.TerminateThreadsArguments): Promise<void> {
    await this.whenPaused<string[]>(response, { cmd: 'cancelTasks', threadIds: args.threadIds ?? [] }, (names) => {
      const text = names.length ? `Cancelled ${names.join(', ')}: CancelledError('cancelled from the debugger') is raised at the next step.\n` : 'The task has already finished: nothing to cancel.\n';
      this.sendEvent(new OutputEvent(text, 'console'));
    });
  }
  protected override async exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): Promise<void> {
    await this.whenPaused<{ exceptionId: string; description: string; details: string; uncaught: boolean } | null>(response, { cmd: 'exceptionInfo' }, (info) => {
      if (!info) throw new Error('The program is not stopped on an exception.');
      response.body = {
        exceptionId: info.exceptionId, description: info.description, breakMode: info.uncaught ? 'unhandled' : 'always',
        details: { message: info.description, typeName: info.exceptionId, stackTrace: info.details },
      };
    });
  }
}

function toVariable(v: VariableInfo): DebugProtocol.Variable {
  return { name: v.name, value: v.value, type: v.type, variablesReference: v.ref, indexedVariables: v.indexed, namedVariables: v.named, evaluateName: v.evaluateName };
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
  terminateThreads: { threadIds: 'array' },
  launch: {},
};
/** Optional arguments that must have the right type when present: counts are non-negative integers. */
const OPTIONAL: Record<string, Record<string, 'count' | 'number' | 'array'>> = {
  stackTrace: { startFrame: 'count', levels: 'count' },
  variables: { start: 'count', count: 'count' },
  evaluate: { frameId: 'number' }, setExpression: { frameId: 'number' }, completions: { frameId: 'number' },
  setBreakpoints: { breakpoints: 'array' }, setExceptionBreakpoints: { filterOptions: 'array' },
  breakpointLocations: { endLine: 'number' },
};
/** The handlers that answer asynchronously (answerRejections). */
const ASYNC_HANDLERS = ['launchRequest', 'restartRequest', 'threadsRequest', 'stackTraceRequest', 'scopesRequest', 'variablesRequest',
  'evaluateRequest', 'setVariableRequest', 'setExpressionRequest', 'completionsRequest', 'customRequest', 'exceptionInfoRequest',
  'terminateThreadsRequest'] as const;
export function checkArguments(command: string, args: unknown): string | null {
  const want = Object.hasOwn(REQUIRED, command) ? REQUIRED[command] : undefined;
  if (!want) return null;
  if (args === null || typeof args !== 'object' || Array.isArray(args)) return `'${command}' needs an arguments object`;
  const a = args as Record<string, unknown>;
  for (const [k, t] of Object.entries(want)) {
    const v = a[k];
    const ok = t === 'array' ? Array.isArray(v) : t === 'object' ? v !== null && typeof v === 'object' && !Array.isArray(v) : typeof v === t;
    if (!ok) return `'${command}' needs '${k}' (${t})`;
  }
  for (const [k, t] of Object.entries(OPTIONAL[command] ?? {})) {
    const v = a[k];
    if (v === undefined || v === null) continue;
    const ok = t === 'array' ? Array.isArray(v) : t === 'count' ? Number.isInteger(v) && (v as number) >= 0 : typeof v === 'number';
    if (!ok) return `'${k}' of '${command}' must be ${t === 'array' ? 'a list' : t === 'count' ? 'a non-negative integer' : 'a number'}`;
  }
  return null;
}
/** The statements (by first line) with an `await`, `async for` or `async with`: where a task can
 * yield and resume. An f-string is one token: one that mentions `await` counts. */
function statementsThatCanYield(source: string, statements: number[]): Set<number> {
  const out = new Set<number>();
  const { tokens } = tokenize(source, '<breakpoints>');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const hit = t.type === 'NAME' ? t.value === 'await' || (t.value === 'async' && next?.type === 'NAME' && (next.value === 'for' || next.value === 'with'))
      : t.type === 'STRING' && /\bawait\b/.test(String(t.value));
    if (!hit) continue;
    let start: number | undefined;
    for (const l of statements) { if (l > t.lineno) break; start = l; }
    if (start !== undefined) out.add(start);
  }
  return out;
}
function sameFile(a: string, b: string): boolean {
  try { return realpathSync(a) === realpathSync(b); } catch { return false; }
}
/** Requests the base class would answer with an empty success: refused, so that a client knows. */
const UNSUPPORTED: Record<string, string> = {
  attach: ": it launches the program (use \"request\": \"launch\")", source: ': every frame with a source has a path on disk',
  stepBack: '', reverseContinue: '', restartFrame: '', goto: '', gotoTargets: '', stepInTargets: '', loadedSources: '', modules: '',
  dataBreakpointInfo: '', setDataBreakpoints: '', setInstructionBreakpoints: '', readMemory: '', writeMemory: '', disassemble: '',
  cancel: '',
};
const MODES = ['line', 'yield', 'resume'];

/** Why a condition or log message cannot work, or null. */
function checkExpression(expr: string, what: string): string | null {
  try {
    parse(`(${expr}\n)\n`, '<condition>');
    return null;
  } catch (e) {
    return `${what} is not a Python expression: ${e instanceof PySyntaxError ? e.msg : (e as Error).message}`;
  }
}
function checkBreakpointOptions(b: { condition?: string; hitCondition?: string; logMessage?: string }): string | null {
  if (b.condition !== undefined && typeof b.condition !== 'string') return 'The condition must be a string';
  if (b.condition?.trim()) { const p = checkExpression(b.condition, `Condition '${b.condition}'`); if (p) return p; }
  if (b.hitCondition !== undefined && typeof b.hitCondition !== 'string') return 'The hit count must be a string';
  if (b.logMessage !== undefined && typeof b.logMessage !== 'string') return 'The log message must be a string';
  if (b.hitCondition !== undefined && b.hitCondition.trim() && !/^\s*(>=|<=|==|>|<|%)?\s*\d+\s*$/.test(b.hitCondition)) {
    return `Hit count '${b.hitCondition}' is not understood: write a number (5), a comparison (>= 5) or a modulo (% 3)`;
  }
  if (/^\s*%\s*0+\s*$/.test(b.hitCondition ?? '')) return 'Hit count % 0 would never stop';
  if (typeof b.logMessage === 'string') {
    try {
      for (const part of splitLogMessage(b.logMessage)) {
        if (typeof part === 'string') continue;
        const p = checkExpression(logExpression(part.expr), `Log message part {${part.expr}}`);
        if (p) return p;
      }
    } catch (e) { return `Log message: ${(e as Error).message}`; }
  }
  return null;
}

/** Validates launch attributes and resolves the program and cwd; a string says what is wrong. */
function resolveLaunch(args: LaunchArguments): LaunchArguments | string {
  const bad = checkLaunchArguments(args);
  if (bad) return bad;
  const cwd = args.cwd ? path.resolve(args.cwd) : process.cwd();
  const program = path.resolve(cwd, args.program);
  if (!existsSync(program)) return `program '${args.program}' does not exist.`;
  if (!statSync(program).isFile()) return `program '${args.program}' is not a file.`;
  return { ...args, program, cwd };
}
function checkLaunchArguments(a: LaunchArguments): string | null {
  if (a.program === undefined || a.program === '') return "'program' (the Python file to run) is required";
  if (typeof a.program !== 'string') return "'program' must be the path of the Python file to run";
  if (a.args !== undefined && (!Array.isArray(a.args) || a.args.some((x) => typeof x !== 'string'))) return "'args' must be a list of strings";
  if (a.cwd !== undefined && (typeof a.cwd !== 'string' || !existsSync(a.cwd))) return `'cwd' ${typeof a.cwd === 'string' ? `'${a.cwd}' does not exist` : 'must be a path'}`;
  if (a.cwd !== undefined && !statSync(a.cwd).isDirectory()) return `'cwd' '${a.cwd}' is not a directory`;
  if (a.noDebug !== undefined && typeof a.noDebug !== 'boolean') return "'noDebug' must be true or false";
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
