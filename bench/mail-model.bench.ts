/**
 * Does a statistical second opinion carry to unseen mail where the rules do not? Run:
 * `node node_modules/tsx/dist/cli.mjs bench/mail-model.bench.ts`.
 * Leave-one-split-out over every labelled split of bench/data/mail (a model trained on all other
 * splits, the one left out predicted), then one pass with test7…test11 left out together and the
 * models trained on the rest. Two models over the same features: the naive Bayes measured first
 * (the baseline) and multinomial logistic regression (the one the app reads). Per split: accuracy
 * and rejection precision/recall of the rules, of each model alone and of each way of asking a
 * model only when the rules say `other` (fixed before any split was scored, see VARIANTS); then
 * what each did to the mail the rules call `other`. The rules' figures are not unseen: every split
 * has been tuned on. Last, the committed model's size and load time.
 */
import { readFileSync, statSync } from 'node:fs';
import { classifyMail, type MailKind } from '../packages/core/src/index';
import { featuresOfMail, mailModelFromJson, takeSecondOpinion, trainMailModel, type MailModel, type MailModelExample, type MailModelOpinion } from '../packages/core/src/mail/model';
import { trainNaiveBayesMailModel } from '../packages/core/src/mail/naive-bayes';
import { mailSplitNames, readMailSplit } from '../scripts/mail-splits';
import { MODEL_FILE } from '../scripts/build-mail-model';
interface Row { split: string; file: string; kind: MailKind; rules: MailKind; confidence: number; isOwn: boolean; features: string[] }

