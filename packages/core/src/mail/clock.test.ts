// Messages written for these tests (none from bench/data/mail): a time that is not the
// interview's (the message's own clock, a length of time, an address, a past day, a quoted or
// forwarded header) is never given as the interview's; a time that cannot be told apart gives none.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { timesAsDigits } from './times';
import { extractInterview } from './interview';

const at = (text: string, date = '2026-12-01T16:47:00+01:00', subject = 'Interview', from = { name: 'Brandt Logistik', address: 'jobs@brandtlogistik.example' }) => {
  const c = classifyMail({ from, subject, date: new Date(date).toISOString(), offsetMinutes: Number(date.slice(-6, -3)) * 60, text });
  return c.interview ? `${c.interview.date} ${c.interview.time}` : c.kind;
};

describe('the message’s own clock is not the interview’s', () => {
  it('a relative day ("yesterday", "gisteren") carries no time and, being past, no date', () => {
    expect(at('Thanks for the call yesterday. We would like to invite you to an interview on Monday 7 December at 11:00 at our office.')).toBe('2026-12-07 11:00');
    expect(at('Bedankt voor het gesprek van gisteren. We nodigen je uit voor een tweede gesprek op dinsdag 8 december om 13:30 uur op ons kantoor.', undefined, 'Uitnodiging gesprek')).toBe('2026-12-08 13:30');
    expect(at('Merci pour notre échange d’hier. Nous vous invitons à un entretien le jeudi 10 décembre à 9h30 dans nos locaux.', undefined, 'Entretien')).toBe('2026-12-10 09:30');
  });

  it('a length of time is no clock time', () => {
    expect(at('We would like to invite you to interview on Wednesday 9 December. It will last about 50 minutes, and we will confirm the start time shortly.')).toBe('2026-12-09 null');
    expect(at('Wir laden Sie zum Vorstellungsgespräch am Freitag, 11. Dezember ein. Das Gespräch dauert etwa 45 Minuten.', undefined, 'Einladung zum Vorstellungsgespräch')).toBe('2026-12-11 null');
  });

  it('a bare weekday mentioned in passing yields to a date written with its time', () => {
    expect(at('Good to speak Friday! Next step is a technical interview.\n\nWhen: Thu 12/10, 3-4pm ET\nWhere: https://zoom.us/j/1234', '2026-12-01T09:10:00-05:00')).toBe('2026-12-10 15:00');
  });

  it('a house number after "at" is an address, not an hour', () => {
    expect(at('We would like to invite you to interview on Tuesday 8 December. Our office is at 12 Kingsway House, please ask at reception.', '2026-12-01T10:00:00+00:00')).toBe('2026-12-08 null');
  });
});

describe('headers are not the interview', () => {
  it('a forwarded header block’s date and time are the forward’s, not the meeting’s', () => {
    const text = 'See below.\n\n---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@brandtlogistik.example>\nDate: Tue, 1 Dec 2026 at 16:47\nSubject: Interview\nTo: Alex <alex@example.net>\n\nHi Alex, we would love to invite you to an interview on Monday 14 December at 10:00 in our office.';
    expect(at(text, undefined, 'Fwd: Interview', { name: 'Alex', address: 'alex@example.net' })).toBe('2026-12-14 10:00');
  });

  it('a quote attribution’s time belongs to the earlier message', () => {
    const text = 'Hi Alex, thanks, Thursday works. The interview is then on Thursday 10 December at 14:00 in our office.\n\nOn Tue, 1 Dec 2026 at 11:02, Alex Morgan <alex@example.net> wrote:\n> I am free on Thursday.';
    expect(at(text, undefined, 'Re: Interview')).toBe('2026-12-10 14:00');
  });
});

describe('stamps in the text itself', () => {
  const read = (text: string, language: string) => {
    const i = extractInterview({ text, calendars: [], date: '2026-12-01T15:47:00Z', language, senderDomain: 'example.org', offsetMinutes: 60 });
    return `${i.date} ${i.time}`;
  };
  it('"sent" and "received" stamps in five languages, and a header block’s date line, name no meeting', () => {
    expect(read('Sent: Thursday, 3 December 2026 11:02\nWe look forward to seeing you for the interview.', 'en')).toBe('null null');
    expect(read('Gesendet: Donnerstag, 3. Dezember 2026 11:02\nWir freuen uns auf das Gespräch.', 'de')).toBe('null null');
    expect(read('Envoyé : jeudi 3 décembre 2026 11:02\nAu plaisir de vous rencontrer.', 'fr')).toBe('null null');
    expect(read('Enviado el: jueves, 3 de diciembre de 2026 11:02\nNos vemos en la entrevista.', 'es')).toBe('null null');
    expect(read('Verzonden: donderdag 3 december 2026 11:02\nTot ziens op het gesprek.', 'nl')).toBe('null null');
    expect(read('From: Ana <ana@example.org>\nDate: Thursday, 3 December 2026 at 11:37\nSubject: Interview\n\nSee you on Monday 7 December at 10:00.', 'en')).toBe('2026-12-07 10:00');
    expect(read('Le jeudi 3 décembre 2026 à 11:02, Ana <ana@example.org> a écrit :\nMerci, à bientôt !', 'fr')).toBe('null null');
  });

  it('keeps a date line that labels the meeting', () => {
    expect(read('Date: Monday 7 December\nTime: 10:00\nPlace: our office', 'en')).toBe('2026-12-07 10:00');
  });
});

describe('clock times written out', () => {
  it('reads English quarters and halves, and the Flemish hour', () => {
    expect(timesAsDigits('at half past two')).toBe('at 14:30');
    expect(timesAsDigits('at quarter past ten in the morning')).toBe('at 10:15 in the morning');
    expect(timesAsDigits('at a quarter to three')).toBe('at 14:45');
    expect(at('Kan je langskomen op woensdag 9/12 om 15u voor een gesprek op ons kantoor?', undefined, 'Uitnodiging gesprek')).toBe('2026-12-09 15:00');
  });
});
