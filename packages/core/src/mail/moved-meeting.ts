// A meeting being moved, and its new slot set out further on: "we have to move our interview:
// Monday is out. Instead of Monday at 2pm we propose Tuesday 8 December at 11am", "wir müssen
// unser Gespräch verschieben …", "nous devons décaler notre entretien …", "tenemos que cambiar la
// entrevista …", "we moeten ons gesprek verzetten …". The meeting is named in the sentence that
// moves it, the day and the time in a paragraph after it, past the reach of a day, a time and a
// meeting read in one stretch (meetings.ts). Where the old slot stands beside the new one, the
// interview reader takes the new one (interview.ts).
import type { PhraseRule } from './phrase-rule';
import { DAY, TIME } from './meetings';

// The meeting, by its name in the five languages.
const MEETING = String.raw`(?:interview|call|meeting|chat|onsite|Gespräch|Vorstellungsgespräch|Termin|Telefonat|entretien|rendez-vous|entrevista|reunión|llamada|cita|gesprek|sollicitatiegesprek|afspraak)`;
// The verb that moves it, in any form.
const MOVE = String.raw`(?:re-?schedul|move|moving|postpon|push\s+back|verschieb|verschoben|verleg|déplac|décal|report|cambi|mover|aplaz|pospon|reprogram|traslad|verzet|verplaats|uitstel|uitgesteld)\p{L}*`;

export const MOVED_MEETING_RULES: PhraseRule[] = [
  { kind: 'interview_invitation', weight: 3, re: new RegExp(String.raw`(?:(?<!\p{L})${MEETING}(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})${MOVE}(?!\p{L})|(?<!\p{L})${MOVE}(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})${MEETING}(?!\p{L}))[\s\S]{0,400}?(?:${DAY})[^.!?\n]{0,40}?(?:${TIME})`, 'iu') },
];
