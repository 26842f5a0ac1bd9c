// The grammar of the two decisions a job-search message most often carries, in the five languages
// of the listing analysis, written as structures rather than phrases (phrases.ts keeps the fixed
// expressions):
// - a rejection is a choice of SOMEONE ELSE ("we have gone with a candidate whose…", "für eine
//   Kandidatin entschieden", "hemos elegido a otra persona"), or a NEGATED step onward ("we won't
//   be extending an offer", "keine Stelle anbieten", "niet mee te nemen naar de volgende ronde"),
//   where a negation over "all/every" ("we cannot invite every applicant") is not one;
// - an invitation is a DAY and a TIME next to a MEETING (meetings.ts), or an invitation phrase that
//   no negation governs ("nicht … einladen" is a rejection; clauses.ts reads the negation).
// sentences.test.ts holds sentences of our own for each structure.
import type { PhraseRule } from './phrase-rule';
import { WORD_END, WORD_START } from '../regexp';

const W = String.raw`[^\s.!?;]+`; // one word of the same sentence
const words = (max: number): string => String.raw`(?:${W}\s+){0,${max}}?`;

// Someone else, the object of the choice.
const OTHER_PERSON = [
  String.raw`(?:another|a\s+different|other|an?\s+(?:internal|external|more\s+\w+|stronger))\s+(?:\w+\s+)?(?:candidates?|applicants?|finalists?|persons?|individuals?|profiles?)`,
  String.raw`(?:someone|somebody|a\s+person|an?\s+(?:candidate|applicant)|candidates|applicants|others)\s+(?:else|with|who|whose|that\s+(?:has|had|is|was))\b`,
  // One of the employer's own people, named by what they are ("one of our senior coaches", "einen
  // unserer Ausbilder", "l'un de nos moniteurs", "uno de nuestros técnicos", "een van onze trainers").
  // One of the employer's own, said by the employer of itself ("uno de sus miembros", "one of its members").
  String.raw`one\s+of\s+(?:our|its|their)\s+(?:${W}\s+){0,2}?${W}s|(?:eine[nmr]?|einem)\s+(?:unserer|ihrer|seiner)\s+${W}|(?:l['’]\s*)?un(?:e)?\s+de\s+(?:nos|ses|leurs)\s+${W}|un[oa]\s+de\s+(?:nuestr[oa]s|sus)\s+${W}|(?:één|een)\s+van\s+(?:onze|hun)\s+${W}`,
  // The gender-neutral participles count as the nouns: "andere Bewerbende", "eine andere Kandidierende".
  String.raw`(?:eine[nmr]?|einem)(?:[\/:*_·]n|\(n\))?\s+(?:andere[nmr]?(?:[\/:*_·][nr]|\([nr]\))?\s+)?(?:Kandid(?:at|ierend)\w*|Bewerb(?:er|end)\w*|Mitbewerb(?:er|end)\w*|Person|Kolleg(?:in|en|e))(?::innen|[\/:*_·]in(?:nen)?|\(in\))?|jemand(?:en|em)?\s+(?:anderen|anderem|anders|mit|der|die|dessen|deren)(?!\p{L})|andere[nmr]?\s+(?:Kandid(?:at|ierend)\w*|Bewerb(?:er|end)\w*|Mitbewerb(?:er|end)\w*|Profil\w*|Person(?:en)?)(?:[:*_\/·]-?(?:innen|in|n))?`,
  String.raw`(?:un(?:\(e\)|[·.]e)?|une|d['’])\s*autres?(?:\(s\))?(?:\(e\))?\s+(?:candidat\w*(?:\(e\))?|personnes?|profils?|candidatures?)|des\s+(?:autres\s+)?(?:profils|candidat\p{L}*|personnes)\s+(?:plus|dont|qui|ayant|correspondant)\b`,
  String.raw`otr[oa]s?\s+(?:candidat[oa]s?|personas?|perfil(?:es)?|aspirantes?|postulantes?)|ha\s+sido\s+otr[oa]\b|(?:(?:el|la|un|una)\s+)?(?:candidat[oa]s?|postulantes?|aspirantes?|personas?|perfil(?:es)?)\s+(?:que|con|de|del|cuy[oa]s?)\b`,
  String.raw`(?:een\s+)?andere\s+(?:kandida(?:at|ten)|sollicitant(?:en)?|persoon|kandidate)|kandidaten\s+met\s+meer|(?:een|de)\s+(?:kandida(?:at|te)|sollicitant)\s+(?:die|met|wiens|wier)\b|\bde\s+ander\b`,
  // Someone described rather than named as another: "iemand die", "alguien con", "quelqu'un qui", "une candidate dont".
  String.raw`iemand\s+(?:anders|die|met)|alguien\s+(?:con|que|más|de)|por\s+una?\s+(?:persona|candidat[oa]|perfil)\s+(?:con|que|más)\b|quelqu['’]un\s+(?:d['’]autre|qui|avec|dont|de|du|des)|(?:d['’])?un(?:e|\(e\))?\s+(?:candidat\w*|profil|personne)\s+(?:dont|qui|avec|ayant|plus|déjà|\p{L}+ant(?:e|es|s)?(?!\p{L}))`,
  // A candidate described by a participle ("a candidate holding the licence", "un candidat disposant
  // de", "un candidato que cuenta con"), and another candidacy standing for the person ("otra
  // candidatura", "een andere kandidatuur", "eine andere Bewerbung").
  String.raw`an?\s+(?:candidate|applicant)\s+(?:holding|having|bringing|offering|possessing|already)\b|otras?\s+candidaturas?|(?:een\s+)?andere\s+kandidaturen?|eine[nr]?\s+andere[nr]?\s+Bewerbung(?:en)?`,
].join('|');

// The choice itself, in the same sentence before its object.
const CHOICE = [
  // Taking someone, said with the sender as its subject: "wir nehmen jemanden mit mehr Erfahrung",
  // "we nemen iemand anders", "nous prenons un autre candidat", "nos quedamos con otra persona", "we're
  // taking someone else" ("nehmen Sie eine Begleitperson mit", the person told to take one, is none).
  String.raw`wir\s+nehmen|nehmen\s+wir|(?:we|wij)\s+nemen|nemen\s+(?:we|wij)|nous\s+prenons|nos\s+quedamos(?=\s+con\b)|we(?:'re|\s+are)\s+taking|we(?:'ll|\s+will)\s+take`,
  String.raw`choice|decided|decision|chosen|chose|choose|selected|opted|landed|settled|picked|given|gone|go|going|went|move|moving|moved|proceed\w*|continu\w*|pursu\w*|progress\w*|hired|recruited|engaged|offered|extended|appointed|filled|identified|be\s+with|focus\w*|accepted|preference|awarded|nominated`,
  String.raw`Wahl|entschieden|entscheiden|entschied(?:en)?|entschlossen|Entscheidung|besetzt|ausgewählt|gewählt|vergeben|eingestellt|angestellt|engagiert|fortsetzen|weitermachen|zugesagt|Vorzug`,
  String.raw`choix|choisi|arrêté|penché\p{L}*|orient(?:é\p{L}*|ons|er)|retenu\w*|porté|décidé|décision|poursuivre|continuer|sélectionné\w*|privilégié\w*|opté|recruté\w*|engagé\p{L}*|embauché\p{L}*|pourvu|proposé|préférence|attribué\w*`,
  String.raw`elección|elegimos|decidi(?:ó|mos|eron)|decant\p{L}*|inclin\p{L}*|decidido|decisión|seleccionad[oa]s?|elegido|optado|continuar|seguir|ocupado|cubierto|contratado|avanzar|ofrecido|escogido|seguido|continuado|avanzado|preferencia|ofrec(?:imos|ió|ieron)|escogimos|seleccionamos|contratamos|optamos|adjudicad[oa]|asignad[oa]|segui\p{L}*|qued\p{L}*|promocion\p{L}*|(?:propus\p{L}*|propuest[oa]s?)(?=\s+a\s)`,
  String.raw`keuze|gekozen|kiezen|kozen|uitgekomen|besloten|beslissing|geselecteerd|verder|aangenomen|aangeworven|geworven|aangesteld|ingevuld|vervuld|gegund|aangeboden|gaan|voorkeur|toegewezen|toegekend`,
].join('|');

