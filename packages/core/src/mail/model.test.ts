import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { featuresOfMail, mailFeatures, mailModelFromJson, trainMailModel } from './model';
import type { MailKind } from './schema';

const model = mailModelFromJson(readFileSync(join(import.meta.dirname, 'model.json'), 'utf8'));
const from = { name: 'Hartwell Pumps', address: 'careers@hartwellpumps.example' };

// Clear messages of each kind, written for this test (none is from a labelled split).
const CLEAR: Array<[MailKind, string, string]> = [
  ['application_received', 'We have received your application', 'Dear Sam,\n\nThank you for applying for the Pump Technician position at Hartwell Pumps. We have received your application and our team will review it. We will get back to you as soon as possible.\n\nKind regards,\nHartwell Pumps Recruiting'],
  ['interview_invitation', 'Interview invitation – Pump Technician', 'Dear Sam,\n\nWe would like to invite you to an interview for the Pump Technician position. Would Thursday 10 December at 14:00 work for you? The interview will take place via Microsoft Teams and last about 45 minutes.\n\nBest regards,\nJane'],
  ['rejection', 'Your application for Pump Technician', 'Dear Sam,\n\nThank you for your interest in the Pump Technician position. Unfortunately, we have decided not to move forward with your application, as we have chosen another candidate whose experience more closely matches our needs.\n\nWe wish you every success in your job search.\n\nKind regards,\nHartwell Pumps'],
  ['offer', 'Job offer – Pump Technician', 'Dear Sam,\n\nWe are delighted to offer you the position of Pump Technician at Hartwell Pumps, with a starting salary of 42,000 per year and a start date of 4 January. Please find the offer letter and contract attached; sign and return it by Friday.\n\nWelcome to the team!'],
  ['position_closed', 'Update on the Pump Technician position', 'Dear Sam,\n\nWe are writing to let you know that the Pump Technician position has been cancelled due to a hiring freeze. The vacancy is on hold and will not be filled this year, so the recruitment process has been closed for all candidates.\n\nKind regards,\nHartwell Pumps'],
  ['other', '12 new jobs for you this week', 'New jobs matching your search "technician": Field Technician at Norfield, Pump Engineer at Calloway, Service Technician at Brightwater. View all jobs. You receive this job alert because you subscribed. Unsubscribe or manage your alerts.'],
  ['rejection', 'Ihre Bewerbung als Pumpentechniker', 'Sehr geehrter Herr Berg,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben. Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen'],
  ['interview_invitation', 'Invitation à un entretien', 'Bonjour Sam,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de technicien le jeudi 10 décembre à 14h00 dans nos locaux. Merci de nous confirmer votre disponibilité.\n\nCordialement'],
];

describe('mail model', () => {
  for (const [kind, subject, text] of CLEAR) {
    it(`reads a clear ${kind} (${subject}) as ${kind}`, () => {
      expect(model.predict(featuresOfMail({ from, subject, text, html: null })).kind).toBe(kind);
    });
  }

  it('gives the same opinion for the same message, and features that do not depend on their order of reading', () => {
    const [, subject, text] = CLEAR[2]!;
    const a = model.predict(featuresOfMail({ from, subject, text, html: null }));
    const b = model.predict(featuresOfMail({ from, subject, text, html: null }));
    expect(b).toEqual(a);
    expect(a.probability).toBeGreaterThan(0.5);
    const features = featuresOfMail({ from, subject, text, html: null });
    expect(model.predict([...features].reverse())).toEqual(a);
  });

  it('reads words, word pairs, the subject apart, any number as one token and the language', () => {
    const f = mailFeatures('Offer 2026', 'We’re delighted to offer you 42,000.', 'en');
    expect(f).toEqual(expect.arrayContaining(['lang:en', 'subject:offer', 'subject:<num>', "we're", "we're delighted", 'offer you', '<num>']));
    expect(f.some((x) => /\d/.test(x))).toBe(false);
  });

  it('names the interview, the application, the position and the candidate by one token in any of the five languages', () => {
    const concepts = (subject: string, body: string) => mailFeatures(subject, body, 'xx').filter((x) => x.startsWith('concept:')).sort();
    const all = ['concept:application', 'concept:candidate', 'concept:interview', 'concept:position'];
    expect(concepts('Interview', 'Your application for the position: the other candidates')).toEqual(all);
    expect(concepts('Vorstellungsgespräch', 'Ihre Bewerbung auf die Stelle: die anderen Bewerber')).toEqual(all);
    expect(concepts('Entretien', 'Votre candidature au poste : les autres candidats')).toEqual(all);
    expect(concepts('Sollicitatiegesprek', 'Uw sollicitatie voor de vacature: de andere kandidaten')).toEqual(all);
    expect(concepts('Lunch on Friday', 'See you at the parents evening')).toEqual([]);
  });

  it('trains deterministically: the same examples give the same JSON, and the JSON gives the same model', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom<MailKind>('rejection', 'offer', 'other'), fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'), { minLength: 1, maxLength: 6 })), { minLength: 12, maxLength: 30 }), (rows) => {
      const examples = [...rows, ['rejection', ['a', 'b', 'c', 'd', 'e', 'f']], ['offer', ['g', 'h', 'i', 'j', 'k', 'l']], ['rejection', ['a', 'b', 'c', 'd', 'e', 'f']], ['offer', ['g', 'h', 'i', 'j', 'k', 'l']]].map(([kind, features]) => ({ kind: kind as MailKind, features: features as string[] }));
      const one = trainMailModel(examples);
      const two = trainMailModel(examples);
      expect(two.toJson()).toBe(one.toJson());
      const again = mailModelFromJson(one.toJson());
      for (const e of examples) expect(again.predict(e.features)).toEqual(one.predict(e.features));
    }), { numRuns: 20 });
  });

  it('says `other` with no confidence when it knows none of the words', () => {
    expect(model.predict(['zzqx', 'zzqx qqxz'])).toEqual({ kind: 'other', probability: 0.5 });
  });
});

describe('the committed model in memory', () => {
  it('is kept packed and gives back its JSON text exactly', () => {
    const json = readFileSync(join(import.meta.dirname, 'model.json'), 'utf8');
    expect(mailModelFromJson(json).toJson()).toBe(json);
  });
});
