import { MAIL_KINDS, type MailKind } from './schema';

/** One labelled message as a model reads it: its features and its kind. */
export interface LogisticExample {
  features: readonly string[];
  kind: MailKind;
}

/** The committed form of a logistic model: every kind's bias, and each kept feature's weight for every kind. */
export interface LogisticJson {
  model: 'logistic';
  kinds: MailKind[];
  bias: number[];
  weights: Record<string, number[]>;
}

// Multinomial logistic regression (softmax) trained by stochastic gradient descent, each message's
// features (all of them, known or not) weighted 1/√n so a long message does not outvote a short one, with an L2 penalty on the
// weights a message touches. The settings are the textbook defaults for sparse text, fixed before
// any split was scored and not tuned on one.
const EPOCHS = 30;
const RATE = 0.5;
const L2 = 1e-4;
// A token seen in fewer training messages than this is a name, a place or a typo of one writer.
const MIN_MESSAGES = 2;
// Weights smaller than this change no probability by a thousandth: left out of the file.
const KEEP = 5e-4;
const DIGITS = 1e4;

// A fixed-seed generator (mulberry32), so the same examples train the same weights.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function softmax(z: number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/**
 * Train a logistic model on labelled messages. Deterministic: the same examples in the same order
 * give the same JSON, byte for byte.
 */
export function trainLogistic(examples: readonly LogisticExample[]): LogisticJson {
  const kinds = [...MAIL_KINDS];
  const K = kinds.length;
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocabulary = [...seen].filter(([, n]) => n >= MIN_MESSAGES).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => {
    const all = [...new Set(e.features)];
    return { x: all.map((f) => index.get(f)).filter((i): i is number => i !== undefined), v: all.length ? 1 / Math.sqrt(all.length) : 0, y: kinds.indexOf(e.kind) };
  });
  const w = new Float64Array(vocabulary.length * K);
  const bias = new Array<number>(K).fill(0);
  const next = random(20261201);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch / 10);
    for (const r of order) {
      const { x, v, y } = rows[r]!;
      const z = bias.slice();
      for (const i of x) for (let k = 0; k < K; k++) z[k]! += v * w[i * K + k]!;
      const p = softmax(z);
      for (let k = 0; k < K; k++) {
        const g = p[k]! - (k === y ? 1 : 0);
        bias[k]! -= rate * g;
        for (const i of x) w[i * K + k]! -= rate * (v * g + L2 * w[i * K + k]!);
      }
    }
  }
  const round = (n: number): number => Math.round(n * DIGITS) / DIGITS;
  // Own properties only (a word may be 'constructor' or '__proto__').
  const weights: Record<string, number[]> = Object.fromEntries(vocabulary
    .map((f, i) => [f, Array.from(w.subarray(i * K, i * K + K), round)] as const)
    .filter(([, row]) => row.some((n) => Math.abs(n) >= KEEP)));
  return { model: 'logistic', kinds, bias: bias.map(round), weights };
}

/**
 * A logistic model as the app keeps it in memory: its weights in one typed array, a row a feature,
 * found by the feature's index (a third of the heap of an object of small arrays: 3.4 MB against
 * 8.8 MB for the committed model's 29,029 features).
 */
export interface PackedLogistic {
  kinds: MailKind[];
  bias: number[];
  index: Map<string, number>;
  weights: Float64Array;
}

/** The model packed for reading; `unpackLogistic` gives back the same JSON object, key for key. */
export function packLogistic(model: LogisticJson): PackedLogistic {
  const K = model.kinds.length;
  const keys = Object.keys(model.weights);
  const weights = new Float64Array(keys.length * K);
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    index.set(key, i);
    const row = model.weights[key]!;
    for (let k = 0; k < K; k++) weights[i * K + k] = row[k]!;
  });
  return { kinds: model.kinds, bias: model.bias, index, weights };
}

export function unpackLogistic(packed: PackedLogistic): LogisticJson {
  const K = packed.kinds.length;
  const weights: Record<string, number[]> = {};
  for (const [key, i] of packed.index) weights[key] = Array.from(packed.weights.subarray(i * K, (i + 1) * K));
  return { model: 'logistic', kinds: packed.kinds, bias: packed.bias, weights };
}

/** The kind a packed model gives a message's features, and its probability (the rows summed in the features' order). */
export function predictPacked(model: PackedLogistic, features: readonly string[]): { kind: MailKind; probability: number } {
  const K = model.kinds.length;
  const all = [...new Set(features)];
  const known = all.map((f) => model.index.get(f)).filter((i): i is number => i !== undefined);
  if (known.length === 0) return { kind: 'other', probability: 0.5 };
  const v = 1 / Math.sqrt(all.length);
  const z = model.bias.slice();
  for (const i of known) for (let k = 0; k < K; k++) z[k]! += v * model.weights[i * K + k]!;
  const p = softmax(z);
  let best = 0;
  for (let k = 1; k < K; k++) if (p[k]! > p[best]!) best = k;
  return { kind: model.kinds[best]!, probability: p[best]! };
}

