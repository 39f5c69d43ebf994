// Python indexes a str by code point; a JS string is UTF-16, where a code point above U+FFFF takes
// two units (a surrogate pair). A string without surrogates, nearly every one, is indexed as it is.
// For the others, where each code point starts is worked out once and kept with the last string
// asked about, so a loop over one string's indices does the work once.
const SURROGATE = /[\uD800-\uDFFF]/;

let lastString = '';
let lastStarts: Uint32Array | null = null;

/** The unit where each code point of s starts, then s.length; null when each code point is one unit. */
export function cpStarts(s: string): Uint32Array | null {
  if (s === lastString) return lastStarts;
  let starts: Uint32Array | null = null;
  if (SURROGATE.test(s)) {
    const out = new Uint32Array(s.length + 1);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      out[n++] = i;
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    out[n] = s.length;
    starts = n === s.length ? null : out.subarray(0, n + 1);
  }
  lastString = s;
  lastStarts = starts;
  return starts;
}

/** len(s). */
export function cpLength(s: string): number {
  const st = cpStarts(s);
  return st === null ? s.length : st.length - 1;
}

/** The code point index of unit offset u (the start of a code point, or s.length). */
export function cpIndexOf(st: Uint32Array | null, u: number): number {
  if (st === null || u < 0) return u;
  let lo = 0, hi = st.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st[mid] < u) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The unit offset of code point index i (0 <= i <= len). */
export const unitOf = (st: Uint32Array | null, i: number): number => (st === null ? i : st[i]);

/** Code point i of s as a string. */
export const cpAt = (s: string, st: Uint32Array | null, i: number): string => (st === null ? s[i] : s.slice(st[i], st[i + 1]));
