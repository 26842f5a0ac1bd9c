import type { Token } from './text';

/**
 * Whether a name is the one the sentence speaks to: "Thanks again, Priya, for…", "Priya, it was
 * great to meet you", "…for your time, Priya." A name in its own commas or closing a thanks.
 */
export function isAddressed(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const after = text.slice(t.end, t.end + 3);
  if (/\b(?:thanks|thank\s+you|cheers)(?:\s+(?:again|so\s+much|very\s+much))?\s*,\s*$/i.test(before) && /^\s*[,.!;:]/.test(after)) return true;
  if (t.isSentenceStart && /^,/.test(after)) return true;
  return /,\s*$/.test(before) && /^\s*[.!?](?:\s|$)/.test(after) && /\b(?:you|your)\b[^.!?\n]*,\s*$/i.test(before);
}

/**
 * Whether the sentence thanks the person for what only an interviewer gave: "please thank Kevin
 * for his time", "thanks to Ana for the conversation". Thanks for setting it up, for the coffee
 * or for organising are for someone who was not necessarily there.
 */
export function isThankedAsInterviewer(text: string, t: Token): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('.', t.start), text.lastIndexOf('!', t.start), text.lastIndexOf('?', t.start), text.lastIndexOf('\n', t.start)) + 1;
  const rest = text.slice(t.end, t.end + 160);
  const sentenceEnd = rest.search(/[.!?\n]/);
  const before = text.slice(sentenceStart, t.start);
  const after = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  if (!/\bthank/i.test(before + after)) return false;
  return /^(?:['’]s)?[^,;]{0,30}?\bfor\s+(?:(?:his|her|their|your)\s+(?:time|insights?|questions)|the\s+(?:interview|conversation|chat|call|discussion)|(?:interviewing|meeting|speaking|talking)\s+(?:me|with)\b)/i.test(after);
}

/**
 * Whether the note thanks its reader for the interview itself: for their time, the interview, the
 * conversation, meeting or speaking with the writer, the chance to interview, or says it was a
 * pleasure to meet them. A note that thanks someone for arranging, scheduling or a reminder is
 * written to whoever set things up, not to an interviewer.
 * @example readsAsInterviewThanks('Thank you for your time yesterday.') // true
 * @example readsAsInterviewThanks('Thanks for setting up the loop so quickly.') // false
 */
export function readsAsInterviewThanks(text: string): boolean {
  return INTERVIEW_THANKS.some((re) => re.test(text));
}

const INTERVIEW_THANKS = [
  /\b(?:thanks?|thank\s+you|grateful|appreciated?)\b[^.!?\n]{0,40}?\bfor\s+(?:(?:taking|making|giving\s+me)\s+)?(?:(?:your|the|our|today['’]s|yesterday['’]s)\s+)?(?:(?:(?:kind|valuable)\s+)?time|(?:(?:technical|final|panel|second|first|onsite|on-site|video|great|lovely|insightful)\s+)?(?:interview|conversation|chat|discussion|talk|meeting)(?!\s+(?:room|schedule|details|slot|link|invite|invitation)))\b/i,
  /\b(?:thanks?|thank\s+you|grateful|appreciated?)\b[^.!?\n]{0,40}?\bfor\s+(?:interviewing|meeting|speaking|talking|chatting)\s+(?:me|with)\b/i,
  /\bopportunity\s+to\s+(?:interview|meet|speak|talk)\b/i,
  /\b(?:(?:meet|meeting|speak|speaking|talk|talking|chat|chatting)\s+with|interviewing)\s+me\b/i,
  /\b(?:pleasure|great|lovely|nice|good|wonderful)\s+(?:to\s+)?(?:meet|meeting|speak|speaking|talk|talking|chat|chatting)\s+(?:with\s+)?you\b/i,
  /\benjoyed\s+(?:our|the|today['’]s|yesterday['’]s)\s+(?:interview|conversation|chat|discussion|talk)\b/i,
];
