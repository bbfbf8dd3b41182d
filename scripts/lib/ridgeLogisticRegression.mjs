// The trainer the learned comparison models share (scripts/train-quantity-matcher.mjs,
// train-quote-matcher.mjs, train-unique-unit-model.mjs): ridge logistic regression by Newton's
// method from zero weights, deterministic (no random start, no sampling).

/** Solves a x = b (Gaussian elimination with partial pivoting; a is small and positive definite). */
function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let k = r + 1; k < n; k++) sum -= m[r][k] * x[k];
    x[r] = sum / m[r][r];
  }
  return x;
}

/**
 * Fits a logistic regression to `xs` (rows of feature values, each starting with a 1 for the bias)
 * and `labels` (0 or 1), with a ridge penalty `ridge` on the weights but not the bias, by at most
 * `iterations` Newton steps (fewer once no step moves a weight by 1e-6): returns [bias, ...weights].
 */
export function trainRidgeLogistic(xs, labels, { ridge, iterations }) {
  const n = xs[0].length;
  let w = new Array(n).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const grad = w.map((wi, i) => (i === 0 ? 0 : ridge * wi));
    const hess = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j && i > 0 ? ridge : 0)));
    xs.forEach((x, r) => {
      let z = 0;
      for (let i = 0; i < n; i++) z += w[i] * x[i];
      const p = 1 / (1 + Math.exp(-z));
      const d = p - labels[r];
      const s = p * (1 - p);
      for (let i = 0; i < n; i++) {
        if (x[i] === 0) continue;
        grad[i] += d * x[i];
        for (let j = 0; j < n; j++) hess[i][j] += s * x[i] * x[j];
      }
    });
    const step = solve(hess, grad);
    w = w.map((wi, i) => wi - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}
