// Replies and forwards written for these tests in the shapes mail programs give them.
import { describe, expect, it } from 'vitest';
import { readableMail } from './body';
import { classifyMail } from './classify';

const from = { name: 'Rita Vos', address: 'rita@lindeboom.example' };

describe('readableMail: a reply read apart from its quoted history', () => {
  it('cuts at an Outlook "Original Message" separator in a reply instead of reading it as a forward', () => {
    const r = readableMail({ from, subject: 'RE: Follow-up', text: 'Dear Sam,\n\nThanks for checking in. We have offered the role to another applicant.\n\nRita\n\n-----Original Message-----\nFrom: Sam <sam@example.net>\nSent: Monday, November 16, 2026 10:00 AM\nSubject: Follow-up\n\nAny news about the interview?' });
    expect(r.isForwarded).toBe(false);
    expect(r.fromAddress).toBe('rita@lindeboom.example');
    expect(r.body).toContain('another applicant');
    expect(r.body).not.toContain('Any news');
    expect(r.quoted).toContain('Any news');
  });

  it('cuts at a header block ("De: … Enviado el: …") and at a wrapped "On … wrote:" line', () => {
    const es = readableMail({ from, subject: 'RE: Entrevista', text: 'Hola, perfecto.\n\nDe: Sam <sam@example.net>\nEnviado el: lunes, 16 de noviembre de 2026 10:00\nPara: Rita\nAsunto: Entrevista\n\n¿Podría ser el jueves?' });
    expect(es.body).toBe('Hola, perfecto.');
    const en = readableMail({ from, subject: 'Re: Call', text: 'Works for me.\n\nOn Mon, Nov 16, 2026 at 10:00 AM Sam Lee <\nsam@example.net> wrote:\n> Could we talk on Friday?' });
    expect(en.body).toBe('Works for me.');
    expect(en.quoted).toContain('Could we talk on Friday?');
  });

  it('cuts an HTML-only reply at its quote block', () => {
    const r = readableMail({ from, subject: 'Re: Interview', text: '', html: '<div>We have decided to continue with another candidate.</div><div class="gmail_quote"><div>On Mon, Sam wrote:</div><blockquote>Thanks for the interview! I hope to hear from you soon.</blockquote></div>' });
    expect(r.body).toContain('another candidate');
    expect(r.body).not.toContain('hope to hear');
    expect(r.quoted).toContain('hope to hear');
  });

  it('still unwraps a forward, by its marker or its subject', () => {
    const r = readableMail({ from: { name: 'Sam', address: 'sam@example.net' }, subject: 'WG: Ihre Bewerbung', text: 'FYI\n\n-----Ursprüngliche Nachricht-----\nVon: Kranich Software <jobs@kranich.example>\nGesendet: Montag, 16. November 2026 10:00\nBetreff: Ihre Bewerbung\n\nWir laden Sie gern zu einem Gespräch ein.' });
    expect(r.isForwarded).toBe(true);
    expect(r.fromAddress).toBe('jobs@kranich.example');
    expect(r.body).toContain('Gespräch');
  });

  it('classifies a reply by what it says now, not by the quoted message', () => {
    const text = 'Hi Sam,\n\nThanks for your note. We have now made a decision and will be moving forward with someone whose background is closer to the brief.\n\nBest, Rita\n\nOn Mon, Nov 16, 2026 at 10:00 AM Sam <sam@example.net> wrote:\n> Thank you for the invitation to interview on Friday at 10:00 via Zoom. I look forward to it.';
    expect(classifyMail({ from, subject: 'Re: Interview', date: '2026-11-20T09:00:00Z', text }).kind).toBe('rejection');
  });

  it('takes the day from the quoted history when a short reply agrees to it', () => {
    const text = 'Thursday works for me, see you then!\n\nOn Fri, Nov 20, 2026 at 9:00 AM Sam <sam@example.net> wrote:\n> Could you do a video interview on Thursday 3 December at 10:00 GMT? https://zoom.us/j/123';
    const r = classifyMail({ from: { name: 'Sam Lee', address: 'sam@lindeboom.example' }, subject: 'Re: Interview', date: '2026-11-20T10:00:00Z', text });
    expect(r.kind).toBe('interview_invitation');
    expect(`${r.interview?.date} ${r.interview?.time}`).toBe('2026-12-03 10:00');
  });
});
