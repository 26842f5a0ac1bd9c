// The person's own mail, told by its direction (written for these tests, none from bench/data/mail):
// a reply accepting a time, a thank-you, a withdrawal are `other` when the sender is the person.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import type { MailMessage } from './schema';

const ME = 'sam.okafor@example.net';
const ACCEPT: MailMessage = {
  from: { name: 'Sam Okafor', address: ME },
  to: [{ name: 'Lena Vos', address: 'lena@brightfield.example' }],
  subject: 'Re: Interview for the Buyer role',
  date: '2026-11-20T09:00:00.000Z',
  text: 'Hi Lena,\n\nThursday 26th at 10:00 works well for me; I will join the video call then.\n\nBest,\nSam\n\nOn Wed, 19 Nov 2026 at 16:00, Lena Vos <lena@brightfield.example> wrote:\n> Hi Sam, we would like to invite you to an interview on Thursday 26 November at 10:00 by video call.\n> Lena',
};

describe("the person's own mail", () => {
  it('reads a reply accepting a time as other when the sender is one of the person\'s addresses, and without a time', () => {
    const own = classifyMail(ACCEPT, { self: ['Sam.Okafor@example.net'] });
    expect(own.kind).toBe('other');
    expect(own.interview).toBeUndefined();
    // Without the person's address, the words alone still read as an invitation accepted.
    expect(classifyMail(ACCEPT).kind).toBe('interview_invitation');
  });

  it('reads a thank-you note and a withdrawal from the person as other', () => {
    const thanks = { ...ACCEPT, subject: 'Thank you', text: 'Dear Lena,\n\nThank you for the interview on Thursday. I would be glad to move forward and look forward to the next steps.\n\nSam' };
    const withdraw = { ...ACCEPT, subject: 'Withdrawing my application', text: 'Dear Lena,\n\nI have accepted another offer and would like to withdraw my application. We have decided to go in a different direction with my family move.\n\nSam' };
    expect(classifyMail(thanks, { self: [ME] }).kind).toBe('other');
    expect(classifyMail(withdraw, { self: [ME] }).kind).toBe('other');
  });

  it("reads mail to the person, and a message the person forwarded, by the employer's words", () => {
    const invite = { from: { name: 'Lena Vos', address: 'lena@brightfield.example' }, to: [{ name: 'Sam Okafor', address: ME }], subject: 'Interview', date: '2026-11-20T09:00:00.000Z', text: 'Hi Sam, we would like to invite you to an interview on Thursday 26 November at 10:00 by video call.' };
    expect(classifyMail(invite, { self: [ME] }).kind).toBe('interview_invitation');
    const forwarded = { ...invite, from: { name: 'Sam Okafor', address: ME }, subject: 'Fwd: Interview', text: `FYI\n\n---------- Forwarded message ---------\nFrom: Lena Vos <lena@brightfield.example>\nDate: Thu, 19 Nov 2026 16:00:00 +0000\nSubject: Interview\nTo: Sam Okafor <${ME}>\n\n${invite.text}` };
    expect(classifyMail(forwarded, { self: [ME] }).kind).toBe('interview_invitation');
  });
});
