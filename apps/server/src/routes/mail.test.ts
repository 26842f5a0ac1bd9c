import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@secondround/store';
import { createApp } from '../app';
import { CLOSED, NEWSLETTER, RECEIVED, REJECTED } from '../services/mail-fixtures';

let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  store = await openStore({ file: ':memory:' });
  app = createApp({ store, mode: 'personal', version: 'test' });
  return () => store.close();
});

function post(path: string, body: BodyInit, type: string) {
  return app.request(`http://localhost/api${path}`, { method: 'POST', headers: { 'Content-Type': type }, body, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
}
const get = (path: string) => app.request(`http://localhost/api${path}`);
const mbox = (...messages: string[]) => messages.map((m) => `From someone@example Mon Nov  2 10:00:00 2026\n${m}\n`).join('');
/** A streamed upload: `head`, then 70 MB of base64 attachment lines in 1 MB pieces, then `tail`. */
function withBigAttachment(head: string, tail: string): ReadableStream<Uint8Array> {
  const chunkOf = Buffer.from(`${'A'.repeat(76)}\n`.repeat(13_000));
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(Buffer.from(head));
    },
    pull(c) {
      if (sent < 70 * 1024 * 1024) {
        sent += chunkOf.length;
        c.enqueue(chunkOf);
        return;
      }
      c.enqueue(Buffer.from(tail));
      c.close();
    },
  });
}

type Proposal = { id: string; status: string; newApplication: { company: string } | null; application: { id: string } | null; event: { stage: string; reason: string | null }; message: { kind: string } };

