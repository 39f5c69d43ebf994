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

/** Whether s holds a UTF-16 surrogate (so its unit order may differ from code point order). */
export const hasSurrogate = (s: string): boolean => SURROGATE.test(s);

/** The code point of s that unit i belongs to (a lone surrogate is its own code point). */
function cpAtUnit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  } else if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = s.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
  }
  return c;
}

/** Three-way comparison of two str by code point, as CPython orders them. */
export function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  const x = a.charCodeAt(i), y = b.charCodeAt(i);
  // Unit order is code point order unless a surrogate meets a unit above it.
  if (x < 0xd800 && y < 0xd800) return x < y ? -1 : 1;
  return cpAtUnit(a, i) < cpAtUnit(b, i) ? -1 : 1;
}
