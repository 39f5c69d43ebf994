// When the extension's bundle began to evaluate. Imported first by extension.ts: modules evaluate in
// import order, so this runs before any other module of the bundle.
export const loadStarted = performance.now();
