export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'unsupported';

/** A compile-time error located in Python source; offsets are 1-based character columns like CPython's. */
export class PySyntaxError extends Error {
  constructor(
    public readonly kind: SyntaxErrorKind,
    public readonly msg: string,
    public readonly filename: string,
    public readonly lineno: number,
    public readonly offset: number,
    public readonly text: string,
    public readonly endLineno?: number,
    public readonly endOffset?: number,
  ) {
    super(`${filename}:${lineno}:${offset}: ${kind === 'unsupported' ? 'unsupported: ' : kind + ': '}${msg}`);
    this.name = 'PySyntaxError';
  }
}
