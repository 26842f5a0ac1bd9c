// Two moods in which a step is spoken of but not taken.
//
// An offer said in a past conditional is one that was not made: "had the role been more junior we
// would have loved to have you on board", "wir hätten Sie gerne im Team gehabt", "nous aurions
// aimé vous accueillir", "nos habría encantado contar contigo", "we hadden je graag aangenomen".
// The sentence around an offer phrase is read for the mood; a plain conditional ("we would love
// to have you on the team") is the offer itself.

// The past conditional in the five languages: "would have loved", "could've offered", a sentence
// opened by "Had …" (an inverted condition), "hätten … gehabt / eingestellt / angeboten", "wären …
// gewesen", "aurions aimé / voulu / été ravis", "habría / hubiera gustado", "hadden … gehad /
// aangenomen", "zouden … hebben gewild".
const PAST_CONDITIONAL = new RegExp([
  String.raw`\b(?:would|could|should|might)(?:\s+have|'ve)\s+(?:(?:really|very\s+much|truly|gladly)\s+)?(?:loved|liked|wanted|been\s+(?:glad|happy|delighted|pleased|thrilled|keen)|offered|hired|welcomed|had)\b|'d\s+have\s+(?:(?:really|very\s+much|truly|gladly)\s+)?(?:loved|liked|wanted|been\s+(?:glad|happy|delighted|pleased|thrilled|keen))\b|^had\s+(?:the|we|it|this|our|things|circumstances|there)\b`,
  String.raw`\b(?:hätten|hätte|wären|wäre)\b[^.!?\n]{0,100}?\b(?:gehabt|eingestellt|angeboten|begrüßt|gewonnen|genommen|gewesen|gesehen)(?!\p{L})`,
  String.raw`\b(?:aurions|aurais|aurait|aurions\s+bien)\s+(?:\p{L}+\s+)?(?:aimé|voulu|souhaité|adoré|été\s+(?:ravi|heureu|content)\p{L}*)`,
  String.raw`\b(?:habría|habríamos|hubiera|hubiéramos|hubiese|hubiésemos)\s+(?:\p{L}+\s+)?(?:gustado|encantado|querido|contratado|ofrecido|incorporado)`,
  String.raw`\b(?:hadden|had)\s+(?:we|wij|ik)\b[^.!?\n]{0,80}?\b(?:gehad|aangenomen|aangeboden|verwelkomd)(?!\p{L})|\bzouden\s+(?:we|wij)\b[^.!?\n]{0,80}?\bhebben\s+(?:gewild|aangenomen|verwelkomd)(?!\p{L})`,
].join('|'), 'imu');

/** The sentence that holds `index`, cut at sentence ends and line breaks. */
function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('?', index - 1)) + 1;
  const ends = ['.', '\n', '!', '?'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length).trim();
}

/**
 * Whether the phrase at `index` sits in a sentence in the past conditional: a wish about what did
 * not happen, not a step taken.
 * @example isCounterfactualAt('Had the budget allowed, we would have loved to have you on board.', 40) // true
 */
export function isCounterfactualAt(text: string, index: number): boolean {
  return PAST_CONDITIONAL.test(sentenceAround(text, index));
}

// A concession: "even though you weren't selected, we'd value your feedback", "obwohl Sie nicht
// ausgewählt wurden, …", "bien que vous n'ayez pas été retenu, …", "aunque no fuiste seleccionada,
// …", "hoewel je niet door bent, …": the decision, inside the conceding clause, is taken as known,
// and the sentence asks for something else. A decision in the main clause after it ("while your
// references were strong, the panel has chosen other candidates") is made there.
const CONCEDES = /^(?:even\s+though|although|though|while|obwohl|obgleich|auch\s+wenn|wenngleich|bien\s+que|même\s+si|quoique|aunque|si\s+bien|a\s+pesar\s+de\s+que|hoewel|ook\s+al)(?!\p{L})/iu;

/**
 * Whether the phrase at `index` sits in a conceding clause that opens its sentence (before the
 * comma that ends the clause).
 * @example isConcededAt("Even though you weren't selected, we'd value two minutes of your time.", 13) // true
 */
export function isConcededAt(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('?', index - 1)) + 1;
  const before = text.slice(start, index);
  return CONCEDES.test(before.trim()) && !/[,;:–—]/u.test(before);
}

// A denial of the offer in its own clause: "pas en mesure de vous proposer le poste", "geen aanbod
// doen", "no podemos enviarte una propuesta". A colon or a dash ends the clause, so a courtesy
// before it ("No dudes en llamarme: nos encantaría que te incorporaras…") denies nothing.
const DENIES = /(?:\b(?:not|never|no\s+longer|unable|cannot|nicht|kein\p{L}*|ne|pas|no|niet|geen)\b|n['’]t\b)[^.!?;:\n–—]{0,60}$/iu;
const OFFER_CLAUSE_BREAK = /[.!?;:\n–—]|\b(?:but|aber|mais|pero|maar|however|jedoch|sin\s+embargo|echter)\b/giu;

// An offer taken back in its clause, the verb before the offer or (German and Dutch put it last)
// after it: "we must withdraw the offer", "rescind our offer", "retirer notre proposition
// d'embauche", "retirar la oferta", "das Vertragsangebot zurückziehen", "het aanbod intrekken".
const WITHDRAWS = /(?<!\p{L})(?:withdr[ae]w\p{L}*|rescind\p{L}*|retract\p{L}*|revok\p{L}*|revoc\p{L}*|retir(?:er|ons|ez|é|ée|ar|amos|ado|ada)|annul(?:er|ons|é|ée)|anul(?:ar|amos|ado|ada))\s+(?:\p{L}+['’]?\s*){0,3}$/iu;
const WITHDRAWN_AFTER = /^[^.!?;\n]{0,60}?(?<!\p{L})(?:zurück(?:ziehen|nehmen|gezogen|genommen)|ziehen\s+(?:\p{L}+\s+){0,4}?zurück|withdrawn|rescinded|retracted|revoked|retirée?|annulée?|retirad[oa]|anulad[oa]|revocad[oa]|intrekken|ingetrokken|trekken\s+(?:\p{L}+\s+){0,4}?in)(?!\p{L})/iu;

/** Whether an offer phrase at `index` is denied or taken back in its clause. */
export function isOfferDeniedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  let start = 0;
  for (const m of before.matchAll(OFFER_CLAUSE_BREAK)) start = m.index + m[0].length;
  const clause = before.slice(start);
  return DENIES.test(clause) || WITHDRAWS.test(clause) || WITHDRAWN_AFTER.test(text.slice(index, index + 140));
}
