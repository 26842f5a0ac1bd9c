// A rejection said as a short "no" drawn as the consequence of what came before: "so not this
// time", "así que esta vez no", "o sea que por esta vez no", "also diesmal nicht", "donc pas cette
// fois", "dus deze keer niet". The connective ("so", "así que", "also", "donc", "dus") makes it the
// answer the letter gives; the "no" closes the sentence, with nothing left for it to deny.
// A weak cue: it counts on its own, and gives way to any stronger reading.
import { rulesOf as r, type PhraseRule } from './phrase-rule';

// The end of the sentence after the "no".
const END = String.raw`(?=\s*(?:[.!…;,]|$))`;

export const NOT_THIS_TIME_RULES: PhraseRule[] = r('rejection', 3,
  new RegExp(String.raw`\bso\s+(?:it's\s+)?(?:a\s+no|not)\s+(?:this\s+time|for\s+now|on\s+this\s+occasion)${END}`, 'iu'),
  new RegExp(String.raw`(?<!\p{L})(?:así\s+que|o\s+sea\s+que|por\s+lo\s+que|de\s+modo\s+que|conque)\s+(?:por\s+)?(?:esta\s+vez|de\s+momento|por\s+ahora|en\s+esta\s+ocasión)\s+no${END}`, 'iu'),
  new RegExp(String.raw`\b(?:also|daher|deshalb|darum)\s+(?:leider\s+)?(?:diesmal|dieses\s+Mal|vorerst)\s+nicht${END}`, 'iu'),
  new RegExp(String.raw`\b(?:donc|alors)\s+(?:ce\s+(?:sera|n['’]est)\s+)?(?:pas|non)\s+(?:pour\s+)?cette\s+fois(?:-ci)?${END}`, 'iu'),
  new RegExp(String.raw`\b(?:dus|daarom)\s+(?:helaas\s+)?(?:deze\s+keer|dit\s+keer|voorlopig)\s+niet${END}`, 'iu'),
);
