/**
 * Assertions for the web suite. Node's `assert` module does not exist in the browser's web worker
 * extension host, so the suite carries these two, which throw an Error with a readable message.
 */

/** Throws `message` unless `condition` holds; narrows the condition's type like assert.ok. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Throws unless `actual` and `expected` serialise to the same JSON, showing both. */
export function checkSame<T>(actual: T, expected: T, message: string): void {
  const got = JSON.stringify(actual);
  const wanted = JSON.stringify(expected);
  if (got !== wanted) throw new Error(`${message}\n  actual:   ${got}\n  expected: ${wanted}`);
}