const t0 = performance.now();
const names = mailSplitNames();
const rows: Row[] = [];
for (const name of names) {
  const split = readMailSplit(name);
  for (const m of split.mail) {
    const rules = classifyMail(m.message, { self: split.self });
    const isOwn = split.self.includes(m.message.from.address.trim().toLowerCase());
    rows.push({ split: name, file: m.file, kind: m.kind, rules: rules.kind, confidence: rules.confidence, isOwn, features: featuresOfMail(m.message) });
  }
}
console.log(`${rows.length} messages in ${names.length} splits read and classified by the rules in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

type Model = 'nb' | 'lr';
const TRAIN: Record<Model, (examples: readonly MailModelExample[]) => MailModel> = { nb: trainNaiveBayesMailModel, lr: trainMailModel };
type Preds = Record<Model, Map<Row, MailModelOpinion>>;
function predictHeldOut(heldOut: (r: Row) => boolean): Preds {
  const out = { nb: new Map(), lr: new Map() } as Preds;
  const examples = rows.filter((r) => !heldOut(r)).map((r) => ({ features: r.features, kind: r.kind }));
  for (const m of ['nb', 'lr'] as const) {
    const t = performance.now();
    const model = TRAIN[m](examples);
    const trained = performance.now() - t;
    for (const r of rows.filter(heldOut)) out[m].set(r, model.predict(r.features));
    trainMs[m].push(trained);
  }
  return out;
}
const trainMs: Record<Model, number[]> = { nb: [], lr: [] };

// The ways of combining, fixed before any split was scored. The person's own mail stays `other`
// whatever a model says: the rules decide that by address. Naive Bayes at 0.99 (with and without
// rejections) are last round's; logistic probabilities are not pushed to 0 and 1 as naive Bayes's
// are, so it is asked at over one half and at 0.9.
interface Variant { name: string; model: Model | null; kindOf: (r: Row, p: MailModelOpinion) => MailKind }
const asked = (min: number, rejection: boolean) => (r: Row, p: MailModelOpinion): MailKind => (r.rules === 'other' && !r.isOwn ? takeSecondOpinion(p, { min, rejection }) ?? 'other' : r.rules);
const VARIANTS: Variant[] = [
  { name: 'rules*', model: null, kindOf: (r) => r.rules },
  { name: 'NB alone', model: 'nb', kindOf: (_, p) => p.kind },
  { name: 'NB≥.99', model: 'nb', kindOf: asked(0.99, true) },
  { name: 'NB≥.99 no rej', model: 'nb', kindOf: asked(0.99, false) },
  { name: 'LR alone', model: 'lr', kindOf: (_, p) => p.kind },
  { name: 'LR>.5', model: 'lr', kindOf: asked(0.5, true) },
  { name: 'LR≥.9', model: 'lr', kindOf: asked(0.9, true) },
  { name: 'LR>.5 no rej', model: 'lr', kindOf: asked(0.5, false) },
  { name: 'LR≥.9 no rej', model: 'lr', kindOf: asked(0.9, false) },
];
const kindOf = (v: Variant, preds: Preds, r: Row): MailKind => v.kindOf(r, v.model ? preds[v.model].get(r)! : { kind: 'other', probability: 0 });

const pct = (n: number, d: number): string => (d === 0 ? '    -' : `${((n / d) * 100).toFixed(1)}`.padStart(5));
function figures(rs: Row[], k: (r: Row) => MailKind): string {
  const acc = rs.filter((r) => k(r) === r.kind).length;
  const rp = rs.filter((r) => k(r) === 'rejection').length, rt = rs.filter((r) => k(r) === 'rejection' && r.kind === 'rejection').length;
  const rn = rs.filter((r) => r.kind === 'rejection').length;
  return `${pct(acc, rs.length)} ${pct(rt, rp)} ${pct(rt, rn)}`;
}
function table(title: string, groups: Array<[string, Row[]]>, preds: Preds): void {
  console.log(`\n${title}\naccuracy / rejection precision / rejection recall; then, of the mail the rules call \`other\` (not the person's own): n (real kinds) and, for each way of asking a model, fixed / \`other\` broken`);
  console.log(`split        n | ${VARIANTS.map((v) => v.name.padEnd(17)).join(' | ')} | other (real) ${VARIANTS.filter((v) => v.model && v.name.includes('≥') || v.name.includes('>')).map((v) => v.name).join(', ')}`);
  for (const [name, rs] of groups) {
    const others = rs.filter((r) => r.rules === 'other' && !r.isOwn);
    const real = others.filter((r) => r.kind !== 'other');
    const combos = VARIANTS.filter((v) => v.model && v.name.includes('≥') || v.name.includes('>')).map((v) => `${real.filter((r) => kindOf(v, preds, r) === r.kind).length}/${others.filter((r) => r.kind === 'other' && kindOf(v, preds, r) !== 'other').length}`);
    console.log(`${name.padEnd(9)} ${String(rs.length).padStart(4)} | ${VARIANTS.map((v) => figures(rs, (r) => kindOf(v, preds, r))).join(' | ')} | ${String(others.length).padStart(5)} (${String(real.length).padStart(2)}) ${combos.join(' ')}`);
  }
}

const loso: Preds = { nb: new Map(), lr: new Map() };
for (const name of names) {
  const p = predictHeldOut((r) => r.split === name);
  for (const m of ['nb', 'lr'] as const) for (const [r, o] of p[m]) loso[m].set(r, o);
}
const groups: Array<[string, Row[]]> = names.map((n) => [n, rows.filter((r) => r.split === n)]);
groups.push(['all', rows]);
table('Leave one split out (* the rules were tuned on every split: their figures are not unseen)', groups, loso);

const RECENT = ['test7', 'test8', 'test9', 'test10', 'test11'];
const recent = predictHeldOut((r) => RECENT.includes(r.split));
const recentGroups: Array<[string, Row[]]> = RECENT.map((n) => [n, rows.filter((r) => r.split === n)]);
recentGroups.push(['together', rows.filter((r) => RECENT.includes(r.split))]);
table(`${RECENT.join(', ')} left out together, the models trained on the other ${names.length - RECENT.length} splits`, recentGroups, recent);
console.log(`\ntraining time, mean over the folds: naive Bayes ${(trainMs.nb.reduce((a, b) => a + b, 0) / trainMs.nb.length).toFixed(0)} ms, logistic ${(trainMs.lr.reduce((a, b) => a + b, 0) / trainMs.lr.length).toFixed(0)} ms`);

