import { readFileSync } from 'node:fs';
import { mailModelFromJson, type MailModel } from '@secondround/core';

/** The setting that turns the mail model's second opinion off (`0`), for the mail import and `mail classify` alike. */
export const SECOND_OPINION_SETTING = 'SECONDROUND_MAIL_SECOND_OPINION';

// The committed model, beside the code that trains it (scripts/build-mail-model.ts). The CLI
// bundle keeps this module's own location, so the file is found from source and bundle alike.
const MODEL_URL = new URL('../../../core/src/mail/model.json', import.meta.url);

// Read once per process, the first time any import or command asks.
let model: MailModel | undefined;

/**
 * The mail model, for `classifyMail`'s `secondOpinion`, unless the setting is `0` (then undefined:
 * the rules alone). On by default since the fourth fresh split measured for it (bench/mail-model.md). The model is read the first time it is asked, which is only when
 * the rules say `other`; a run whose rules never do never reads it.
 * @example classifyMail(message, { self, secondOpinion: mailSecondOpinion() })
 */
export function mailSecondOpinion(env: Record<string, string | undefined> = process.env): (() => MailModel) | undefined {
  if (env[SECOND_OPINION_SETTING] === '0') return undefined;
  return () => (model ??= mailModelFromJson(readFileSync(MODEL_URL, 'utf8')));
}
