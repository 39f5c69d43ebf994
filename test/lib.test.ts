// The library corpus (test/lib): collections, functools, itertools, dataclasses, enum, contextlib, ...
import { defineCorpus } from './support/corpus';

defineCorpus('library corpus (differential against python3)', 'lib', 60);
