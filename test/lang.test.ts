// The language corpus (test/lang), differential against python3.
import { defineCorpus } from './support/corpus';

defineCorpus('language corpus (differential against python3)', 'lang', 200);
