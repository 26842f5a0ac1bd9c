import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';

function classify(...args: string[]) {
  const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', 'mail', 'classify', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('secondround mail classify', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'secondround-mail-cli-'));
  const eml = join(dir, 'invite.eml');
  writeFileSync(eml, 'From: "Harbor Health" <no-reply@hire.lever.co>\r\nSubject: Interview for Product Designer\r\nDate: Mon, 16 Nov 2026 10:00:00 -0500\r\nMessage-ID: <1@x>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nWe would like to invite you to an interview for the Product Designer role on Thursday, November 19 at 2:00 PM ET. Zoom: https://zoom.us/j/55=\r\n5\r\n');
  const pasted = join(dir, 'pasted.txt');
  writeFileSync(pasted, 'Unfortunately, the Buyer position has been cancelled due to budget cuts, so we are closing the search.');

  it('prints one contract line per message with --json', () => {
    const r = classify(eml, pasted, '--json');
    expect(r.code).toBe(0);
    const [a, b] = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a).toMatchObject({ file: eml, kind: 'interview_invitation', company: 'Harbor Health', role: 'Product Designer', interview: { date: '2026-11-19', time: '14:00', zone: 'America/New_York', link: 'https://zoom.us/j/555', format: 'video' } });
    expect(b).toMatchObject({ file: pasted, kind: 'position_closed' });
    expect(typeof a!.confidence).toBe('number');
  });

  it('reads an mbox one message at a time: one line per message, a skipped one said on stderr', () => {
    const box = join(dir, 'box.mbox');
    const m = (body: string) => `From: "Orbit Foods" <noreply@smartrecruiters.com>\nSubject: Planner\nDate: Mon, 02 Nov 2026 10:00:00 +0000\n\n${body}\n`;
    writeFileSync(box, `From a Mon Nov  2 10:00:00 2026\n${m('We have received your application for the Planner role.')}\nFrom a Mon Nov  2 11:00:00 2026\n${m('Unfortunately we have decided not to move forward with your application.')}`);
    const r = classify(box, '--json');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; kind: string });
    expect(lines.map((l) => [l.file, l.kind])).toEqual([[`${box}#1`, 'application_received'], [`${box}#2`, 'rejection']]);
    writeFileSync(join(dir, 'bad.mbox'), 'not a mailbox\n');
    const bad = classify(join(dir, 'bad.mbox'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not an mbox file/);
  });

  it("reads the person's own mail as other, by --me or by the addresses in the database", async () => {
    // The person's own message accepting a time reads as an invitation by its words.
    const own = join(dir, 'own.eml');
    writeFileSync(own, 'From: Sam Lee <Sam.Lee@example.net>\r\nTo: Jo <jo@harbor.example>\r\nSubject: Re: Interview\r\nDate: Mon, 16 Nov 2026 10:00:00 +0000\r\n\r\nHi Jo, I would like to schedule the interview on Thursday, November 19 at 2:00 PM. Does that work for you?\r\n');
    const empty = join(mkdtempSync(join(tmpdir(), 'secondround-mail-cli-')), 'none.db');
    const kindOf = (...args: string[]) => (JSON.parse(classify(own, '--json', ...args).out) as { kind: string }).kind;
    expect(kindOf('--data', empty)).toBe('interview_invitation');
    expect(existsSync(empty)).toBe(false);
    expect(kindOf('--data', empty, '--me', 'sam.lee@example.net')).toBe('other');
    const data = join(mkdtempSync(join(tmpdir(), 'secondround-mail-cli-')), 'db.sqlite');
    const store = await openStore({ file: data });
    await store.settings.update(LOCAL_OWNER_ID, { imap: { host: '127.0.0.1', port: 143, security: 'none', user: 'sam.lee@example.net', password: 'x', folder: null } });
    await store.close();
    expect(kindOf('--data', data)).toBe('other');
    const bad = classify(own, '--me', 'not-an-address', '--data', empty);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not an e-mail address/);
  });

  it('says what is wrong with a missing file in one line and exits 1', () => {
    const r = classify(join(dir, 'missing.eml'), '--json');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/no such file/);
  });
});
