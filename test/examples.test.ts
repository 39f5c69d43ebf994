// The bundled examples (examples/*.py, shown by the walkthrough) behave exactly as under CPython 3.11.
import { defineCorpus } from './support/corpus';

// defineCorpus takes a directory relative to test/.
defineCorpus('examples (differential against python3)', '../examples', 7);
