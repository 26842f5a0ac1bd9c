import { describe, expect, it } from 'vitest';
import { classifyMail } from '@secondround/core';
import { parsePastedMail, looksLikeRawMessage } from './parse';
import { scanRawMail } from './scan';

const HEAD = 'From: "Orbit Foods" <noreply@smartrecruiters.com>\r\nTo: a@example.net\r\nSubject: =?UTF-8?Q?Einladung_zum_Gespr=C3=A4ch?=\r\nDate: Tue, 10 Nov 2026 09:30:00 +0100\r\nMessage-ID: <abc@x>\r\nMIME-Version: 1.0\r\n';

describe('scanRawMail on whole messages', () => {
  it('decodes quoted-printable UTF-8 and the encoded subject, and keeps the Date offset', async () => {
    const raw = `${HEAD}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nWir laden Sie herzlich zu einem Vorstellungsgespr=C3=A4ch am 17.11.2026 um 10:00 Uhr ein.\r\n`;
    const { messageId, message } = scanRawMail(raw);
    expect(messageId).toBe('<abc@x>');
    expect(message.subject).toBe('Einladung zum Gespräch');
    expect(message.offsetMinutes).toBe(60);
    const r = classifyMail(message);
    expect(r.kind).toBe('interview_invitation');
    expect(r.interview).toMatchObject({ date: '2026-11-17', time: '10:00', zone: 'Europe/Berlin', start: '2026-11-17T09:00:00.000Z' });
  });

  it('decodes base64 and ISO-8859-1 bodies', async () => {
    const b64 = Buffer.from('Leider müssen wir Ihnen absagen.').toString('base64');
    const a = scanRawMail(`${HEAD}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n`);
    expect(a.message.text).toContain('müssen');
    const latin = Buffer.concat([Buffer.from(`${HEAD}Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`), Buffer.from('Wir bedauern, Ihnen mitteilen zu müssen: für andere Bewerber entschieden.\r\n', 'latin1')]);
    const b = scanRawMail(latin);
    expect(b.message.text).toContain('müssen');
    expect(classifyMail(b.message).kind).toBe('rejection');
  });

  it('reads an HTML-only message through its HTML, with no soft line breaks in names', async () => {
    const html = '<p>Dear Alex,</p><p>Thank you for your interest in the position. We regret to inform you that we have decided to move forward with other candidates for the Senior Regional Supply Chain Planning Manager role.</p>';
    const { message } = scanRawMail(`${HEAD}Content-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`);
    expect(message.text).toBe('');
    const r = classifyMail(message);
    expect(r.kind).toBe('rejection');
    expect(r.role).toBe('Senior Regional Supply Chain Planning Manager');
  });

  it('hands over an attached calendar invitation', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261120T150000Z\r\nDTEND:20261120T160000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const raw = `${HEAD}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee the invitation attached.\r\n--b\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(ics).toString('base64')}\r\n--b--\r\n`;
    const { message } = scanRawMail(raw);
    expect(message.calendars).toHaveLength(1);
    const r = classifyMail(message);
    expect(r.kind).toBe('interview_invitation');
    expect(r.interview).toMatchObject({ date: '2026-11-20', time: '15:00', zone: 'UTC', start: '2026-11-20T15:00:00.000Z', fromCalendar: true });
  });

  it('survives broken MIME and an unknown charset without throwing', async () => {
    const raw = `${HEAD}Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n--never-closed\r\nContent-Type: text/plain; charset=x-unknown-9\r\n\r\nUnfortunately we will not be moving forward with your application.\r\n`;
    const { message } = scanRawMail(raw);
    expect(classifyMail(message).kind).toBe('rejection');
  });
});

describe('parsePastedMail', () => {
  it('reads pasted text with a From/Subject block, and a pasted body without headers as a body', async () => {
    const pasted = 'From: Priya Raman <priya@harborhealth.com>\nSubject: Offer\n\nWe would like to offer you the Product Designer role at Harbor Health!';
    expect(looksLikeRawMessage('Hi Alex,\nFrom: our side, thanks.\nSubject: none')).toBe(false);
    const { message } = await parsePastedMail(pasted);
    const r = classifyMail(message);
    expect(r).toMatchObject({ kind: 'offer', company: 'Harbor Health', role: 'Product Designer' });
    expect(looksLikeRawMessage(`${HEAD}\r\nbody`)).toBe(true);
  });
});
