// Late bindings between runtime modules that would otherwise import each other in a cycle.
import { NotImplemented } from './object';
import { PyBytes, PyIter, STOP } from './types';
import { setNotImplemented, setKeyErr, setIterOf, formatValueHook } from './str';
import { setBytesFactory } from './numbers';
import { setGetitem, setStopIteration } from './containers';
import { keyError, getitem, seqIter } from './ops';
import { formatValue } from './builtins';
import { pyErr, StopIteration } from './exceptions';

setNotImplemented(NotImplemented);
setKeyErr((k) => { throw keyError(k); });
setIterOf((items) => seqIter(items));
setBytesFactory((u) => new PyBytes(u));
setGetitem(getitem);
setStopIteration(() => { throw pyErr(StopIteration); });
formatValueHook.fn = formatValue;
void PyIter; void STOP;
