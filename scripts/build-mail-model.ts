/**
 * Writes `packages/core/src/mail/model.json`: the mail model (multinomial logistic regression over
 * words and word pairs, see `packages/core/src/mail/model.ts`) trained on every labelled split of
 * bench/data/mail but those not yet measured unseen (`UNSEEN_MAIL_SPLITS`). Run `node node_modules/tsx/dist/cli.mjs scripts/build-mail-model.ts` after a
 * split is added or a label changes; the app reads only the committed file, and a test fails when
 * the file is not what this script builds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featuresOfMail, trainMailModel, type MailModelExample } from '../packages/core/src/mail/model';
import { mailSplitNames, readMailSplit } from './mail-splits';

/** Every labelled message of every split, as training examples, splits and files in name order. */
export function mailExamples(splits = mailSplitNames()): MailModelExample[] {
  return splits.flatMap((name) => readMailSplit(name).mail.map((m) => ({ features: featuresOfMail(m.message), kind: m.kind })));
}

export const MODEL_FILE = join(import.meta.dirname, '../packages/core/src/mail/model.json');

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const examples = mailExamples();
  const json = trainMailModel(examples).toJson();
  writeFileSync(MODEL_FILE, json);
  console.log(`${MODEL_FILE}: ${examples.length} messages, ${(json.length / 1024).toFixed(0)} KB`);
}