// A negation, and the step onward it denies.
const NEGATION = String.raw`(?:n't|\b(?:not|never|no\s+longer|unable\s+to|cannot|nicht|kein\w*|pas|plus|no|niet|geen))`;
// "not every applicant", "nicht alle": the negation is about the many, not the person.
const NOT_ALL = String.raw`(?!\s+(?:(?:able\s+to\s+)?(?:all|every|each|everyone|any|anyone|alle[nms]?|jede[nmrs]?|tous|toutes|chaque|todos|todas|cada|iedereen|elke?)\b))`;
const ONWARD = [
  String.raw`add(?:ing)?\s+you\s+to\s+(?:our|the)\s+(?:${W}\s+){0,3}?(?:panel|shortlist|roster|register|pool)|(?:to|into)\s+the\s+(?:next|final|following|second|third|last)\s+(?:rounds?|stages?|steps?|phase)|mov(?:e|ing)\s+(?:you\s+|your\s+\w+\s+)?(?:forward|ahead|on)|proceed\w*|progress\w*|advanc\w*|continu\w*\s+with|tak(?:e|ing)\s+(?:you|your\s+\w+|it|things)\s+(?:any\s+)?(?:forward|further)|(?:call|bring|ask|have)(?:ing)?\s+you\s+(?:back|in)\s+(?:for|to)\s+(?:a|an|the|our|your|another)\b|invit\w*\s+you|(?:been\s+)?invited\s+(?:to|for)|hir(?:e|ing)\s+you|extend\w*\s+(?:you\s+)?an\s+offer|offer\w*\s+you|(?:taken|carried|put|brought)\s+(?:forward|further|through)|be\s+(?:successful|shortlisted|selected)|successful|shortlisted|selected\s+(?:for|to)|considered\s+further`,
  String.raw`(?:match|fit|meet|align\s+with)\s+(?:${W}\s+){0,4}?(?:needs|requirements|criteria|profile|brief|what\s+we)`,
  String.raw`weiter\s*(?:zu\s+)?(?:verfolgen|berücksichtig\w*|kommen|gekommen)|weiter(?:zu)?führen|fort(?:zu)?führen|berücksichtig\w*|einladen|einzuladen|eingeladen|(?:mit\s+(?:dir|Ihnen)\s+)?(?:zu\s+)?besetzen|einzustellen|einstellen|anbieten|anzubieten|fortsetzen|fortzusetzen|in\s+die\s+nächste\s+Runde|zum\s+Zug|(?:in\s+)?die\s+engere\s+Auswahl`,
  String.raw`donner\s+suite|poursuivre|retenir|retenu\w*|(?:pré)?sélectionné\p{L}*|convier|inviter|invité\p{L}*|recruter|embaucher|proposer\s+(?:(?:le|ce|cet)\s+(?:poste|emploi)|un\s+(?:entretien|contrat|poste))|aller\s+plus\s+loin|avancer|revenir\s+pour\s+(?:un|une|le|la)\b`,
  String.raw`tenid[oa]s?\s+en\s+cuenta|tener(?:te|le)?\s+en\s+cuenta|avanz\p{L}*|continu\p{L}*|segui\p{L}*\s+(?:adelante|contigo|con\s+(?:tu|su)\s+\p{L}+|con\s+usted|(?:en|dentro\s+de)\s+(?:el|este)\s+proceso)|invitad[oa]s?|contrat(?:ar|amos|aremos|ado|ada)(?:te|le)?|seleccionad\w*|pasar\s+a\s+(?:la|las|los|el)\s+(?:siguientes?|próxim[oa]s?|fase|etapa|ronda)|invitar(?:te|le)?|ofrec(?:er|emos|eremos|ido)(?:te|le)?|encaja|se\s+ajusta|contar\s+contigo|(?:enviar|hacer|presentar|mandar)(?:te|le)\s+una\s+(?:propuesta|oferta)\b|(?:llamar|citar)(?:te|le)\s+(?:de\s+nuevo\s+)?para\s+(?:la|una|el|un)\s+(?:segund|siguiente|próxim|nuev|otr|últim|final)\p{L}*`,
  // An offer made, and the person's own candidacy chosen: "kein Angebot zu machen", "no hemos elegido tu candidatura".
  String.raw`(?:Angebot|offre|oferta|aanbod|offer)\s+(?:zu\s+|te\s+)?(?:machen|unterbreiten|faire|hacer(?:te|le)?|doen|make)|(?:chosen|selected|elegido|escogido|gekozen|ausgewählt|choisi|retenu)\s+(?:tu|su|your|je|uw|Ihre|deine|votre|ta)\s+(?:candidatura|application|candidacy|candidature|sollicitatie|Bewerbung|profile|perfil|profil|profiel)`,
  // Dutch "voortzetten" in each of its forms, the particle split off last too ("we zetten de procedure
  // met u niet voort"), and "doorgaan": the person's process not carried on.
  String.raw`voort(?:\s+te\s+)?zetten|voortgezet|voort|door(?:\s+te\s+)?gaan|verder|geselecteerd|weerhouden|in\s+behandeling\s+(?:te\s+)?nemen|uitnodigen|uit\s+te\s+nodigen|uitgenodigd|aan\s+te\s+nemen|aan\s+te\s+werven|aanwerven|mee\s+te\s+nemen|meenemen|aanbieden|aan\s+te\s+bieden|door\s+naar|volgende\s+ronde|terug\s+(?:voor|naar)\s+(?:een|de|het)\s+(?:tweede|volgende|laatste|nieuwe?)\b|terug\s+te\s+(?:vragen|roepen|laten\s+komen)|(?:${W}\s+){0,3}?aan\s+(?:op|bij)\b`,
].join('|');
// A sentence opened by "if" is a condition, not a decision ("if you have not heard from us…").
// Dutch "als" is "if" only before its subject ("als je…"); German "als" is "as" ("die Position als
// Developer nicht mit dir zu besetzen").
const NOT_CONDITIONAL = String.raw`(?<!\b(?:if|unless|falls|wenn|si|indien|als(?=\s+(?:je|jij|u|we|wij|jullie|ze|zij|er|het)\b))\s+(?:${W}\s+){0,6})`;
// A negation inside a clause about other applicants describes them, not a decision on the person:
// "we cannot give feedback to applicants who are not shortlisted", "Bewerber, die nicht in die
// engere Auswahl kommen", "les candidats qui ne sont pas retenus", "kandidaten die niet door gaan".
const NOT_ABOUT_OTHERS = String.raw`(?<!\b(?:applicants?|candidates?|those|anyone|people|Bewerber\p{L}*|Kandidat\p{L}*|candidat\p{L}*|candidat[oa]s|personas|aspirantes|postulantes|kandidaten|sollicitanten),?\s+(?:who|that|die|welche|qui|que|wie)\s+(?:${W}\s+){0,3})`;

