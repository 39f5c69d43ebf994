// CPython's exception hierarchy. Python exceptions are thrown as PyException objects.
import { PyObject, PyType, PyVal, None, makeType, objectType, Code, AttrMap } from './object';
import { PyTuple, tuple, EMPTY_TUPLE } from './types';

/** One traceback entry, added as the exception leaves (or is caught in) a frame. */
export interface TbEntry {
  code: Code; line: number; frame: object;
  /** The exception came out of the frame's suspension point (thrown into its yield or await, or
   * raised by the future it awaited) rather than from evaluating an expression. */
  atSuspension?: boolean;
}

export class PyException extends PyObject {
  args: PyTuple = EMPTY_TUPLE;
  tb: TbEntry[] = [];
  cause: PyVal = None;
  context: PyVal = None;
  suppressContext = false;
  constructor(cls: PyType) { super(cls, new AttrMap()); }
}

const excTypes = new Map<string, PyType>();
function def(name: string, base: PyType | null, extraBases: PyType[] = []): PyType {
  const bases = base ? [base, ...extraBases] : [objectType];
  const t = makeType(name, bases, true);
  t.native = (cls) => new PyException(cls);
  excTypes.set(name, t);
  return t;
}

export const BaseException = def('BaseException', null);
export const BaseExceptionGroup = def('BaseExceptionGroup', BaseException);
export const GeneratorExit = def('GeneratorExit', BaseException);
export const KeyboardInterrupt = def('KeyboardInterrupt', BaseException);
export const SystemExit = def('SystemExit', BaseException);
export const Exception = def('Exception', BaseException);
export const ArithmeticError = def('ArithmeticError', Exception);
export const FloatingPointError = def('FloatingPointError', ArithmeticError);
export const OverflowError = def('OverflowError', ArithmeticError);
export const ZeroDivisionError = def('ZeroDivisionError', ArithmeticError);
export const AssertionError = def('AssertionError', Exception);
export const AttributeError = def('AttributeError', Exception);
export const BufferError = def('BufferError', Exception);
export const EOFError = def('EOFError', Exception);
export const ExceptionGroup = def('ExceptionGroup', BaseExceptionGroup, [Exception]);
export const ImportError = def('ImportError', Exception);
export const ModuleNotFoundError = def('ModuleNotFoundError', ImportError);
export const LookupError = def('LookupError', Exception);
export const IndexError = def('IndexError', LookupError);
export const KeyError = def('KeyError', LookupError);
export const MemoryError = def('MemoryError', Exception);
export const NameError = def('NameError', Exception);
export const UnboundLocalError = def('UnboundLocalError', NameError);
export const OSError = def('OSError', Exception);
export const TimeoutError = def('TimeoutError', OSError);
export const ConnectionError = def('ConnectionError', OSError);
export const FileNotFoundError = def('FileNotFoundError', OSError);
export const BrokenPipeError = def('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = def('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = def('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = def('ConnectionResetError', ConnectionError);
export const BlockingIOError = def('BlockingIOError', OSError);
export const ChildProcessError = def('ChildProcessError', OSError);
export const FileExistsError = def('FileExistsError', OSError);
export const InterruptedError = def('InterruptedError', OSError);
export const IsADirectoryError = def('IsADirectoryError', OSError);
export const NotADirectoryError = def('NotADirectoryError', OSError);
export const PermissionError = def('PermissionError', OSError);
export const ProcessLookupError = def('ProcessLookupError', OSError);
export const ReferenceError = def('ReferenceError', Exception);
export const RuntimeError = def('RuntimeError', Exception);
export const NotImplementedError = def('NotImplementedError', RuntimeError);
export const RecursionError = def('RecursionError', RuntimeError);
export const StopAsyncIteration = def('StopAsyncIteration', Exception);
export const StopIteration = def('StopIteration', Exception);
export const SyntaxError = def('SyntaxError', Exception);
export const IndentationError = def('IndentationError', SyntaxError);
export const TabError = def('TabError', IndentationError);
export const SystemError = def('SystemError', Exception);
export const TypeError = def('TypeError', Exception);
export const ValueError = def('ValueError', Exception);
export const UnicodeError = def('UnicodeError', ValueError);
export const UnicodeDecodeError = def('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = def('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = def('UnicodeTranslateError', UnicodeError);
export const Warning = def('Warning', Exception);
export const DeprecationWarning = def('DeprecationWarning', Warning);
export const RuntimeWarning = def('RuntimeWarning', Warning);
export const UserWarning = def('UserWarning', Warning);
export const SyntaxWarning = def('SyntaxWarning', Warning);
export const PendingDeprecationWarning = def('PendingDeprecationWarning', Warning);
export const FutureWarning = def('FutureWarning', Warning);
export const ImportWarning = def('ImportWarning', Warning);
export const UnicodeWarning = def('UnicodeWarning', Warning);
export const BytesWarning = def('BytesWarning', Warning);
export const ResourceWarning = def('ResourceWarning', Warning);
export const EncodingWarning = def('EncodingWarning', Warning);

export function allExceptionTypes(): Map<string, PyType> { return excTypes; }

/** Implicit chaining of an exception the runtime raises (rt.ts installs it): its context is the
 * exception being handled, as CPython's PyErr_SetObject gives it when it is raised. */
export const implicitContext = { of: (_e: PyException): void => undefined };

/** An exception the runtime is about to raise. */
export function newExc(cls: PyType, ...args: PyVal[]): PyException {
  const e = cls.native ? (cls.native(cls, args, null) as PyException) : new PyException(cls);
  e.args = tuple(args);
  implicitContext.of(e);
  return e;
}

/** `throw pyErr(TypeError, "...")`. */
export function pyErr(cls: PyType, msg?: string): PyException {
  return msg === undefined ? newExc(cls) : newExc(cls, msg);
}

export function isExc(v: PyVal, cls: PyType): boolean {
  return v instanceof PyException && v.cls.isSubtypeOf(cls);
}
