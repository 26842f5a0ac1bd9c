// The helpers the kinds*.test.ts files share: a message built around one sentence, its kind as the
// classifier reads it, and assertions over lists of sentences that name the failing one. Each file
// keeps its own sender (and, where it reads the person's own mail, the person's address).
import { expect } from 'vitest';
import { classifyMail } from './classify';
import type { MailKind, MailMessage } from './schema';

export interface KindsCase {
  mail: (text: string, subject?: string, from?: MailMessage['from']) => MailMessage;
  kind: (text: string, subject?: string, from?: MailMessage['from']) => MailKind;
  /** Every sentence reads as `expected`; a failure names each sentence that does not, with its kind. */
  expectAll: (sentences: string[], expected: string) => void;
  /** No sentence reads as `unexpected`. */
  expectNone: (sentences: string[], unexpected: string) => void;
}

/**
 * Helpers for one test file: `from` is the default sender, `self` the person's own address when
 * the file reads the person's own mail (left out, the classifier is given none).
 * @example const { kind } = kindsCase({ name: 'Acme', address: 'jobs@acme.example' }); kind('We have hired someone else.') // 'rejection'
 */
export function kindsCase(from: MailMessage['from'], self?: string): KindsCase {
  const mail = (text: string, subject = 'Update', sender = from): MailMessage => ({ from: sender, subject, date: '2026-11-20T09:00:00.000Z', text });
  const kind = (text: string, subject?: string, sender?: MailMessage['from']): MailKind =>
    classifyMail(mail(text, subject, sender), self === undefined ? {} : { self: [self] }).kind;
  return {
    mail,
    kind,
    // Every sentence is read before the assertion, so a failure lists all the sentences that fail.
    expectAll: (sentences, expected) => {
      expect(sentences.map((s) => [s, kind(s)]).filter(([, k]) => k !== expected)).toEqual([]);
    },
    expectNone: (sentences, unexpected) => {
      expect(sentences.map((s) => [s, kind(s)]).filter(([, k]) => k === unexpected)).toEqual([]);
    },
  };
}