// What one does with candidates before choosing ("continue interviewing other candidates").
const ACTIVITY = String.raw`(?!(?:interview|review|speak|talk|meet|consider|assess|evaluat|compar|screen|gespr|prüf|sprech|entretien|évalu|rencontr|entrevist|evalu|revis|gesprek|beoordel|bekijk|spreken|invit|einlad|uitnodig|convoc)\p{L}*)`;
// A promise about the future ("we will only move forward with candidates who…") is not a choice made.
const NOT_PROMISE = String.raw`(?<!\b(?:only|may|might|would|could|usually|typically|normally|generally|nur|seulement|uniquement|solo|alleen)\s+(?:${W}\s+)?)`;
// German and Dutch put the choice after its object: "für eine Kandidatin entschieden".
const CHOSEN_AFTER = String.raw`(?:(?:was|were|has\s+been|have\s+been|is|a\s+été|ont\s+été|ha\s+sido|han\s+sido|wurde|wurden)\s+(?:${CHOICE})|entschieden|gekozen|ausgewählt|besetzt|aangenomen|aangeworven|aangesteld|in\s+dienst\s+genomen|vergeben|entschlossen|gegeven|Vorzug\s+gegeben|voorkeur\s+gegeven|(?:zu\s+)?(?:besetzen|fortzusetzen|fortsetzen|abzuschließen|abschließen)|(?:te\s+)?(?:afronden|voortzetten|vervullen|invullen|aannemen)|aan\s+te\s+nemen|gegaan|(?<!\b(?:nicht|noch|niet|nog|kein\p{L}*|geen)\s)(?:eingestellt|einstellen|einzustellen|vorgeschlagen|abgeschlossen|voorgedragen|afgerond|afgesloten))`;

// A negation ends with its clause: a comma and a new subject start another ("your application is
// not completed, you can continue it", "nicht abgeschlossen, Sie können sie fortsetzen", "niet
// gelukt, je kunt verder"); a comma around an aside ("we will not, sadly, be moving on") does not.
const NEW_SUBJECT = String.raw`you|we|I|they|he|she|Sie|du|wir|ich|er|es|je|jij|u|wij|ik|ze|zij|vous|tu|nous|on|il|elle|usted|tú|puede[sn]?|podrá[sn]?|podéis`;
const IN_CLAUSE = String.raw`(?![^\s.!?;,]*,\s+(?:${NEW_SUBJECT})(?!\p{L}))`;

/** Rules of the same weight as the rejection phrases; they count only where no phrase did (see classify.ts). */
// A selection process, and the verbs that end it, in the five languages.
const PROCESS = String.raw`\b(?:process|selection\s+process|procedure|Prozess|Verfahren|Auswahlverfahren|Auswahlprozess|Bewerbungsprozess|processus|procédure|parcours|proceso|procedimiento|procedure|sollicitatieprocedure|proces|selectieprocedure)`;
const ENDS = String.raw`ends?|ended|stops?|stopped|endet|beendet|stoppt|s['’]arrête|se\s+termine|prend\s+(?:donc\s+|ici\s+)?fin|termina|acaba|finaliza|stopt|eindigt`;
const END_WORDS = String.raw`[^.!?\n]{0,30}?\b(?:${ENDS})(?!\p{L})`;

