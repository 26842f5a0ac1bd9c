// A message relayed inside a machine's frame: a phone system's voicemail transcript, a job board's
// or a tracker app's "you have a new message" notice, a relayed text message. The frame is short
// machine text around one quoted block that is the message itself: field lines above it ("Caller:
// …", "Anrufer: …", "De : …", "Duración: …", "Van: …") or an action line with a link under it
// ("Listen to the message: https://…", "Reply on …: https://…", "Nachricht anhören: https://…").
// The frame is found by that shape alone, in any language; the block inside is what the sender of
// the message said to the person, and the frame's product (the phone service, the board, the app)
// is no party to it.

/** A framed message: the quoted block's words without their quotation marks, and where it stands in the body. */
export interface FramedMessage {
  inner: string;
  start: number;
  end: number;
}

// The quotation marks that open and close a block, each opener with its closers.
const CLOSERS: Record<string, string> = { '"': '"', '“': '”“', '„': '“”', '«': '»', '»': '«' };
// A field line of a machine header: a short label, a colon, a value ("Anrufer: 0421 …", "Length: 0:58").
const FIELD_LINE = /^[ \t]*\p{L}[\p{L} .'’/()-]{0,30}[ \t]*:[ \t]*\S[^\n]{0,80}$/u;
// A short line that carries a link: a notification's button rendered as text.
const LINK_LINE = /^[^\n]{0,100}?https?:\/\/\S+[^\n]{0,40}$/u;
// The block is the message, not a phrase cited in passing: long enough to say something.
const MIN_BLOCK = 80;
// The frame around it is short machine text.
const MAX_FRAME = 900;

/** The one quoted block that fills its lines: it opens a line and closes the same or a later line of its paragraph. */
function quotedBlock(body: string): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (const para of body.matchAll(/[^\n]+(?:\n[ \t]*\S[^\n]*)*/g)) {
    const text = para[0];
    // The block may stand under a header line of its paragraph ("Transcript:", "Acme · Buyer").
    for (const line of text.matchAll(/[^\n]+/g)) {
      const at = line.index + /^[ \t]*/.exec(line[0])![0].length;
      const opener = text[at]!;
      const closers = CLOSERS[opener];
      if (!closers) continue;
      const tail = text.slice(at).trimEnd();
      if (!closers.includes(tail[tail.length - 1]!) || tail.length < MIN_BLOCK) break;
      if (found) return null;
      found = { start: para.index + at, end: para.index + at + tail.length };
      break;
    }
  }
  return found;
}

/**
 * The message inside a machine's frame, or null: one long quoted block, the rest of the body short,
 * with field lines above the block or a line carrying a link right under it.
 * @example framedMessage('You have a new voicemail.\n\nFrom: +44 20 7946 0000\nLength: 0:41\n\nTranscript:\n"Hi Alex, it\'s Sam from Acme about the buyer role. We have decided to go with another candidate. Best of luck."\n\nListen: https://vm.example/1')?.inner.startsWith('Hi Alex') // true
 */
export function framedMessage(body: string): FramedMessage | null {
  const block = quotedBlock(body);
  if (!block) return null;
  const before = body.slice(0, block.start);
  const after = body.slice(block.end);
  if (before.length + after.length > MAX_FRAME || (block.end - block.start) * 2 < (before.length + after.length) * 0.8) return null;
  const fields = before.split('\n').filter((l) => FIELD_LINE.test(l) && !LINK_LINE.test(l)).length;
  const next = after.split('\n').find((l) => l.trim() !== '') ?? '';
  if (fields < 2 && !LINK_LINE.test(next)) return null;
  return { inner: body.slice(block.start + 1, block.end - 1).trim(), start: block.start, end: block.end };
}
