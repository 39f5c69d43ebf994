declare module '*.py' {
  /** A library module: its Python source and the JavaScript compiled from it at build time. */
  const module: { source: string; js: string; cacheFile: string };
  export default module;
}