// The rules are now at or near 100% on every split (tuned on each), so no split shows what a
// second opinion fixes on unseen mail. What it would do were the rules to say \`other\` on every
// message, leave one split out: the share of real kinds it gives right, and the share of real
// \`other\`s (not the person's own) it makes something else. On test11, the one split measured
// unseen by the rules, 18 of the 45 messages they called \`other\` were real kinds (0.4): the
// expected change per message the rules call \`other\` is 0.4 × fixed − 0.6 × broken.
{
  const real = rows.filter((r) => r.kind !== 'other' && !r.isOwn), other = rows.filter((r) => r.kind === 'other' && !r.isOwn);
  console.log('\nwere the rules to say `other` everywhere (leave one split out): real kinds given right, `other` broken, 0.4 × fixed − 0.6 × broken');
  for (const v of VARIANTS.filter((x) => x.model && (x.name.includes('≥') || x.name.includes('>')))) {
    const ask = (r: Row) => v.kindOf({ ...r, rules: 'other' }, loso[v.model!].get(r)!);
    const fixed = real.filter((r) => ask(r) === r.kind).length / real.length, broke = other.filter((r) => ask(r) !== 'other').length / other.length;
    console.log(`${v.name.padEnd(14)} ${(fixed * 100).toFixed(1).padStart(5)}% of ${real.length}  ${(broke * 100).toFixed(1).padStart(5)}% of ${other.length}  ${(0.4 * fixed - 0.6 * broke).toFixed(3)}`);
  }
}

// What the app's rule (takeSecondOpinion's default) does, leave one split out: the \`other\`s it
// makes something else, and the real kinds it still misses.
const app = (r: Row, p: MailModelOpinion): MailKind => (r.rules === 'other' && !r.isOwn ? takeSecondOpinion(p) ?? 'other' : r.rules);
const broken = [...loso.lr].filter(([r, p]) => r.kind === 'other' && r.rules === 'other' && app(r, p) !== 'other');
console.log(`\nleave one split out, the app's rule on the logistic model: \`other\` made something else: ${broken.map(([r, p]) => `${r.split}/${r.file} → ${p.kind} ${p.probability.toFixed(2)}`).join(', ')}`);
const missed = [...loso.lr].filter(([r, p]) => r.rules === 'other' && !r.isOwn && r.kind !== 'other' && app(r, p) !== r.kind);
console.log(`real kinds the rules call \`other\` that it still misses: ${missed.map(([r, p]) => `${r.split}/${r.file} ${r.kind} → ${p.kind} ${p.probability.toFixed(2)}`).join(', ')}`);

// Where each model alone is wrong, by true kind against its kind (leave-one-split-out).
for (const m of ['nb', 'lr'] as const) {
  const confusion = new Map<string, number>();
  for (const [r, p] of loso[m]) if (p.kind !== r.kind) confusion.set(`${r.kind} → ${p.kind}`, (confusion.get(`${r.kind} → ${p.kind}`) ?? 0) + 1);
  console.log(`${m === 'nb' ? 'naive Bayes' : 'logistic'} alone, leave one split out, its misses: ${[...confusion].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

try {
  const size = statSync(MODEL_FILE).size;
  let t = performance.now();
  const json = readFileSync(MODEL_FILE, 'utf8');
  const model = mailModelFromJson(json);
  const loadMs = performance.now() - t;
  t = performance.now();
  for (const r of rows) model.predict(r.features);
  console.log(`committed model: ${(size / 1024).toFixed(0)} KB, read and loaded in ${loadMs.toFixed(1)} ms, ${((performance.now() - t) / rows.length).toFixed(3)} ms a message to predict`);
} catch {
  console.log('committed model: none (run scripts/build-mail-model.ts)');
}
