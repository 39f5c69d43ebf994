// `yieldpoint run --trace`: one line per loop event on stderr, stamped with the loop clock.
//   [  0.500000] Task-2 yields at demo.py:14 awaiting sleep 0.5
// Events: created (where, coroutine), resumes (line; "starts" on the first step), yields (line,
// what it awaits), done (result / exception / cancelled), timer (a due timer moved to the ready
// queue), callback (a ready handle that is not a task step ran), and work that another thread
// runs (to_thread, run_in_executor, threading.Thread): its start and end, on that thread's clock.
import * as path from 'node:path';
import { LoopEvent, observers } from './loopObserver';
import { T } from './frame';

function at(file: string, line: number | null): string {
  return line === null ? 'outside the program' : `${path.basename(file)}:${line}`;
}

export function formatEvent(e: LoopEvent, now: number, programFile: string): string {
  const t = `[${now.toFixed(6).padStart(11)}]`;
  switch (e.kind) {
    case 'created': return `${t} ${e.name} created${e.where ? ` at ${at(e.where.file, e.where.line)}` : ''}: ${e.coro}`;
    case 'resumes': return `${t} ${e.name} ${e.first ? 'starts' : 'resumes'} at ${at(programFile, e.line)}`;
    case 'yields': return `${t} ${e.name} yields at ${at(programFile, e.line)} awaiting ${e.awaits}`;
    case 'done': return `${t} ${e.name} done: ${e.outcome}`;
    case 'timer': return `${t} timer fired: ${e.what}`;
    case 'callback': return `${t} callback: ${e.what}`;
    case 'threadStarts': return `${t} thread ${e.run.name} runs ${e.run.what}`;
    case 'threadDone': return `${t} thread ${e.run.name} finished: ${e.outcome}`;
  }
}

export function installTracer(programFile: string, write: (line: string) => void): void {
  T.record = true;
  observers.push((e, now) => {
    write(formatEvent(e, now, programFile) + '\n');
  });
}