describe('mail routes', () => {
  it('pastes a message, lists its proposal, shows its source, and accepts it into a new application', async () => {
    const res = await post('/mail/paste', JSON.stringify({ text: CLOSED }), 'application/json');
    expect(res.status).toBe(201);
    const body = (await res.json()) as { duplicate: boolean; classification: { kind: string }; proposal: Proposal };
    expect(body).toMatchObject({ duplicate: false, classification: { kind: 'position_closed', company: 'Orbit Foods' }, proposal: { status: 'proposed', newApplication: { company: 'Orbit Foods', role: 'Planner' }, event: { stage: 'position_closed' } } });
    const list = (await (await get('/mail-proposals?status=proposed')).json()) as { proposals: Proposal[]; counts: Record<string, number> };
    expect(list.proposals.map((p) => p.id)).toEqual([body.proposal.id]);
    expect(list.counts).toEqual({ proposed: 1, accepted: 0, rejected: 0 });
    const src = (await (await get(`/mail-proposals/${body.proposal.id}/message`)).json()) as { subject: string; body: string; origin: string };
    expect(src).toMatchObject({ subject: 'Update on the Planner position', origin: 'paste' });
    expect(src.body).toContain('cancelled due to a budget freeze');
    const decided = (await (await post('/mail-proposals/decide', JSON.stringify({ ids: [body.proposal.id, 'unknown'], decision: 'accept' }), 'application/json')).json()) as { results: Array<Record<string, unknown>> };
    expect(decided.results).toEqual([
      { id: 'unknown', error: { code: 'NOT_FOUND', message: expect.any(String) } },
      { id: body.proposal.id, status: 'accepted', changed: true, applicationId: expect.any(String), eventId: expect.any(String), isNewApplication: true, note: null, interviewId: null },
    ]);
    const detail = (await (await get(`/applications/${decided.results[1]!.applicationId as string}`)).json()) as { company: string; stage: string; events: Array<{ stage: string; reason: string | null }> };
    expect(detail).toMatchObject({ company: 'Orbit Foods', stage: 'position_closed' });
    expect(detail.events.at(-1)!.reason).toMatch(/budget freeze/);
    // The Diagnosis counts it as the employer's plans, not the person.
    const diagnosis = (await (await get('/diagnosis')).json()) as { notYou: { count: number; applications: Array<{ company: string; reason: string | null }> } };
    expect(diagnosis.notYou.count).toBe(1);
    expect(diagnosis.notYou.applications[0]).toMatchObject({ company: 'Orbit Foods', reason: expect.stringMatching(/budget freeze/) });
    // The same text again: its proposal, nothing new.
    const again = (await (await post('/mail/paste', JSON.stringify({ text: CLOSED }), 'application/json')).json()) as { duplicate: boolean; proposal: Proposal };
    expect(again).toMatchObject({ duplicate: true, proposal: { id: body.proposal.id, status: 'accepted' } });
  });

  it('proposes a step on the application a message is dropped on, and refuses an unknown one', async () => {
    const created = (await (await post('/applications', JSON.stringify({ company: 'Harbor Health', role: 'Designer', stage: 'applied', stageDate: '2026-11-01' }), 'application/json')).json()) as { id: string };
    const res = await post(`/mail/eml?applicationId=${created.id}&name=reply.eml`, REJECTED, 'message/rfc822');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ proposal: { application: { id: created.id, company: 'Harbor Health' }, event: { stage: 'rejected' } } });
    const missing = await post('/mail/eml?applicationId=nope', RECEIVED, 'message/rfc822');
    expect(missing.status).toBe(404);
    const newsletter = (await (await post('/mail/eml', NEWSLETTER, 'message/rfc822')).json()) as { classification: { kind: string }; proposal: unknown };
    expect(newsletter).toMatchObject({ classification: { kind: 'other' }, proposal: null });
  });

  it('reads broken MIME and an unknown charset, and says so for an empty upload', async () => {
    const broken = 'From: "Acme" <jobs@acme.example>\nSubject: Your application\nMessage-ID: <broken@x>\nContent-Type: multipart/mixed; boundary="never"\n\n--never\nContent-Type: text/plain; charset=x-unknown-9\n\nUnfortunately we will not be moving forward with your application for the Analyst role at Acme.\n';
    const res = await post('/mail/eml', broken, 'message/rfc822');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ classification: { kind: 'rejection' } });
    const empty = await post('/mail/eml', '', 'message/rfc822');
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: 'EMPTY_FILE' } });
  });

  it('imports an uploaded mailbox as it streams in, and a second upload changes nothing', async () => {
    const box = mbox(RECEIVED, REJECTED, NEWSLETTER);
    const first = await post('/mail/mbox?name=takeout.mbox', box, 'application/mbox');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ read: 3, imported: 3, proposed: 2, duplicates: 0, failed: 0, isTruncated: false, bytes: expect.any(Number) });
    const second = await post('/mail/mbox', box, 'application/mbox');
    expect(await second.json()).toMatchObject({ read: 3, imported: 0, duplicates: 3, proposed: 0 });
    const notMbox = await post('/mail/mbox', 'Hello, this is a letter.\n', 'application/mbox');
    expect(notMbox.status).toBe(422);
    expect(await notMbox.json()).toMatchObject({ error: { code: 'NOT_MBOX', message: expect.stringMatching(/not an mbox file/) } });
  });

  it('reads an uploaded .eml with a 70 MB attachment by its text, as it streams in', async () => {
    const head = `From: "Quillstone" <no-reply@hire.lever.co>\nSubject: Your offer\nDate: Mon, 16 Nov 2026 10:00:00 +0000\nMessage-ID: <big-eml@x>\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nWe are delighted to offer you the Data Analyst role at Quillstone. The contract is attached.\n--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="contract.pdf"\nContent-Transfer-Encoding: base64\n\n`;
    const body = withBigAttachment(head, '--b--\n');
    const res = await post('/mail/eml?name=offer.eml', body, 'message/rfc822');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ duplicate: false, classification: { kind: 'offer', company: 'Quillstone' }, proposal: { event: { stage: 'offer' } } });
  });

  it('imports a message with a 70 MB attachment by its text, the attachment dropped unread, reading the upload in chunks', async () => {
    const head = `From a Mon Nov  2 10:00:00 2026\nFrom: "Quillstone" <no-reply@hire.lever.co>\nSubject: Your application to Quillstone\nDate: Mon, 16 Nov 2026 10:00:00 +0000\nMessage-ID: <big@x>\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nThank you for your interest in the Data Analyst role at Quillstone. Unfortunately we have decided not to move forward with your application. Your file is attached.\n--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="file.bin"\nContent-Transfer-Encoding: base64\n\n`;
    const body = withBigAttachment(head, `--b--\n\n${mbox(CLOSED)}`);
    const res = await post('/mail/mbox?name=big.mbox', body, 'application/mbox');
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { read: number; imported: number; failed: number; errors: Array<{ source: string; code: string; message: string }> };
    expect(summary).toMatchObject({ read: 2, imported: 2, proposed: 2, failed: 0, errors: [] });
    expect((summary as unknown as { bytes: number }).bytes).toBeGreaterThan(70 * 1024 * 1024);
    const list = (await (await get('/mail-proposals')).json()) as { proposals: Array<{ id: string; event: { stage: string } }> };
    const rejected = list.proposals.find((p) => p.event.stage === 'rejected')!;
    const src = (await (await get(`/mail-proposals/${rejected.id}/message`)).json()) as { subject: string; body: string };
    expect(src).toMatchObject({ subject: 'Your application to Quillstone', body: expect.stringContaining('not to move forward') });
  });
});