export const GRAMMAR_RULES: PhraseRule[] = [
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`${NOT_PROMISE}\b(?:${CHOICE}),?\s+(?:${ACTIVITY}${W}\s+){0,8}?(?:(?:with|to|for|by|on|für|mit|an|avec|à|pour|por|con|a|voor|met|door|lo|la)\s+)?(?:${OTHER_PERSON})`, 'iu') },
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`(?:${OTHER_PERSON})\s+(?:${W}\s+){0,5}?${CHOSEN_AFTER}(?!\p{L})`, 'iu') },
  // The search closed with someone else: "we closed the search with another candidate", "cerramos
  // la búsqueda con otra persona", "clôturé le recrutement avec un autre candidat" (German and Dutch,
  // the verb last, are in the rule above: "mit einer anderen Bewerberin abgeschlossen").
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`\b(?:clos(?:e|ed|ing)|wrapped\s+up|finali[sz]ed|cerr(?:amos|ado|ó|aron)|finalizad[oa]|finalizamos|clôtur\p{L}*|clos)\s+(?:${W}\s+){0,6}?(?:with|con|avec)\s+(?:${OTHER_PERSON})`, 'iu') },
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`${NOT_CONDITIONAL}${NOT_ABOUT_OTHERS}${NEGATION}${NOT_ALL},?\s+(?:${IN_CLAUSE}${W}\s+){0,5}?(?:${ONWARD})(?!\p{L})(?!\s+(?:with\s+)?(?:any|all|mit\s+(?:allen|keinem)|avec\s+(?:aucun|tous)|con\s+(?:ningún|todos)|met\s+(?:alle|geen))\b)`, 'iu') },
  // French "ne … pas" around the step onward in any tense and person, a pronoun between: "nous ne
  // retiendrons pas la vôtre", "nous ne vous convoquerons pas", "nous ne poursuivons pas avec
  // vous", "je ne vous inviterai pas" ("ne retiendrons pas tous les dossiers" is about the many).
  { kind: 'rejection', weight: 4, re: /\bn(?:e\s+|['’]\s*)(?:(?:vous|te|la|le|les|l['’]|y)\s*)?(?:retiendr|retien|reten|sélectionner|poursuiv|inviter|convier|convoquer|recruter|embaucher|engager)\p{L}*\s+(?:(?:donc|malheureusement|hélas|finalement)\s+)?pas(?!\s+(?:tous|toutes|chaque|l['’]ensemble|seulement|uniquement|plus\s+de|que)(?!\p{L}))(?!\p{L})/iu },
  // Going no further, the verb conjugated: "nous n'irons pas plus loin", "we won't go any further
  // with your application", "no iremos más allá", "wir gehen nicht weiter mit Ihrer Bewerbung".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`\bn['’]\s*(?:irons|irai|iront|ira|allons|allez)\s+(?:malheureusement\s+|donc\s+)?pas\s+plus\s+loin(?!\p{L})|\b(?:won't|will\s+not|not)\s+(?:be\s+)?go(?:ing)?\s+(?:any\s+)?further\s+with\s+(?:your|you|the\s+application)\b|\bno\s+(?:iremos|vamos\s+a\s+ir)\s+más\s+allá${WORD_END}|\bgehen\s+(?:wir\s+)?(?:\p{L}+\s+)?nicht\s+weiter\s+mit\s+(?:Ihrer|deiner|Ihnen|dir)\b`, 'iu') },
  // The post filled, its name first and the verb last: "Die Filialleitung haben wir besetzt", "we've
  // filled it", "die functie hebben we ingevuld" (not "noch nicht": no "nicht" or "noch" between).
  { kind: 'rejection', weight: 4, re: /\b(?:haben|hatten)\s+wir\s+(?:(?:inzwischen|bereits|schon|jetzt|nun|leider|mittlerweile|zwischenzeitlich)\s+){0,2}(?:besetzt|vergeben)(?!\p{L})|\bhebben\s+(?:we|wij)\s+(?:(?:inmiddels|al|helaas|intussen)\s+){0,2}(?:ingevuld|vervuld|vergeven)(?!\p{L})|\b(?:we've|we\s+have)\s+(?:now\s+|already\s+)?filled\s+it\b|\b(?:we've|we\s+have|we)\s+(?:now\s+|already\s+|just\s+)?filled\s+(?:the|this|that)\s+(?:spot|place|seat)\b/iu },
  // Spanish "quedarse con" another, whatever the noun: "nos quedamos con otro cocinero", "nos
  // hemos quedado con otra candidata".
  { kind: 'rejection', weight: 4, re: /\bqued(?:amos|ado|ó|aron|arnos)\s+con\s+otr[oa]s?\s+\p{L}/iu },
  // The choice did not fall on the person: "niet op jou gevallen", "nicht auf Sie gefallen", "pas porté sur vous".
  { kind: 'rejection', weight: 4, re: /\bniet\s+(?:\p{L}+\s+)?op\s+(?:jou|u|jouw\s+\p{L}+|uw\s+\p{L}+)\s+(?:ge)?vallen|\bnicht\s+(?:\p{L}+\s+)?auf\s+(?:Sie|dich|Ihre\s+\p{L}+|deine\s+\p{L}+)\s+(?:ge)?fallen|\bne\s+s['’]est\s+pas\s+port[ée]e?\s+sur\s+(?:vous|toi|votre|ta)\b|\bno\s+(?:ha\s+)?reca[íi]do\s+en\s+(?:ti|usted|tu|su)\b|\b(?:did\s+not|didn't)\s+fall\s+(?:on|to)\s+you\b/iu },
  // The position is filled (by someone, not internally: that is a closed position): "the role has
  // been filled", "die Stelle ist bereits besetzt", "le poste a été pourvu", "la vacante ya está cubierta".
  { kind: 'rejection', weight: 4, re: /\b(?:position|role|vacancy|post|job|opening|Stelle|Position|poste|puesto|plaza|vacante|posición|vacature|functie)\b[^.!?\n]{0,40}?\b(?:has|have|was|is|ist|wurde|a|est|ha|fue|está|werd)\s+(?:(?:now|already|inzwischen|bereits|nun|déjà|maintenant|ya|al|inmiddels|nu)\s+)?(?:(?:been|été|sido)\s+)?(?:filled|besetzt|vergeben|pourvue?|cubiert[oa]|ocupad[oa]|ingevuld|vervuld|vergeven)(?!\p{L})(?!\s+(?:internally|intern|en\s+interne|internamente|door\s+een\s+interne))/iu },
  // The choice fell on someone else: "the choice fell on the other candidate", "die Wahl ist auf
  // die andere Person gefallen", "de keuze is gevallen op een andere kandidaat", "la elección ha recaído en otro perfil".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`\b(?:fell|has\s+fallen|had\s+fallen|viel|is\s+gevallen|valt|s['’]est\s+port[ée]e?|a\s+été\s+port[ée]e?|ha\s+reca[íi]do|recay[óo])\s+(?:on|upon|auf|op|sur|en)\s+(?:(?:the|die|den|de|la|el|le|l['’])\s+)?(?:${OTHER_PERSON})|\b(?:auf|op)\s+(?:(?:die|den|de)\s+)?(?:${OTHER_PERSON})\s+(?:${W}\s+){0,2}?(?:ge)?(?:fallen|vallen)(?!\p{L})`, 'iu') },
  // A choice made for someone described by where they come from: "we have gone with someone from
  // the industry", "gekozen voor iemand uit de branche", "für jemanden aus dem Haus entschieden" is
  // German order (the choice after), so both orders. Where they come from may be a place ("someone
  // local", "quelqu'un du coin", "alguien de la zona"), French with its contracted articles (du, des).
  { kind: 'rejection', weight: 4, re: /\b(?:chosen|chose|gone|went|selected|opted|hired|appointed|gekozen|kozen|choisi|retenu|opté|elegido|optado|seleccionado|decantado|escogido)\s+(?:(?:for|with|voor|pour|por|sur)\s+)?(?:someone|somebody|iemand|quelqu['’]un|alguien)\s+(?:from|local|based|closer|nearer|uit|van|de|du|des|d['’]ici|del|aus)(?!\p{L})|\bfür\s+jemand(?:en)?\s+(?:aus|von|mit)\s+(?:\p{L}+\s+){0,4}?entschieden/iu },
  // The person is not in the chosen group: "you were not among the candidates referred", "ne
  // figurez pas parmi les candidats retenus", "no te encuentras entre los finalistas", "niet bij de kandidaten".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`${NEGATION}${NOT_ALL}\s+(?:${W}\s+){0,2}?(?:among|amongst|unter|parmi|entre|bij|tot)\s+(?:the|those|den|les|ceux|los|las|de)\s+(?:${W}\s+){0,4}?(?:candidates|applicants|finalists|Kandidat\p{L}*|Bewerber\p{L}*|Finalist\p{L}*|candidat\p{L}*|finalistes|finalistas|kandidaten|sollicitanten|finalisten)(?!\p{L})`, 'iu') },
  // The employer ends the person's candidacy: "we've decided to close out your candidacy", "your
  // application has been declined", "clôturer votre candidature", "descartar tu candidatura".
  // (A withdrawal is the person's own act and is left out.)
  // "Ihre Bewerbung ist noch nicht abgeschlossen" is an application not yet sent: no "nicht" or "noch" between.
  { kind: 'rejection', weight: 4, re: /\b(?:clos(?:e|ed|ing)|declin(?:e|ed|ing)|reject(?:ed|ing)?|archiv(?:e|ed|ing)|paus(?:e|ed|ing))\s+(?:out\s+)?(?:your|the)\s+(?:application|candidacy|candidature)\b|\b(?:your)\s+(?:application|candidacy|candidature)\s+(?:has\s+been|was|is\s+now)\s+(?:closed|declined|rejected|archived|paused)\b|\b(?:Ihre|deine)\s+(?:Bewerbung|Kandidatur)\s+(?:(?!(?:nicht|noch)\b)\p{L}+\s+){0,3}?(?:abgelehnt|abzulehnen|abgeschlossen|abzuschließen)\b|\b(?:clôturer|clore|décliner|refuser|rejeter)\s+(?:votre|ta)\s+(?:candidature|dossier)\b|\b(?:(?:hemos|ha)\s+)?(?:cerr|descart|rechaz|desestim)(?:ar|amos|ado)\s+(?:tu|su)\s+(?:candidatura|solicitud)\b|\b(?:je|jouw|uw)\s+(?:sollicitatie|kandidatuur)\s+(?:\p{L}+\s+){0,3}?(?:af\s+te\s+wijzen|afgewezen|af\s+te\s+sluiten)\b/iu },
  // The employer filled the position, active voice: "we ended up filling the position", "wir haben
  // die Stelle besetzt", "nous avons pourvu le poste", "hemos cubierto la vacante", "we hebben de
  // vacature ingevuld" (filled internally is a closed position, which outweighs this).
  { kind: 'rejection', weight: 4, re: /\b(?:(?:have|has|'ve|had)\s+(?:now\s+|already\s+|just\s+)?filled|ended\s+up\s+filling|we\s+filled)\s+(?:the|this|that|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:position|role|vacancy|post|job|opening)\b(?!\s+internally)|\b(?:haben|hat)\s+(?:\p{L}+\s+){0,2}?(?:die|diese)\s+(?:Stelle|Position|Vakanz)\s+(?:\p{L}+\s+){0,2}?(?:besetzt|vergeben)\b|\b(?:avons|a)\s+(?:\p{L}+\s+){0,2}?pourvu\s+(?:le|ce)\s+poste\b|\b(?:hemos|ha)\s+(?:\p{L}+\s+){0,2}?cubierto\s+(?:el|la|este|esta)\s+(?:puesto|vacante|plaza|posición)\b|\b(?:hebben|heeft)\s+(?:\p{L}+\s+){0,2}?(?:de|deze)\s+(?:vacature|functie|positie)\s+(?:\p{L}+\s+){0,2}?(?:ingevuld|vervuld)\b/iu },
  // French negation around a future or present verb: "nous ne retiendrons pas votre candidature".
  { kind: 'rejection', weight: 4, re: /\bne\s+(?:\p{L}+\s+){0,2}?(?:retiendr|reten|poursuivr|poursuiv|donner)\p{L}*\s+(?:\p{L}+\s+){0,2}?pas\b[^.!?\n]{0,40}?\b(?:votre|ta)\s+(?:candidature|dossier|profil)/iu },
  // Another direction, a process that goes on without the person, "not a match". Going another way
  // is said with any form of the verb ("decided to go another way"); taking another way or road is
  // left out, as directions to an office say it too; another route or path only with a choice made
  // ("went a different route with this hire"), not with an instruction ("go another route if…").
  // The look-ahead first: the look-behind then runs only where a verb can start.
  { kind: 'rejection', weight: 4, re: /\b(?=[ghtGHT])(?<!(?:\bnot|n't|\bnever)\s+)(?:go|going|goes|gone|went|head(?:ed|ing)?|take|taking|took|taken)\s+(?:in\s+)?(?:a\s+different|another|an\s+other)\s+direction\b|\b(?=[gwGW])(?<!(?:\bnot|n't|\bnever)\s+)(?:go|going|goes|gone|went)\s+(?:a\s+different|another)\s+way\b|\b(?=[gwdGWD])(?<!(?:\bnot|n't|\bnever)\s+)(?:gone|went|decided\s+to\s+go|chose\s+to\s+go)\s+(?:a\s+different|another)\s+(?:route|path)\b|\b(?:process|procedure|search|selection|recruitment|Prozess|Verfahren|Auswahl\p{L}*|processus|recrutement|proceso|selección|sollicitatieprocedure|selectie)\b[^.!?\n]{0,50}?\b(?:without\s+(?:you|your\s+(?:application|candidacy))|ohne\s+(?:Sie|dich|Ihre\s+Bewerbung|deine\s+Bewerbung)|sans\s+(?:vous|toi|votre\s+candidature|ta\s+candidature)|sin\s+(?:ti|usted|tu\s+candidatura|su\s+candidatura)|zonder\s+(?:jou|u|je|jouw\s+sollicitatie|uw\s+sollicitatie))(?!\p{L})|\b(?:it's|it\s+is|this\s+is|you're|you\s+are)\s+not\s+(?:quite\s+)?(?:a|the\s+right)\s+(?:match|fit)\b|\b(?:kein|geen)\s+match\b/iu },
  // The same in the other four languages, each with its verb: "einen anderen Weg einzuschlagen", "gaan
  // we een andere richting op", "partis sur une autre voie", "seguir otro camino".
  { kind: 'rejection', weight: 4, re: /\beinen\s+anderen\s+Weg\s+(?:zu\s+gehen|einzuschlagen|einschlagen|eingeschlagen|gegangen|gehen(?!\s+Sie\b))|\b(?:gaan|gingen|gaat)\s+(?:we|wij)\s+(?:\p{L}+\s+){0,5}?een\s+andere\s+(?:kant|richting|weg)\s+op\b|\been\s+andere\s+(?:kant|richting|weg)\s+op\s+(?:te\s+)?(?:gaan|gegaan)\b|\b(?:partis?|parties|choisi|opté\s+pour|pris)\s+(?:\p{L}+\s+)?(?:une\s+autre|d['’]autres)\s+(?:voies?|directions?|orientations?)\b|\b(?:seguir|seguimos|tomamos|tomar|ir\s+por|vamos\s+por)\s+otr[oa]\s+(?:camino|dirección|rumbo|línea)\b/iu },
  // Someone hired, found or appointed: "we have hired someone", "iemand aangenomen die…", "jemanden
  // eingestellt", "recruté quelqu'un", "contratado a alguien" (German and Dutch put the verb after).
  { kind: 'rejection', weight: 4, re: /\b(?:ended\s+up|decided\s+to|chose\s+to|opted\s+to)\s+(?:go|going)\s+with\s+(?:someone|somebody)\b|\b(?:have|'ve|had)\s+(?:gone|went)\s+with\s+(?:someone|somebody)\b|\b(?:hired|appointed|recruited|found|aangesteld|aangenomen|gevonden|eingestellt|gefunden|recruté|embauché|trouvé|contratado|encontrado|incorporado)\s+(?:a\s+)?(?:someone|somebody|iemand|jemand(?:en)?|quelqu['’]un|alguien)\b|\b(?:iemand|jemand(?:en)?)\s+(?:\p{L}+\s+){0,2}?(?:aangesteld|aangenomen|gevonden|eingestellt|gefunden)(?!\p{L})/iu },
  // Refraining from the step onward, its noun the object: "we have decided to refrain from
  // progressing your application", German separable "sehen wir von einer weiteren Berücksichtigung
  // Ihrer Unterlagen ab" / verb-final "von einer Einladung abzusehen", "nehmen … Abstand", Dutch
  // "zien wij af van een verdere procedure", French "nous renonçons à donner suite".
  { kind: 'rejection', weight: 4, re: /\brefrain\s+from\s+(?:progressing|inviting|taking|moving|offering|proceeding|pursuing|considering)|\b(?:sehen|sah(?:en)?|nehmen|nahmen)\s+(?!Sie\b|du\b)(?:\p{L}+\s+){0,3}?von\s+(?:(?:einer|einem|der|dem|Ihrer|deiner|weiteren?|erneuten?)\s+){0,3}(?:Berücksichtigung|Einladung|Weiterverfolgung|Fortsetzung|Einstellung|Zusammenarbeit|Vorstellungsgespräch|Beschäftigung|Besetzung|Bewerbung)\b[^.!?\n]{0,80}?\b(?:ab|Abstand)(?!\p{L})|\bvon\s+(?:(?:einer|einem|der|dem|Ihrer|deiner|weiteren?|erneuten?)\s+){0,3}(?:Berücksichtigung|Einladung|Weiterverfolgung|Fortsetzung|Einstellung|Zusammenarbeit|Vorstellungsgespräch|Beschäftigung|Besetzung|Bewerbung)\b[^.!?\n]{0,80}?\b(?:abzusehen|absehen|abgesehen|Abstand\s+(?:zu\s+)?(?:nehmen|genommen))(?!\p{L})|\b(?:zien|zagen)\s+(?:\p{L}+\s+){0,3}?af\s+van\s+(?:\p{L}+\s+){0,3}?(?:verdere|uw|je|jouw|een)\b|\baf\s+te\s+zien\s+van\s+(?:\p{L}+\s+){0,3}?(?:verdere|uw|je|jouw|een)\b|\brenon(?:cer|çons|cé|cerons)\s+(?:donc\s+)?à\s+(?:poursuivre|donner\s+suite|retenir|vous\s+(?:proposer|recevoir|rencontrer|recruter)|votre\s+candidature)|\bprescind(?:ir|imos|iremos)\s+de\s+(?:tu|su)\s+(?:candidatura|perfil)/iu },
  // A decision against the person, and a wish to disappoint said as a duty: "we decided against
  // your application", "uns gegen Ihre Bewerbung entschieden", "moeten we je teleurstellen",
  // "müssen wir Sie enttäuschen", "nous devons vous décevoir", "tenemos que decepcionarte".
  { kind: 'rejection', weight: 4, re: /\bdecided\s+against\s+(?:progressing|moving|proceeding|taking|inviting|offering|your|you)\b|\b(?:gegen|wider|nicht\s+für)\s+(?:Sie|dich|Ihre\s+\p{L}+|deine\s+\p{L}+)\s+(?:\p{L}+\s+){0,2}?entschieden|\b(?:must|have\s+to|had\s+to|need\s+to|müssen|mussten|moeten|moesten|devons|devions|tenemos\s+que|debemos)\s+(?:\p{L}+\s+){0,3}?(?:disappoint\s+you|(?:Sie|dich)\s+(?:leider\s+)?enttäuschen|(?:je|jou|u)\s+(?:\p{L}+\s+)?teleur\s*(?:te\s+)?stellen|vous\s+décevoir|decepcionar(?:te|le))|\b(?:Sie|dich)\s+(?:leider\s+)?enttäuschen\s+(?:zu\s+)?müssen|\bje\s+(?:\p{L}+\s+){0,2}?teleur\s*te\s*stellen/iu },
  // It did not work out this time: "it hasn't worked out", "hat es leider nicht gereicht", "es hat
  // diesmal nicht geklappt", "cela n'a pas abouti", "no ha podido ser".
  { kind: 'rejection', weight: 4, re: /\b(?:hasn't|has\s+not|didn't|did\s+not)\s+(?:quite\s+)?work(?:ed)?\s+out\s+(?:for\s+you\s+)?(?:this\s+time|on\s+this\s+occasion|for\s+(?:this|the)\s+(?:role|position|post))|\b(?:leider|diesmal|dieses\s+Mal)\b[^.!?\n]{0,60}?\bnicht\s+(?:ganz\s+)?(?:gereicht|geklappt)(?!\p{L})|\bn['’]a\s+(?:malheureusement\s+)?pas\s+abouti\b|\bno\s+ha\s+podido\s+ser\b/iu },
  // Someone appointed, or the one chosen told: "we have now appointed to this post", "the successful
  // candidate has accepted"; a search kept open by decision: "we have decided to continue our
  // search", "die Suche fortzusetzen", "poursuivre nos recherches", "seguir buscando", "verder te zoeken".
  { kind: 'rejection', weight: 4, re: /\b(?:have|has)\s+(?:now\s+)?(?:made\s+an\s+appointment|appointed)\s+(?:to|for)\s+(?:this|the)\s+(?:post|position|role|vacancy)\b|\bthe\s+successful\s+(?:candidate|applicant)\s+(?:has|have)\s+(?:now\s+)?(?:been\s+(?:informed|appointed|selected|notified)|accepted)\b|\b(?:decided|decision|entschieden|entschlossen|beschlossen|décidé|decidido|besloten)(?!\p{L})[^.!?\n]{0,40}?\b(?:(?:continue|keep|reopen)\s+(?:our|the)\s+search|keep\s+(?:looking|searching)(?!\s+(?:at|into|over|through))|Suche\s+(?:\p{L}+\s+){0,2}?fort(?:zu)?setzen|weiter\s+zu\s+suchen|poursuivre\s+(?:nos|notre|les)\s+recherches?|seguir\s+buscando|(?:verder|door)\s+te\s+zoeken)\b/iu },
  // The fit denied of the person's profile: "your experience isn't the right match for this role".
  { kind: 'rejection', weight: 4, re: /\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not)\s+(?:quite\s+)?(?:the\s+right|a\s+(?:good|close|strong|great)|a)\s+(?:match|fit)\b(?!\s+for\s+(?:everyone|everybody))/iu },
  // French negation around "donner suite", the object left unsaid: "nous ne donnerons donc pas suite",
  // "nous n'y donnerons pas suite".
  { kind: 'rejection', weight: 4, re: /\bn(?:e\s+|['’]\s*)(?:y\s+)?(?:\p{L}+\s+){0,2}?donn\p{L}*\s+(?:\p{L}+\s+){0,2}?pas\s+(?:de\s+)?suite\b/iu },
  // Passing on the person: "we're going to pass this time", "we have decided to pass on your application".
  { kind: 'rejection', weight: 4, re: /\b(?:going\s+to|have\s+to|had\s+to|decided\s+to|will|'ll|must|need\s+to)\s+pass\s+(?:on\s+(?:your|you|this|the)\b|this\s+time|for\s+now|at\s+this\s+(?:time|stage|point))/i },
  // A score below the bar the process sets: "your score does not reach the minimum required",
  // "su puntuación no alcanza el mínimo", "n'atteint pas le seuil", "die Mindestpunktzahl nicht
  // erreicht", "de minimale score niet gehaald".
  { kind: 'rejection', weight: 4, re: /\b(?:did\s+not|didn't|does\s+not|doesn't|not)\s+(?:reach|meet|achieve)\s+the\s+(?:minimum|threshold|pass\s+mark|required\s+(?:score|mark)|cut-?off)|\b(?:score|mark|result)s?\s+(?:\p{L}+\s+){0,3}?(?:below|under)\s+the\s+(?:minimum|threshold|pass\s+mark|cut-?off)|\bno\s+(?:alcanza|alcanzó|ha\s+alcanzado|llega\s+a|supera|superó|ha\s+superado)\s+(?:el|la)\s+(?:mínim[oa]|puntuación\s+mínima|umbral|nota\s+de\s+corte)|\bn['’]\s*(?:\p{L}+\s+){0,2}?(?:atteint|atteignez|atteignait)\s+(?:pas\s+)?(?:le|la)\s+(?:seuil|minimum|note\s+minimale|score\s+minimum)|\b(?:Mindestpunktzahl|Mindestpunkte|Schwellenwert|Mindestanforderungen)\s+(?:\p{L}+\s+){0,3}?nicht\s+erreicht|\bnicht\s+(?:die|den)\s+(?:erforderliche\s+)?(?:Mindestpunktzahl|Schwellenwert)|\b(?:minimale|vereiste)\s+(?:score|punten|drempel)\s+(?:\p{L}+\s+){0,4}?niet\s+(?:gehaald|bereikt)|\bniet\s+(?:de|het)\s+(?:minimale|vereiste)\s+(?:score|aantal\s+punten)/iu },
  // The answer said to be no: "it's a no from the panel", "the answer is no this time", "die Antwort
  // ist leider ein Nein", "c'est un non", "la respuesta es no", "het is helaas een nee". The no ends
  // its clause or names who gave it; "it's no problem", "a no-brainer" and "c'est non seulement" say other things.
  { kind: 'rejection', weight: 4, re: /\b(?:it(?:'s|\s+is|\s+was)|that(?:'s|\s+is)|(?:the\s+)?(?:answer|decision|verdict)\s+(?:is|was))\s+(?:(?:sadly|unfortunately|afraid)\s+)?(?:a\s+)?no(?=\s*(?:[.,;:!–—]|\s-\s|$)|\s+(?:from|for\s+(?:now|this|us)|this\s+time|on\s+this|at\s+this)\b)|\b(?:ist|wird|war|lautet)\s+(?:es\s+)?(?:(?:leider|diesmal|dieses\s+Mal)\s+)*(?:ein\s+)?Nein(?!\p{L})|\b(?:c['’]est|c['’]était|(?:la\s+)?(?:réponse|décision)\s+est)\s+(?:(?:malheureusement|hélas|donc)\s+)*(?:un\s+non|non(?=\s*(?:[.,;:!–—]|$)|\s+(?:pour\s+(?:cette\s+fois|le\s+moment)|de\s+la\s+part)\b))|\b(?:es|ha\s+sido|fue|(?:la\s+)?respuesta\s+es)\s+(?:(?:lamentablemente|desgraciadamente)\s+)*(?:un\s+no|no(?=\s*(?:[.,;:!–—]|$)|\s+(?:por\s+(?:ahora|esta\s+vez)|de\s+parte)\b))|\b(?:het\s+(?:is|wordt|werd)|(?:is|wordt|werd)\s+het|het\s+antwoord\s+is)\s+(?:(?:helaas|dit\s+keer|deze\s+keer)\s+)*(?:een\s+)?nee(?!\p{L})/iu },
  // The one chosen said not to be the person: "it wasn't you this time", "it wasn't you we chose",
  // "leider sind Sie es nicht geworden", "ce n'est pas vous que nous avons retenu", "esta vez no has
  // sido tú", "het is helaas niet jou geworden". English and Spanish say it of a mistake too ("don't
  // worry, it wasn't you"): there the time or the choice must be said with it.
  { kind: 'rejection', weight: 4, re: /\b(?:it|that|the\s+(?:choice|one|pick))\s+(?:wasn't|was\s+not|isn't|is\s+not|won't\s+be|will\s+not\s+be)\s+you(?:\s+(?:this\s+time|on\s+this\s+occasion|in\s+the\s+end|for\s+(?:this|the)\s+(?:role|position|post|job|vacancy))\b|\s+(?:(?:that\s+|whom\s+)?(?:we|they|the\s+(?:panel|team|client))\s+(?:chose|picked|selected|hired|went\s+with|offered)))/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:sind|bist|seid)\s+(?:es\s+)?(?:(?:leider|diesmal|dieses\s+Mal|am\s+Ende|letztlich|nun)\s+)*nicht\s+(?:Sie|du)\s+geworden|\b(?:(?:Sie|du)\s+(?:sind|bist)|(?:sind|bist)\s+(?:Sie|du))\s+es\s+(?:(?:leider|diesmal|dieses\s+Mal|am\s+Ende|letztlich|nun)\s+)*nicht\s+geworden|\bhet\s+(?:is|wordt|werd)\s+(?:(?:helaas|dit\s+keer|deze\s+keer|uiteindelijk)\s+)*niet\s+(?:jou|jij|u)\s+geworden|\bhet\s+is\s+(?:jou|jij|u)\s+(?:(?:helaas|dit\s+keer|deze\s+keer|uiteindelijk)\s+)*niet\s+geworden/iu },
  { kind: 'rejection', weight: 4, re: /\bce\s+(?:n['’](?:est|était)|ne\s+sera)\s+pas\s+(?:vous|toi)\s+(?:(?:que\s+nous\s+avons|qu['’]on\s+a|que\s+j['’]ai)\s+(?:retenue?|choisie?|sélectionnée?|recrutée?)|cette\s+fois)/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:esta\s+vez|en\s+esta\s+ocasión)\s+no\s+(?:has|ha)\s+sido\s+(?:tú|usted)|\bno\s+(?:has|ha)\s+sido\s+(?:tú|usted)\s+(?:(?:el|la)\s+(?:elegid[oa]|seleccionad[oa]|persona\s+(?:elegida|seleccionada))|esta\s+vez|en\s+esta\s+ocasión)/iu },
  // The one chosen named with a definite article, the choice made: "we have now chosen the person who
  // will join us", "nous avons retenu la personne qui", "wir haben uns für die Kandidatin entschieden,
  // die", "we hebben gekozen voor de kandidaat die" (Spanish "hemos elegido a la persona que" is in
  // the first rules). Not the person who will hold the interview.
  { kind: 'rejection', weight: 4, re: /\b(?:have|'ve|has|had)\s+(?:now\s+|finally\s+|already\s+|just\s+)?(?:chosen|selected|picked|hired|appointed|found|(?:settled|decided|landed|agreed)\s+on|opted\s+for|gone\s+(?:with|for))\s+(?:the|our)\s+(?:person|candidate|applicant|finalist|one|individual)\s+(?:who|whom|whose|that)\b(?![^.!?\n]{0,40}\b(?:interview|meet|call|speak|talk|host|lead|contact)\p{L}*\s+(?:you|with\s+you))/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:avons|a|avions)\s+(?:finalement\s+|maintenant\s+|déjà\s+)?(?:choisi|retenu|sélectionné|recruté|trouvé)\s+(?:la\s+personne|le\s+candidat|la\s+candidate|le\s+profil)\s+(?:qui|dont)\b(?![^.!?\n]{0,40}\b(?:vous\s+(?:recevra|rencontrera|appellera|contactera)|mènera|conduira))/iu },
  { kind: 'rejection', weight: 4, re: /\bfür\s+(?:die\s+Person|den\s+Kandidaten|die\s+Kandidatin|den\s+Bewerber|die\s+Bewerberin)\s+entschieden,\s+(?:die|der)\b/iu },
  { kind: 'rejection', weight: 4, re: /\b(?:hebben|heeft)\s+(?:\p{L}+\s+){0,2}?(?:(?:gekozen\s+voor|gevonden\s+in)\s+de\s+(?:persoon|kandidaat|sollicitant)|de\s+(?:persoon|kandidaat|sollicitant)\s+(?:gekozen|gevonden|aangenomen))\s*,?\s+die\b/iu },
  // A tracker's status line set to a rejection: "The status of your application has changed to: Not
  // Selected", "Status: Abgelehnt", "Statut : non retenue", "Estado: Descartado", "Status: afgewezen".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`\b(?:status|Bewerbungsstatus|statut|estado|estatus)\b[^.!?\n]{0,100}?(?:(?:\bto|\bauf|${WORD_START}à|\ben|\ba|\bnaar|\bin)\s*:?|:)\s*["'“«„*]?\s*(?:not\s+selected|unsuccessful|rejected|declined|not\s+progressing|not\s+moving\s+forward|no\s+longer\s+under\s+consideration|abgelehnt|abgesagt|nicht\s+berücksichtigt|nicht\s+ausgewählt|Absage|non\s+retenue?|refusée?|rejetée?|non\s+sélectionnée?|no\s+seleccionad[oa]|descartad[oa]|rechazad[oa]|desestimad[oa]|afgewezen|niet\s+geselecteerd|niet\s+weerhouden|not\s+(?:shortlisted|hired|progressed|successful)|abgewiesen|nicht\s+(?:eingeladen|weiter(?:gekommen)?)|déclinée?|écartée?|no\s+apt[oa]|no\s+continúa|niet\s+(?:aangenomen|doorgegaan|door)|afgekeurd)(?!\p{L})`, 'iu') },
  // The position filled, German and Dutch with the verb last in a clause ("dass wir die Stelle
  // anderweitig besetzt haben", "dat we de vacature inmiddels hebben ingevuld"), or filled otherwise
  // ("anderweitig vergeben", "elders ingevuld"). Not under "as soon as" or "until" ("sobald wir die
  // Stelle besetzt haben", "zodra we de vacature hebben ingevuld"), nor with a negation between.
  { kind: 'rejection', weight: 4, re: /\b(?=die)(?<!\b(?:sobald|bis|wenn|falls|bevor|ehe|sofern|ob)\s+(?:wir|sie|man)\s+(?:\p{L}+\s+)?)(?:die|diese)\s+(?:Stelle|Position|Vakanz)\s+(?:(?!(?:nicht|noch|kein\p{L}*|nie)\b)[\p{L}*:\/-]+\s+){0,4}?(?:besetzt|vergeben)\s+(?:haben|hat|hatten|wurde|worden|ist)(?!\p{L})|\banderweitig\s+(?:besetzt|besetzen|vergeben|entschieden)(?!\p{L})/iu },
  { kind: 'rejection', weight: 4, re: /\b(?=de)(?<!\b(?:zodra|als|tot|voordat|wanneer|of|indien)\s+(?:we|wij|ze|zij)\s+(?:\p{L}+\s+)?)(?:de|deze)\s+(?:vacature|functie|positie)\s+(?:(?!(?:niet|nog|geen|nooit)\b)\p{L}+\s+){0,3}?(?:(?:hebben|heeft)\s+(?:ingevuld|vervuld|vergeven)|(?:ingevuld|vervuld|vergeven)\s+(?:hebben|heeft))(?!\p{L})|\belders\s+(?:ingevuld|vervuld)(?!\p{L})/iu },
  // The position offered to someone else, German and Dutch with the verb last, in any tense: "die
  // Stelle einer anderen Bewerberin angeboten", "… anbieten werden", "de functie aan een andere
  // kandidaat aangeboden", "… aan te bieden" (the position named: other applicants offered slots is no choice).
  { kind: 'rejection', weight: 4, re: /\b(?:Stelle|Position)\b[^.!?\n]{0,60}?\b(?:einer|einem)\s+(?:anderen\s+)?(?:Kandid(?:at|ierend)\p{L}*|Bewerb(?:er|end)\p{L}*|Person)\s+(?:\p{L}+\s+){0,2}?(?:angeboten|anbieten|anzubieten)(?!\p{L})|\b(?:functie|baan|vacature|positie|plek)\b[^.!?\n]{0,60}?\baan\s+(?:een\s+andere\s+(?:kandidaat|sollicitant|persoon|kandidate)|iemand\s+anders)\s+(?:\p{L}+\s+){0,2}?(?:aangeboden|aanbieden|aan\s+te\s+bieden)(?!\p{L})/iu },
  // The others said to have fitted better, in a past tense (a present one is a promise about whom
  // they will call: "candidates who are a stronger match will be contacted"): "other candidates were a stronger match", "d'autres profils
  // correspondaient davantage", "otros perfiles se ajustaban mejor", "andere kandidaten sloten beter aan".
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`(?:${OTHER_PERSON})\s+(?:${W}\s+){0,3}?(?:(?:were|was|seemed)\s+(?:a\s+)?(?:stronger|better|closer|more\s+suitable)\s+(?:match|fit)(?:es|s)?|(?:matched|fitted|suited)\s+(?:\p{L}+\s+){0,3}?(?:better|more\s+closely)|(?:correspond(?:aient|ait)|ont\s+correspondu)\s+(?:\p{L}+\s+)?(?:mieux|davantage)|(?:se\s+ajust|encaj|adecu)(?:aban|aba|aron|ó)\s+(?:\p{L}+\s+)?mejor|(?:sloot|sloten|pasten|paste)\s+(?:\p{L}+\s+){0,3}?beter)(?!\p{L})`, 'iu') },
  // Bad news said as the absence of good news: "not the news you hoped for".
  { kind: 'rejection', weight: 2, re: /\b(?:not|isn't|wasn't|n't)\s+(?:the|better|good|great|happier)\s+(?:news|answer|outcome|result)|\bnicht\s+(?:die|eine)\s+(?:\p{L}+\s+)?(?:Nachricht|Antwort)|\bpas\s+(?:la|une)\s+(?:\p{L}+\s+)?(?:réponse|nouvelle)|\bno\s+(?:es|son)\s+(?:la|las|una)\s+(?:\p{L}+\s+)?(?:respuesta|noticias?)|\bniet\s+(?:het|de)\s+(?:\p{L}+\s+)?(?:nieuws|antwoord|bericht)/iu },
  // The person's process said to end, for them: the process, an ending and the person it ends for,
  // in either order ("this is where the process ends for you", "le processus s'arrête ici pour
  // vous", "endet der Prozess für Sie", "hier stopt de procedure voor jou"), or the person's own
  // process ending ("aquí termina tu proceso"). A process that ends with a step ("ends for you with
  // a call with our CEO") goes on.
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`(?:(?:${PROCESS})${END_WORDS}|\b(?:${ENDS})(?!\p{L})[^.!?\n]{0,30}?(?:${PROCESS}))[^.!?\n]{0,20}?(?:for\s+you|für\s+(?:Sie|dich)|pour\s+(?:vous|toi)|para\s+(?:ti|usted)|voor\s+(?:jou|je|u))(?!\p{L})(?!\s*(?:with|mit|avec|con|met)\b)|(?:${ENDS})\s+(?:(?:aquí|ya|hoy)\s+)?(?:tu|su)\s+(?:proceso|participación|candidatura)(?!\p{L})(?!\s+con\b)|(?<!\p{L})(?:tu|su)\s+(?:proceso|participación)\s+(?:\p{L}+\s+){0,2}?(?:${ENDS})(?:\s+(?:aquí|ya))?(?!\p{L})(?!\s+con\b)`, 'iu') },
  // The post as the subject, going to someone else: "die Stelle geht an eine Bewerberin, deren Profil
  // besser passt", "le poste revient à une candidate dont", "el puesto se lo llevará una persona
  // cuyo perfil", "de functie gaat naar een kandidaat wiens profiel" (English "the role is going to
  // a candidate whose…" is the first rule's).
  { kind: 'rejection', weight: 4, re: new RegExp(String.raw`\b(?:Stelle|Position|poste|puesto|plaza|vacante|functie|vacature|baan)\b[^.!?\n]{0,40}?\b(?:geht|ging|gehen|revient|reviendra|est\s+revenu|se\s+(?:lo|la)\s+(?:llevará|lleva|llevó|ha\s+llevado)|gaat|ging)\s+(?:\p{L}+\s+){0,2}?(?:(?:an|à|a|naar)\s+)?(?:${OTHER_PERSON})`, 'iu') },
];

/**
 * Whether the text says the employer chose someone else from outside ("closed the process with
 * another candidate"): then a closed process is a rejection of this person. An internal
 * candidate is a position filled internally, which is closed.
 */
export function choosesSomeoneElse(text: string): boolean {
  return GRAMMAR_RULES.slice(0, 3).some((rule) => {
    const m = rule.re.exec(text);
    // Someone from the employer's own staff ("una persona de nuestra propia plantilla") is internal
    // too, and so is a colleague by what a colleague is ("intern mit einer Kollegin aus dem Vertrieb
    // besetzt", "une collègue", "una compañera", "een collega"), or one said internal just before,
    // or already on the staff ("a member of our existing team", "une personne déjà en poste"), or
    // one of the employer's own by the possessive ("one of our shift leads", "einen unserer
    // Ausbilder", "l'un de nos moniteurs", "uno de nuestros técnicos", "een van onze monteurs").
    return m !== null && !/\bone\s+of\s+(?:our|its)\s|\b(?:eine[nmr]?|einem)\s+unserer\s|\bun(?:e)?\s+de\s+nos\s|\bun[oa]\s+de\s+nuestr[oa]s\s|\b(?:één|een)\s+van\s+onze\s|\bintern|\b(?:own|propi[oa]s?|eigene[nmrs]?|eigen|propres?|existing|current|actual|huidige|bestaande|bestehende[nmrs]?)\b|déjà\s+en\s+poste|(?<!\p{L})(?:colleague|Kolleg|collègue|compañer|collega)\p{L}*/iu.test(text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 40));
  });
}
