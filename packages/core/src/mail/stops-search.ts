// A post closed by the sender's own act on the search: the employer stops, drops or closes the
// process, or gives up hiring for it ("we are closing the … vacancy", "paramos el proceso", "we
// zetten de vacature stop", "we laten de vacature vallen", "nous avons dû renoncer à ce
// recrutement", "clore ce recrutement", "wir stoppen die Suche"), or says it will not hire from
// outside at all ("nous ne recrutons pas à l'extérieur", "we won't be moving forward with external
// candidates"). The subject is the employer and the object the search itself, never the person: a
// process closed *with someone else* is still read as a choice (grammar.ts), hence a rejection.
import { rulesOf as r, type PhraseRule } from './phrase-rule';

// The search or the post, in the five languages.
const SEARCH_EN = String.raw`(?:vacancy|position|role|post|search|recruitment|requisition|process)`;

export const STOPS_SEARCH_RULES: PhraseRule[] = [
  ...r('position_closed', 6,
    new RegExp(String.raw`\bwe(?:\s+are|'re|\s+have|'ve)\s+(?:now\s+|therefore\s+|also\s+)?(?:closing|closed|withdrawing|withdrawn|cancell?ing|cancell?ed|stopping|stopped|abandoning|abandoned)\s+(?:the|this|our)\s+(?:[\p{L}-]+\s+){0,5}?${SEARCH_EN}\b(?!\s+(?:with|to\s+new)\b)`, 'iu'),
    /\b(?:paramos|detenemos|suspendemos|cancelamos|cerramos|(?:hemos|vamos\s+a)\s+(?:parado|detenido|suspendido|cancelado|cerrado|parar|detener|suspender|cancelar|cerrar))\s+(?:el|la|este|esta|nuestr[oa])\s+(?:proceso|búsqueda|selección|vacante|convocatoria)(?!\p{L})(?!\s+(?:con|para\s+ti|contigo)\b)/iu,
    /\b(?:(?:we|wij)\s+(?:zetten|laten|stoppen)|(?:zetten|laten|stoppen)\s+(?:we|wij))\s+(?:(?:dus|daarom|helaas)\s+)?(?:de|deze|onze)\s+(?:vacature|procedure|werving|zoektocht|sollicitatieprocedure)(?:\s+[\p{L}-]+){0,6}?\s+(?:stop|vallen|stil)(?!\p{L})/iu,
    /\brenon\p{L}*\s+(?:\p{L}+\s+)?à\s+(?:ce|cette|notre|le|la|l['’]\s*)\s*(?:recrutement|poste|embauche|offre)(?!\p{L})|\bclore\s+(?:ce|le|notre)\s+recrutement(?!\p{L})/iu,
    /\b(?:wir\s+(?:stoppen|beenden|schließen)|(?:stoppen|beenden|schließen)\s+wir)\s+(?:\p{L}+\s+){0,2}?(?:die|das|den|unsere?n?)\s+(?:Suche|Verfahren|Ausschreibung|Auswahlverfahren|Bewerbungsverfahren)(?!\p{L})/iu,
    // Nobody hired from outside: the post stays with the employer's own people.
    /\bne\s+recrut\p{L}*\s+(?:(?:donc|finalement|plus)\s+)?pas\s+(?:à\s+l['’]\s*extérieur|en\s+externe)|(?:\bnot|n't|\bno\s+longer)\s+(?:be\s+)?(?:recruiting|hiring)\s+externally|(?:\bnot|n't)\s+(?:be\s+)?(?:moving\s+forward|proceeding|continuing)\s+with\s+(?:any\s+)?external\s+(?:candidates|applicants)|\bnicht\s+extern\s+(?:zu\s+)?(?:besetz|ausschreib|einstell|nachbesetz)\p{L}*|\bno\s+(?:vamos\s+a\s+)?(?:contrat\p{L}*|reclut\p{L}*|incorpor\p{L}*)\s+(?:a\s+nadie\s+)?(?:de\s+fuera|externamente|extern[oa]s?)(?!\p{L})|\bniet\s+extern\s+(?:te\s+)?(?:werven|invullen|aannemen|aan\s+te\s+nemen)(?!\p{L})/iu),
];
