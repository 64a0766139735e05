/**
 * The parts of webpack's documented module API (webpack.js.org/api/module-variables) that
 * functions.ts uses to answer at once when code it loads on first use is already present.
 */
declare const __webpack_modules__: Record<string | number, unknown>;
declare const __webpack_require__: (id: string | number) => unknown;

declare namespace NodeJS {
  interface Require {
    /** The id of a module, without pulling it into the bundle. */
    resolveWeak(request: string): string | number;
  }
}
