// The phrases that decide a message's kind, in the five languages of the listing analysis. Each
// rule adds its weight to its class once; the strongest class wins (see classify.ts). Written on
// bench/data/mail/train and the old test split (now training data too), each rule for a kind of
// sentence (sentences.test.ts has sentences of our own for each), never a phrase of one message.
import type { MailKind } from './schema';
import { WORD_END, WORD_START } from './word';

export interface PhraseRule {
  kind: MailKind | 'not_job';
  weight: number;
  re: RegExp;
  /** The rule does not count where this matches the text. */
  unless?: RegExp;
}

const r = (kind: PhraseRule['kind'], weight: number, ...res: RegExp[]): PhraseRule[] => res.map((re) => ({ kind, weight, re }));

const OTHERS = String.raw`(?:other|another|a different|stronger|more (?:experienced|suitable))\s+(?:\w+\s+)?(?:candidates?|applicants?|finalists?|persons?|profiles?|individuals?)`;

// A footer that says the mail is about the person's own application.
const CANDIDATE_FOOTER = /\b(?:receiving\s+this\s+(?:e-?mail|message)\s+because\s+you\s+(?:applied|have\s+applied|submitted|are\s+a\s+candidate|have\s+an\s+application)|Sie\s+erhalten\s+diese\s+(?:E-?Mail|Nachricht),?\s+(?:weil|da)\s+Sie\s+sich\s+(?:\p{L}+\s+){0,3}?beworben|vous\s+recevez\s+(?:cet|ce)\s+(?:e-?mail|message)\s+(?:car|parce\s+que)\s+vous\s+avez\s+postulé|recibes\s+este\s+(?:correo|mensaje)\s+porque\s+(?:te\s+)?(?:has\s+)?(?:postulado|inscrito|presentado)|je\s+ontvangt\s+deze\s+(?:e-?mail|mail)\s+omdat\s+je\s+(?:hebt\s+)?gesolliciteerd)/iu;

// A message that speaks to the person of their own application ("thanks for applying", "your
// application", "votre candidature", "je sollicitatie"): a tracker's mail, whatever footer it carries.
const ABOUT_YOUR_APPLICATION = /\b(?:your|je|jouw|uw|Ihre|deine|dein|votre|ta|tu|su)\s+(?:application|candidacy|sollicitatie|Bewerbung|candidature|candidatura|solicitud|postulación)\b|\b(?:thanks|thank\s+you)\s+(?:\p{L}+\s+){0,4}?(?:applying|to\s+apply)\b|\b(?:interest|interés|Interesse|intérêt|interesse)\s+(?:\p{L}+\s+){0,2}?(?:in|en|an|à|pour|voor|für)\s+(?:(?:the|our|this|el|la|este|esta|nuestr[oa]|der|die|dem|unserer|unsere|unserem|le|ce|cette|notre|l['’]|de|het|deze|onze)\s*)(?:\p{L}+\s+)?(?:position|role|job|vacancy|opening|puesto|vacante|posición|plaza|Stelle|Position|poste|offre|functie|vacature|rol)\b/iu;
const CANDIDATE_MAIL = new RegExp(`${CANDIDATE_FOOTER.source}|${ABOUT_YOUR_APPLICATION.source}`, 'iu');

// A calendar program's notice to the calendar's owner, not anyone's invitation.
export const CALENDAR_SUBSCRIPTION = /\bsubscribed\s+(?:for|to)\s+notifications\s+(?:on|for)\s+(?:the\s+)?calendar\b/iu;

// Words that name a job search; a calendar's invitation or a reminder that holds one may be an interview.
const CALENDAR_JOB_WORDS = /\b(?:interview\p{L}*|screen(?:ing)?|recruit\p{L}*|candida\p{L}*|applica\p{L}*|hiring|hire|jobs?|role|position|vacanc\p{L}*|offer|CV|resume|Vorstellungsgespräch|Bewerbung\p{L}*|Stelle|Kandidat\p{L}*|Personal\p{L}*|entretien|poste|recrutement|entrevista|puesto|vacante|selección|sollicitati\p{L}*|vacature|functie|kandida\p{L}*|gesprek)(?!\p{L})/iu;

export const RULES: PhraseRule[] = [
  // Rejection: the decision, not the courtesy around it ("unfortunately" alone is not one).
  ...r('rejection', 4,
    /\b(?:decided|chosen|elected|opted|made the (?:difficult |hard )?decision)\s+(?:not\s+to|to\s+not)\s+(?:move|proceed|progress|pursue|advance|continue|take|invite|offer)/i,
    /\b(?:not|n't)\s+(?:be\s+)?(?:moving|move|proceeding|proceed|progressing|progress|advancing|advance|taking|take|pursuing|pursue|continuing|continue|scheduling)\s+(?:you\s+|with\s+(?:it|you|your\s+\w+)\s+|your\s+(?:application|candidacy|candidature)\s+)?(?:forward|further|ahead|any further|with|to the|in the process|an interview)/i,
    new RegExp(String.raw`\b(?:move|moving|proceed|proceeding|go|going|continue|continuing|progress|progressing|pursue|pursuing|focus|selected|chosen|select|identified|hired|hire)\s+(?:forward\s+|ahead\s+|on\s+)?(?:with\s+)?${OTHERS}`, 'i'),
    /\b(?:offered|offer|give|given|extend(?:ed)?(?: an offer)?)\s+(?:the\s+(?:role|position|job)\s+)?to\s+(?:someone|another|a different|a candidate)/i,
    // Not a promise about whom they will take ("we will only move forward with candidates who…").
    /(?<!\b(?:only|usually|typically|normally|generally)\s+)\b(?:moving|move|continue|continuing|proceed|proceeding|go|going|went)\s+(?:forward\s+|ahead\s+)?with\s+(?:other\s+)?(?:candidates|applicants|someone|somebody)\s+(?:whose|who|else|with)\b/i,
    /\bnot\s+(?:be\s+)?(?:advancing|progressing|pursuing|moving\s+forward\s+with|proceeding\s+with)\s+your\s+(?:application|candidacy|candidature)/i,
    /\b(?:offer|offered|give|given)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:role|position|job|post)\s+to\s+(?:someone|another|a\s+different|an?\s+(?:\w+\s+)?candidate)/iu,
    /\bunable\s+to\s+(?:progress|proceed|move\s+forward|take)\b/i,
    /\bgegen\s+(?:eine\s+Zusammenarbeit|Sie|dich)\s+entschieden|andere\s+(?:Profile|Kandid(?:at|ierend)\w*|Bewerb(?:er|end)\w*)\s+(?:(?:passen|passten|entsprechen|entsprachen|sind|waren)\s+)?(?:noch\s+)?(?:besser|passender)/i,
    /\bgekozen\s+voor\s+een\s+(?:andere\s+)?kandidaat|niet\s+met\s+(?:je|jou|u)\s+(?:verder|doen)\b/i,
    // The choice, said as the team going with another person: "went with another engineer", "we've
    // gone with a different designer" (a noun of any trade, not only "candidate").
    /\b(?:went|gone|going\s+to\s+go|decided\s+to\s+go|opted\s+to\s+go)\s+(?:ahead\s+)?with\s+(?:another|a\s+different)\s+(?:\p{L}+\s+)?(?:candidate|applicant|person|finalist|profile|hire|individual|\p{L}{3,}(?:er|or|ist|ant|ent))\b/iu,
    // The same choice with the one chosen as the verb's object: "we have hired another technician",
    // "la commission a retenu un autre binôme", "hemos contratado a otra enfermera" (the Spanish "a"
    // marks a person), "einen anderen Trainer eingestellt", "een andere trainer aangeworven". A
    // date, a slot or a way chosen instead is no one.
    /\b(?:hired|appointed|recruited|selected|chosen|picked|engaged)\s+(?:another|a\s+different)\s+(?:\p{L}+\s+)?(?:candidate|applicant|person|finalist|individual|\p{L}{3,}(?:er|or|ist|ant|ent|ian))\b/iu,
    /\b(?:avons|avions|a|ont|avait|avaient)\s+(?:(?:finalement|donc|plutôt|déjà)\s+)?(?:retenu|choisi|sélectionné|recruté|engagé|embauché|privilégié)\s+(?:un|une)\s+autre\s+(?!(?:date|créneau|horaire|jour|moment|option|solution|approche|lieu|format|piste|voie|direction)(?!\p{L}))\p{L}{3,}/iu,
    /\b(?:hemos|han|ha|habíamos|había|elegimos|seleccionamos|contratamos|escogimos|incorporamos)\s+(?:(?:finalmente|ya)\s+)?(?:(?:elegido|seleccionado|contratado|escogido|incorporado)\s+)?a\s+otr[oa]\s+\p{L}{3,}/iu,
    /\b(?:einen|eine)\s+andere[nr]?\s+(?!(?:Termin|Zeitpunkt|Weg|Ansatz|Richtung|Tag|Ort)(?!\p{L}))\p{L}{3,}\s+(?:\p{L}+\s+){0,3}?(?:eingestellt|angestellt|verpflichtet|engagiert|ausgewählt|gewählt)(?!\p{L})/iu,
    /\been\s+andere\s+(?!(?:datum|tijd|dag|moment|optie|aanpak|richting|keuze|weg|locatie)(?!\p{L}))\p{L}{3,}\s+(?:\p{L}+\s+){0,2}?(?:gekozen|aangenomen|aangeworven|aangesteld|geselecteerd)(?!\p{L})/iu,
    // "Your profile does not match what we need": the fit, said to be missing, in each language.
    /\b(?:your|the)\s+(?:profile|background|experience|skills?(?:\s+set)?|qualifications?)\s+(?:(?:does|do|did)\s+not|doesn't|don't|didn't)\s+(?:quite\s+|fully\s+|entirely\s+|exactly\s+)?(?:match|fit|meet|align)/i,
    /\b(?:Ihr|dein)\s+(?:Profil|Werdegang|Erfahrungsprofil)\s+(?:\p{L}+\s+){0,3}?(?:passt|entspricht)\s+(?:\p{L}+\s+){0,3}?nicht|(?:passt|entspricht)\s+(?:Ihr|dein)\s+Profil\s+(?:\p{L}+\s+){0,3}?nicht/iu,
    /\b(?:profil|expérience|parcours|candidature)\s+ne\s+(?:correspond|répond)\s+pas|ne\s+(?:correspond|répond)\s+pas\s+(?:exactement\s+|tout\s+à\s+fait\s+|pleinement\s+)?(?:aux|à\s+nos)\s+(?:besoins|attentes|critères|exigences)/i,
    /\b(?:perfil|experiencia|candidatura)\s+no\s+(?:se\s+ajusta|encaja|corresponde|se\s+adecúa|cumple)/i,
    /\b(?:profiel|ervaring|achtergrond)\s+(?:sluit\s+)?(?:\p{L}+\s+){0,3}?(?:niet|onvoldoende)\s+(?:\p{L}+\s+){0,2}?(?:aan|past)|(?:sluit|past)\s+(?:je|jouw|uw)\s+(?:profiel|ervaring)\s+(?:\p{L}+\s+){0,2}?(?:niet|onvoldoende)/iu,
    // French negation split around its verb: "ne pourrons pas donner suite", "ne donnerons donc pas suite".
    /\bne\s+(?:\p{L}+\s+){1,4}?pas\s+(?:\p{L}+\s+){0,4}?(?:donner\s+)?(?:une\s+)?suite\s+(?:favorable\s+)?à\s+(?:votre|ta)\s+(?:candidature|demande)/iu,
    /\b(?:cannot|can't|unable\s+to|not\s+(?:be\s+)?able\s+to|not\s+in\s+a\s+position\s+to)\s+offer\s+you\b/i,
    /(?:pas|plus)\s+(?:en\s+mesure\s+de\s+|possible\s+de\s+)?donner\s+(?:une\s+)?suite/i,
    /\bno\s+ha\s+(?:avanzado|pasado|superado)\b/i,
    /\bchosen\s+(?:someone|somebody)\s+else\b|\bfilled\s+(?:this|the)\s+(?:role|position|vacancy)\s+with\s+(?:another|someone)/i,
    /\b(?:have|has|were|was)\s+not\s+been\s+(?:successful|shortlisted|selected)|\b(?:were|was)\s+(?:not\s+successful|unsuccessful)\b|\bhas\s+been\s+unsuccessful\b|\bnot\s+successful\s+on\s+this\s+occasion/i,
    /\b(?:no\s+longer\s+under\s+consideration|not\s+(?:be\s+)?considered\s+further|not\s+selected\s+(?:for|to)|unable\s+to\s+offer\s+you|not\s+(?:be\s+)?able\s+to\s+offer\s+you|not\s+be\s+(?:progressing|taking)\s+your\s+application|not\s+have\s+been\s+selected|will\s+not\s+be\s+scheduling)/i,
    /\bwon't\s+be\s+(?:moving|progressing|proceeding|advancing|taking)\b|\bwill\s+not\s+(?:proceed|progress|pursue|advance)\b|\bshall\s+not\s+be\s+progressing/i,
    // No opening that fits the person: "we have no position matching your profile at present",
    // "pas de poste correspondant à votre profil", "keine passende Stelle", "ninguna vacante que
    // se ajuste a tu perfil", "geen passende vacature".
    /\bno\s+(?:suitable|matching|open)\s+(?:positions?|roles?|vacanc(?:y|ies)|openings?)\s+(?:for\s+you|that|matching|at\s+(?:the\s+)?(?:moment|present))|\bno\s+(?:positions?|roles?|vacanc(?:y|ies)|openings?)\s+(?:that\s+)?(?:match(?:es|ing)?|suit(?:s|ing|ed)?)\s+(?:to\s+)?your\s+(?:profile|background|experience)|\bpas\s+(?:de|d['’])\s*(?:postes?|offres?|opportunités?)\s+(?:\p{L}+\s+)?(?:correspond\p{L}*|adapté\p{L}*)\s+à\s+(?:votre|ton)\s+profil|\bkeine\s+(?:passende|geeignete)\s+(?:Stelle|Position|Vakanz)|\bno\s+(?:tenemos|disponemos\s+de|hay)\s+(?:ningun[ao]\s+|ningún\s+)?(?:vacantes?|puestos?|posici[oó]n(?:es)?|ofertas?)\s+(?:que\s+(?:se\s+ajuste|encaje|corresponda)|acorde|adecuad[oa])|\bgeen\s+(?:passende|geschikte)\s+(?:vacature|functie|positie)/iu,
    /\bcloser\s+(?:fit|match)\b|\bmore\s+closely\s+(?:match|matches|fit|fits|align|aligns|meet)/i,
    // Another choice or way, said without the other person: "haben uns anders entschieden", "fait un
    // autre choix", "hemos tomado otra dirección", "een andere keuze gemaakt" ("gone another way" is in grammar.ts).
    /\b(?:uns|mich)\s+(?:\p{L}+\s+){0,2}?(?:anders|für\s+einen\s+anderen\s+Weg)\s+entschieden\b|\b(?:fait|opéré|porté\s+notre\s+choix\s+sur)\s+(?:un\s+)?autre\s+choix\b|\bpris\s+une\s+autre\s+direction\b|\b(?:tomado|elegido|optado\s+por|ido\s+por)\s+otr[oa]\s+(?:dirección|camino|opción|rumbo)\b|\b(?:een\s+)?andere\s+(?:keuze|richting)\s+(?:\p{L}+\s+){0,2}?(?:gemaakt|gekozen|ingeslagen)\b|\banders\s+(?:besloten|gekozen)\b/iu,
    // The decision said to go against the person: "it is not in your favour", "nicht zu Ihren Gunsten",
    // "pas en votre faveur", "no ha sido favorable", "niet in jouw voordeel", a negative decision.
    /\bnot\s+(?:\p{L}+\s+){0,2}?in\s+your\s+favou?r\b|\bunfavou?rable\s+(?:decision|outcome)|\bnicht\s+(?:\p{L}+\s+){0,2}?zu\s+(?:Ihren|Ihrem|deinen|deinem)\s+Gunsten|\bnegative[nr]?\s+(?:Entscheidung|Bescheid)|\bpas\s+(?:\p{L}+\s+){0,2}?en\s+(?:votre|ta)\s+faveur|\b(?:avis|décision|réponse)\s+(?:\p{L}+\s+)?(?:défavorable|négative)|\bno\s+(?:ha\s+sido|es|fue|ha\s+resultado|resultó)\s+(?:\p{L}+\s+)?(?:a\s+(?:tu|su)\s+favor|favorable)|\b(?:decisión|respuesta|resolución)\s+(?:\p{L}+\s+)?(?:negativa|desfavorable)|\bniet\s+(?:\p{L}+\s+){0,2}?in\s+(?:je|jouw|uw)\s+voordeel|\bnegatie(?:f|ve)\s+(?:besluit|beslissing|antwoord)/iu,
    // de
    /\b(?:für|mit)\s+(?:eine[nmr]?\s+)?(?:andere[nmr]?|jemand\s+anderen|jemand\s+anderes)\s*(?:Bewerb(?:er|end)\w*|Kandid(?:at|ierend)\w*(?::innen)?|Person)?\s+(?:zu\s+)?(?:entschieden|fortzusetzen|weiterzumachen|weiter(?:zu)?gehen)/i,
    /\b(?:absagen|Absage)\b|nicht\s+(?:weiter\s+)?berücksichtig|keine\s+positive(?:re)?\s+(?:Rückmeldung|Nachricht)|nicht\s+in\s+der\s+Lage,?\s+Ihnen\s+die\s+Stelle|keine\s+Zusage\s+(?:[^\s.!?]+\s+){0,3}?(?:geben|machen|erteilen)/i,
    // fr
    /\b(?:ne\s+(?:pouvons|pourrons|donnerons|poursuivrons)\s+(?:donc\s+)?pas\s+(?:y\s+)?(?:donner\s+(?:une\s+)?suite|le\s+processus|poursuivre))|pas\s+été\s+(?:retenue?s?|(?:pré)?sélectionnée?s?|choisie?s?)|ne\s+pas\s+(?:poursuivre|donner\s+suite)|donner\s+une\s+suite\s+favorable/i,
    /\b(?:retenu|retenir|choisi|poursuivre(?:\s+le\s+processus)?\s+avec|donner\s+suite\s+à|privilégié)\s+(?:un\s+autre|une\s+autre|d'autres)\s+(?:profil|candidat|candidature)/i,
    // es
    /\b(?:continuar|seguir|optado|seleccionado|decantado|decidido\s+continuar)\s+(?:adelante\s+)?(?:con|por|a)\s+(?:otr[oa]s?)\s+(?:candidat|perfil|persona)/i,
    /\bno\s+(?:ha\s+sido\s+seleccionad|has\s+sido\s+seleccionad|continuarás|vamos\s+a\s+seguir\s+adelante|avanzar\s+con\s+tu\s+candidatura|continuar\s+con\s+tu\s+candidatura)|decidido\s+no\s+(?:avanzar|continuar|seguir)/i,
    // nl
    /\b(?:gekozen\s+voor|besloten\s+(?:om\s+)?(?:met\s+)?)\s*(?:een\s+)?andere?\s+kandida|\bandere\s+kandidaat\s+(?:aan\s+te\s+nemen|gekozen)|voor\s+een\s+andere\s+kandidaat\s+gekozen/i,
    /\bniet\s+(?:verder\s+(?:te\s+)?gaan|verder\s+in\s+behandeling|uit\s+te\s+nodigen|heeft\s+geleid\s+tot|geleid\s+tot)|\bAfwijzing\b/i),
  ...r('rejection', 2,
    /\b(?:regret|sorry|unfortunately|afraid)\b[^.!?\n]{0,100}\b(?:not|unable|won't|unsuccessful)\b/i,
    /\b(?:bedauern|leider)\b[^.!?\n]{0,80}\bnicht\b|\bmüssen\s+wir\s+Ihnen\s+leider\s+mitteilen/i,
    /\b(?:au\s+regret|le\s+regret\s+de|regrettons|malheureusement)\b/i,
    /\b(?:lamentamos|lamentablemente|sentimos\s+comunicar|por\s+desgracia|desafortunadamente)\b/i,
    /\bhelaas\b/i),

  // A position closed by the employer: not the person's doing.
  ...r('position_closed', 6,
    /\b(?:position|role|requisition|vacancy|opening|job|posting|search|recruitment|hiring|process)\b[^.!?\n]{0,80}\b(?:cancel+ed|on\s+hold|on\s+pause|on\s+ice|paused|withdrawn|frozen|eliminated|shelved|parked|mothballed|on\s+the\s+back\s*burner|(?:will|shall)\s+not\s+(?:now\s+|then\s+)?be\s+(?:re)?filled|won't\s+(?:now\s+)?be\s+(?:re)?filled|(?:has\s+been|is\s+now|was)\s+closed)\b/i,
    /\b(?:hiring\s+freeze|no\s+longer\s+open|priorities\s+have\s+shifted|headcount|decided\s+not\s+to\s+(?:recruit|hire|fill)|stopped\s+the\s+(?:process|recruitment)|filled\s+internally|internal\s+candidate|fill(?:ed|ing)?\s+(?:the|this|that|our)\s+(?:[\w-]+\s+){0,4}?(?:role|position|vacancy|post|job|opening)?\s*(?:internally|from\s+within|in-house)|budget(?:ary)?\s+(?:constraints|cuts|reasons)|restructur\w+|reorgani[sz]\w+|(?:needs|requirements|scope|priorities)\b[^.!?\n]{0,40}\b(?:changed|shifted)|change\s+in\s+(?:business\s+)?priorities|shift\s+in\s+(?:company\s+)?priorities|decided\s+not\s+to\s+fill|paused\s+hiring|funding)\b/i,
    // The decision not to open or create the position at all: "decided not to open the role after
    // all", "decidió no abrir finalmente el cargo", "décidé de ne finalement pas ouvrir le poste",
    // "besloten de functie toch niet open te stellen" (German "nicht zu besetzen" is below).
    /\bdecided\s+not\s+to\s+(?:open|create|go\s+ahead\s+with|proceed\s+with)\s+(?:\p{L}+\s+){0,2}?(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:role|position|post|vacancy|opening)\b/iu,
    /\b(?:decid\p{L}*|resolvi\p{L}*|optad[oa]|opt[óo])\s+(?:por\s+)?no\s+(?:abrir|cubrir|ocupar|crear|convocar)\s+(?:\p{L}+\s+){0,2}?(?:el|la|este|esta|ese|esa)\s+(?:cargo|puesto|vacante|plaza|posición)\b/iu,
    /\bdécid\p{L}*\s+de\s+ne\s+(?:\p{L}+\s+)?pas\s+(?:ouvrir|pourvoir|créer|maintenir)\s+(?:\p{L}+\s+){0,2}?(?:le|ce|cet|la|cette)\s+(?:poste|offre|emploi)\b/iu,
    /\bbesloten\s+(?:om\s+)?(?:de|deze)\s+(?:vacature|functie|positie)\s+(?:\p{L}+\s+){0,2}?niet\s+(?:open\s+te\s+stellen|in\s+te\s+vullen|te\s+vervullen)(?!\p{L})/iu,
    /\b(?:nicht\s+mehr\s+besetzt|nicht\s+zu\s+besetzen|vorerst\s+nicht\s+(?:zu\s+)?besetz\w*|gestrichen|zurückgezogen|Einstellungsstopp|budgetären\s+Gründen|Umstrukturierung|Neuorganisation|intern\s+besetzt|Prozess\s+wird\s+(?:daher\s+)?eingestellt|Bewerbungsprozess\s+wird\s+(?:daher\s+)?eingestellt|Auswahlverfahren\s+(?:daher\s+)?beendet)/i,
    /\b(?:recrutement|poste|processus|recherche|sélection)\b[^.!?\n]{0,60}\b(?:suspendu|annulé|gelé|fermée?|n'est\s+plus\s+d'actualité)|mettre\s+en\s+pause|gel\s+des\s+embauches|pourvu\s+en\s+interne|réorganisation|raisons\s+budgétaires|recrutement\s+(?:est\s+)?(?:donc\s+)?clos/i,
    /\b(?:proceso|vacante|puesto|posición|oferta|búsqueda|selección|convocatoria)\b[^.!?\n]{0,80}\b(?:cancelad[oa]|suspendid[oa]|congelad[oa]|cerrad[oa]|en\s+suspenso|paralizad[oa]|en\s+pausa|pospuest[oa])|cubiert[oa]\s+internamente|\b(?:queda|quedó|ha\s+quedado|declarad[oa])\s+desiert[oa]|congelar|presupuestari\w+|motivos\s+presupuestarios|cambios?\s+en\s+las\s+necesidades|reestructuración/i,
    /\b(?:vacature|functie|procedure|werving|selectie|zoektocht)\b[^.!?\n]{0,80}\b(?:ingetrokken|vervalt|te\s+vervallen|on\s+hold|stopgezet|geannuleerd)|vacaturestop|reorganisatie|intern\s+(?:een\s+collega\s+)?(?:gevonden|ingevuld)|stoppen\s+we\s+de\s+procedure|bezuiniging/i),

  // The employer acts on the position itself, verb first: "freeze all hiring", "decided to close this
  // position", "hemos cancelado el proceso", "de vacature in te trekken", "liegt die Stelle auf Eis".
  ...r('position_closed', 6,
    /\b(?:cancel(?:l?ed|l?ing)?|clos(?:e|ed|ing)(?!\s+date)|freez(?:e|ing)|froze|pause[ds]?|pausing|withdr[ae]w(?:n|ing)?|put\s+on\s+hold|putting\s+on\s+hold|suspend(?:ed|ing)?|scrap(?:ped|ping)?)\s+(?:\p{L}+\s+){0,3}?(?:position|role|requisition|vacancy|opening|search|recruitment|hiring|process|job\s+posting)\b|\bno\s+longer\s+(?:be\s+)?(?:hiring|recruiting)\s+for\b|(?:\bnot|n't)\s+(?:be\s+)?(?:hir(?:e|ing)|fill(?:ing)?|recruit(?:ing)?|tak(?:e|ing)\s+on)\s+(?:anyone|anybody|(?:any\s+)?new\s+(?:staff|people|employees|hires)|any\s+staff|an?\s+(?:[\p{L}-]+\s+){1,3}?(?:after\s+all|at\s+all|this\s+(?:year|season|time)|for\s+now|any\s*more)\b)\b/iu,
    // None of the post's kind taken on at all, the negation before an indefinite: "nous ne prendrons
    // pas d'apprenti cette année", "no contrataremos a ningún aprendiz", "stellen wir doch keinen
    // Azubi ein", "nemen we toch geen stagiair aan".
    /\bne\s+(?:prendr|recruter|embaucher|engager)\p{L}*\s+(?:(?:finalement|donc|plus)\s+)?pas\s+(?:d['’]|de\s+)\s*\p{L}{3,}|\bno\s+(?:vamos\s+a\s+(?:contratar|incorporar)|contrataremos|incorporaremos)\s+(?:finalmente\s+)?(?:a\s+)?ning[uú]n[oa]?(?!\p{L})|\bstellen\s+wir\s+(?:\p{L}+\s+){0,3}?kein(?:e|en)?\s+[\p{L}*:\/-]+\s+(?:\p{L}+\s+){0,3}?ein(?!\p{L})|\b(?:nemen\s+(?:we|wij)|(?:we|wij)\s+nemen)\s+(?:\p{L}+\s+){0,3}?geen\s+\p{L}+\s+(?:\p{L}+\s+){0,3}?aan(?!\p{L})/iu,
    /\b(?:cancelad[oa]|cancelar|suspendid[oa]|suspender|cerrad[oa]|cerrar|congelad[oa]|congelar|paralizad[oa]|retirad[oa])\s+(?:\p{L}+\s+){0,3}?(?:proceso|vacante|puesto|posición|oferta|búsqueda|selección)\b|\bno\s+(?:incorporar|contratar|cubrir)\s+(?:a\s+nadie|el\s+puesto|la\s+(?:vacante|posición)|(?:a\s+)?(?:nuevo\s+)?personal|(?:a\s+)?nuevas?\s+personas?)/iu,
    /\b(?:annul[ée]\w*|annuler|suspendu\w*|suspendre|gel[ée]\w*|geler|(?<!date\s+de\s+(?:la\s+)?)clôtur\w+|ferm[ée]\w*|fermer|retir[ée]\w*)\s+(?:\p{L}+\s+){0,3}?(?:recrutement|poste|processus|offre|annonce)\b|\bne\s+(?:\p{L}+\s+){0,2}?recruter\s+personne/iu,
    /\b(?:Stelle|Position|Prozess|Verfahren|Besetzung|Ausschreibung|Suche)\b[^.!?\n]{0,60}\b(?:auf\s+Eis|pausier\w*|gestoppt|abgesagt|storniert|eingefroren|ruht|zurückgezogen)|\b(?:niemanden|keine\s+(?:neue\s+)?Person|kein\s+(?:neues\s+)?Personal|keine\s+(?:neuen\s+)?Mitarbeit\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:einzustellen|einstellen)(?!\p{L})/iu,
    /\b(?:vacature|functie|procedure|werving|sollicitatieprocedure)\s+(?:\p{L}+\s+){0,3}?(?:in\s+te\s+trekken|intrekken|te\s+sluiten|sluiten|te\s+annuleren|stop\s+te\s+zetten|in\s+de\s+wacht|bevroren|geschrapt)|\b(?:niemand|geen\s+(?:nieuw\s+)?personeel|geen\s+nieuwe\s+(?:mensen|medewerkers))\s+(?:\p{L}+\s+){0,2}?aan\s+te\s+nemen/iu),

  // The position left unfilled, filled from within, or its budget gone: "die Stelle Werkstattleitung
  // nicht besetzen werden", "le poste ne sera pas pourvu", "el puesto no se va a cubrir", "de
  // vacature wordt niet ingevuld"; "intern nachbesetzt", "pourvu en interne", "cubierto de forma
  // interna"; "fehlt uns das Budget", "no longer have the budget for this role", "plus de budget".
  ...r('position_closed', 6,
    /\b(?:Stelle|Position|Vakanz)\s+(?:[\p{L}*:\/-]+\s+){0,3}?(?:(?:vorerst|doch|gar|zunächst|vorläufig|leider)\s+)?nicht\s+(?:(?:mehr|neu|wieder|erneut)\s+)?(?:zu\s+)?(?:nach)?besetz(?:en|t)(?!\p{L})|\b(?:poste|offre)\s+(?:\p{L}+\s+){0,3}?ne\s+sera\s+(?:\p{L}+\s+)?pas\s+pourvu|\b(?:puesto|vacante|plaza|posición)\s+(?:\p{L}+\s+){0,3}?no\s+se\s+(?:va\s+a\s+cubrir|cubrirá|cubre|ocupará)|\bquedará\s+sin\s+cubrir|\b(?:vacature|functie|positie)\s+(?:\p{L}+\s+){0,4}?(?:(?:wordt|zal)\s+(?:\p{L}+\s+){0,2}?)?niet\s+(?:meer\s+)?(?:(?:wordt|zal\s+worden)\s+)?(?:ingevuld|vervuld)(?!\p{L})/iu,
    /\bintern\s+(?:(?!(?:nicht|kein\p{L}*|noch)\s)[\p{L}-]+\s+){0,8}?(?:nach)?besetzt|\b(?:besetz\p{L}*|nachbesetz\p{L}*|vergeben)\s+(?:\p{L}+\s+){0,2}?intern\b|\b(?:pourv\p{L}*|recrut\p{L}*|attribu\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,7}?en\s+interne\b|\b(?:cubiert[oa]|cubrir|cubrimos|ocupad[oa]|ocupar)\s+(?:[\p{L}'’-]+\s+){0,7}?(?:internamente|de\s+forma\s+interna|con\s+personal\s+(?:propio|interno)|por\s+promoción\s+interna)|\binterne?\s+(?:(?!(?:niet|geen|nog)\s)\p{L}+\s+){0,5}?(?:ingevuld|vervuld|in\s+te\s+vullen)\b/iu,
    /\b(?:fehlt|fehlen)\s+(?:uns\s+)?(?:\p{L}+\s+){0,2}?(?:das|ein)\s+Budget|\bkein(?:e|en)?\s+Budget\s+(?:mehr\s+)?für\s+(?:die|diese)\s+(?:Stelle|Position)|\b(?:no|lost\s+the|without\s+the|(?:no\s+longer|don't|do\s+not|not)\s+have\s+(?:the|a|any))\s+budget\s+(?:for|to\s+(?:hire|fill|recruit))\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:role|position|post|hire|vacancy)\b|\b(?:plus|pas|faute|manque)\s+(?:de\s+|d['’])budget\s+pour\s+(?:le|ce)\s+(?:\p{L}+\s+){0,2}?poste|\b(?:sin|no\s+(?:tenemos|hay|contamos\s+con))\s+(?:el\s+)?presupuesto\s+para\s+(?:el|este|la|esta)\s+(?:puesto|vacante|posición|plaza)|\bgeen\s+budget\s+(?:meer\s+)?voor\s+(?:de|deze)\s+(?:functie|vacature|positie)/iu),

  // The choice fell on someone from the employer's own ranks: a position filled internally, in the
  // five languages ("someone from our own team", "jemanden aus dem eigenen Team", "quelqu'un de
  // notre propre équipe", "alguien de nuestro propio equipo", "iemand uit ons eigen team").
  ...r('position_closed', 6,
    /\b(?:someone|somebody|a\s+colleague|jemand(?:en|em)?|eine[nmr]?\s+(?:Kolleg\p{L}*|Mitarbeiter\p{L}*)|quelqu['’]un|une?\s+collègue|alguien|una?\s+compañer[oa]|iemand|een\s+collega)\s+(?:from|aus|de|del|uit|van)\s+(?:(?:our|the|dem|den|unserem|unseren|unserer|notre|la|nuestr[oa]|el|ons|onze|het|de)\s+)?(?:own|eigenen|eigen|propre|propi[oa])\s+(?:\p{L}+)|\b(?:a\s+person|eine[nr]?\s+Person|une\s+personne|una\s+persona|een\s+persoon)\s+(?:from|aus|de|uit|van)\s+(?:our|unserem|unserer|unseren|notre|nuestr[oa]|ons|onze)\s+(?:own|eigenen|eigen|propre|propi[oa])\s+\p{L}+|\baus\s+den\s+eigenen\s+Reihen\b|\bfrom\s+within\s+(?:our|the)\s+(?:team|company|organi[sz]ation|ranks)\b/iu),
  // The post given to someone already on the staff, the giving said in the same sentence: "promote
  // a member of our existing team", "confier le poste à une personne déjà en poste", "ofrecer el
  // puesto a un empleado actual", "de functie geven aan een huidige medewerker", "mit einer
  // bestehenden Mitarbeiterin besetzen".
  ...r('position_closed', 6,
    /\b(?:promot\p{L}*|appoint\p{L}*|giv(?:e|en|ing)|offer\p{L}*|fill\p{L}*|decided|chosen|chose|besetz\p{L}*|vergeben|geben|befördern|entschieden|confi\p{L}*|attribu\p{L}*|propos\p{L}*|promouvoir|promu\p{L}*|décidé|ofrec\p{L}*|promocion\p{L}*|asign\p{L}*|decidido|cubrir|geven|gegeven|aanbieden|aangeboden|promoveren|gepromoveerd|besloten|invullen|ingevuld)\b[^.!?\n]{0,80}?(?:\b(?:a\s+member\s+of\s+(?:our|the)\s+(?:existing|current)\s+(?:team|staff)|(?:an?|one\s+of\s+our)\s+(?:existing|current)\s+(?:employee|team\s+member|staff\s+member|colleague))\b|\beine[nmr]?\s+(?:bestehende[nmr]?|derzeitige[nmr]?|aktuelle[nmr]?)\s+(?:Mitarbeiter\p{L}*|Kolleg\p{L}*)|(?<!\p{L})(?:une\s+personne|quelqu['’]un|un(?:e)?\s+(?:collaborat\p{L}*|salarié\p{L}*|employé\p{L}*))\s+déjà\s+en\s+poste\b|(?<!\p{L})une?\s+(?:collaborat|salarié|employé)\p{L}*\s+actuel\p{L}*|(?<!\p{L})un[oa]?\s+(?:emplead[oa]|trabajador(?:a)?|colaborador(?:a)?)\s+actual(?!\p{L})|\been\s+(?:huidige|bestaande)\s+(?:medewerk\p{L}*|werknemer\p{L}*|collega\p{L}*))/iu),

  // Offer: addressed to the person ("extend an offer to another applicant" is a rejection).
  ...r('offer', 7,
    // Not when the offer is denied ("unable to offer you") or is of an interview ("offer you a slot").
    // The look-ahead first: the look-behind then runs only where an offer phrase can start.
    /\b(?=offer|extend|make|your|would|like|to)(?<!(?:\b(?:cannot|unable|not|never|decided\s+not)|n't)\s+(?:[\p{L}']+\s+){0,3}?(?:to\s+)?)(?:offer(?:ing)?\s+you\s+(?:the|a|this)\b(?!\s+(?:\w+\s+)?(?:interview|call|slot|meeting|chat|place\s+in))|extend(?:ing)?\s+you\s+an\s+offer|make\s+you\s+(?:a|an)\s+(?:\w+\s+)?offer|offer\s+of\s+employment|offer\s+letter|your\s+offer\s+(?:letter|from|is|details)|(?:would\s+)?like\s+you\s+to\s+join\b|to\s+offer\s+you\b(?!\s+(?:an?\s+)?(?:\w+\s+)?(?:interview|call|slot|meeting|chat)))/iu,
    /\b(?:Ihnen|dir)\s+(?:gerne?\s+)?(?:die|eine|unsere?)\s+(?:Position|Stelle)\b(?:(?!\b(?:nicht|leider)\b)[^.!?\n]){0,80}?\banbieten|\b(?=Ihnen|dir)(?<!\b(?:nicht|leider)\b[^.!?\n]{0,40})(?:Ihnen|dir)\s+(?:\p{L}+\s+){0,3}?(?:ein|unser)\s+(?:\p{L}+\s+)?Angebot\b[^.!?\n]{0,80}?\b(?:zu\s+)?(?:machen|unterbreiten)\b|Vertragsangebot|Arbeitsvertrag\s+(?:finden|im\s+Anhang|anbei)/iu,
    /\bproposer\s+le\s+poste|proposition\s+d'embauche|promesse\s+d'embauche|vous\s+faire\s+une\s+offre|lettre\s+d'offre/i,
    /(?<!\bno\s+(?:\p{L}+\s+){0,3})\bofrecer(?:te|le)\s+el\s+puesto|(?<!\bno\s+(?:\p{L}+\s+){0,2})\b(?:te|le)\s+ofrecemos\s+(?:\p{L}+\s+){0,2}?(?:el|la)\s+(?:puesto|posición|plaza)\b|carta\s+(?:de\s+)?oferta|propuesta\s+de\s+contratación|queremos\s+contar\s+contigo|propuesta\s+económica/iu,
    /\baanbod\s+(?:doen|voor\s+de\s+functie)|(?:je|u)\s+(?:graag\s+)?aan(?:\s+te)?\s+nemen\s+als|arbeidsvoorwaardenvoorstel|jobaanbod|ons\s+aanbod/i),

  // An offer said as a welcome to the team, or a contract sent: "we'd love to have you join the
  // team", "nos encantaría que te unieras a X como…", "wir möchten dir eine Zusage geben", "nous
  // serions ravis de vous accueillir au sein de…", "we willen je graag aannemen", "the contract is
  // attached". Not an invitation to join a call or a talent community.
  ...r('offer', 7,
    /(?:(?:'d|\bwould)\s+love\s+(?:to\s+have\s+you|for\s+you\s+to|you\s+to)\s+join|\bwe\s+want\s+you\s+(?:to\s+join|on\s+(?:the|our)\s+team|as\s+our)|\bwelcome\s+aboard)\b(?!\s+(?:us\s+)?(?:for|on)\s+(?:a|an|the)\b)(?![^.!?\n]{0,40}\b(?:community|network|newsletter|webinar|event|call|chat|interview))/i,
    /\b(?:nos\s+(?:encantaría|gustaría)|queremos)\s+que\s+(?:te\s+)?(?:unieras|unas|incorpores|incorporaras|formes\s+parte)\b(?![^.!?\n]{0,40}\b(?:entrevista|llamada|reunión|evento|comunidad))|\bZusage(?<!\bkeine\s+(?:\p{L}+\s+)?Zusage)\s+(?:für\s+die\s+(?:Stelle|Position)|(?:zu\s+)?(?:geben|erteilen|machen))|\b(?:Ihnen|dir)\s+(?:gerne?\s+)?(?:eine|die)\s+Zusage\b|\bnous\s+(?:serions|sommes)\s+(?:ravis|heureux)\s+de\s+vous\s+(?:accueillir|compter)\s+(?:parmi|au\s+sein|dans\s+(?:l['’]équipe|nos\s+équipes)|comme|en\s+tant\s+que)|\b(?:willen|gaan)\s+(?:je|jou|u)\s+(?:graag\s+)?aannemen\b/iu,
    /\b(?:employment\s+contract|contract\s+of\s+employment)\s+(?:is\s+)?(?:attached|enclosed)|\b(?:attached|enclosed)\s+(?:is\s+)?(?:your|the)\s+(?:employment\s+)?contract\b|\bcontrat\s+de\s+travail\s+(?:ci-joint|en\s+pièce\s+jointe)|\bcontrato\s+(?:de\s+trabajo\s+)?(?:adjunto|que\s+te\s+adjunto)|\b(?:te|le)\s+adjunto\s+(?:el\s+)?contrato|\b(?:arbeidsovereenkomst|arbeidscontract)\s+(?:in\s+de\s+bijlage|bijgevoegd|vind\s+je)|\bArbeitsvertrag\s+(?:ist\s+)?(?:beigefügt|angehängt)/iu),

  // The person chosen for the job, said to them: "you've got the job", "you have been selected for
  // the role", "wir haben uns für Sie entschieden", "has sido seleccionado para el puesto",
  // "queremos contar contigo para", "je bent aangenomen", "we hebben voor jou gekozen"; the person
  // welcomed to the team ("Sie in unserem Team begrüßen zu dürfen"); and a start with the employer
  // or a contract on its way ("we'd love for you to start", "der Vertrag ist unterwegs"). A negation
  // before the choice ("nicht für Sie entschieden", "no has sido seleccionado") is a rejection;
  // a choice for an interview ("selected for an interview") is no offer.
  ...r('offer', 7,
    /\byou(?:'ve|\s+have)\s+(?:got|landed|secured)\s+the\s+(?:job|role|position)\b|\byou\s+(?:have|'ve)\s+been\s+(?:selected|chosen)\s+(?:for|as)\s+(?:the|our)\s+(?:\p{L}+\s+)?(?:role|position|post|job)\b|\b(?:'d|would)\s+(?:love|like)\s+(?:for\s+)?you\s+to\s+start\s+(?:with\s+us|on|in|from|as)\b/iu,
    /\bfür(?<!\b(?:nicht|kein\p{L}*)\s+(?:\p{L}+\s+){0,2}für)\s+(?:Sie|dich)\s+(?:\p{L}+\s+)?entschieden\b|\b(?:Sie|dich)\s+(?:(?:bald|schon\s+bald|ab\s+\p{L}+|am\s+\S+|als\s+(?:neue[nr]?\s+)?\p{L}+)\s+){0,2}(?:bei\s+uns|in\s+unserem\s+Team|im\s+Team|in\s+unserer\s+\p{L}+)\s+(?:\p{L}+\s+)?(?:begrüßen|willkommen\s+(?:zu\s+)?heißen)/iu,
    /(?<!\bno\s+)\b(?:has|ha)\s+sido\s+(?:seleccionad[oa]|elegid[oa])\s+(?:para|como)\s+(?:el|la|nuestr[oa])\s+(?:puesto|posición|plaza|vacante|\p{L}+)\b(?!\s+(?:de\s+)?(?:entrevista|siguiente|próxim))|\bcontar(?<!\bno\s+(?:\p{L}+\s+){0,2}contar)\s+contigo\s+(?:para|como|en)\b/iu,
    /(?<!\bniet\s+)\b(?:je|jij|u)\s+(?:bent|is)\s+aangenomen\b|(?<!\bniet\s+)\b(?:voor|op)\s+(?:jou|u)\s+gekozen\b|\b(?:gekozen|kiezen)\s+voor\s+(?:jou|u)(?!\p{L})(?!\s+(?:uit\s+te\s+nodigen|voor\s+een\s+gesprek))/iu,
    /\bcontract\s+(?:is\s+)?(?:on\s+its\s+way|in\s+the\s+post|coming\s+your\s+way)|\b(?:Arbeits)?[Vv]ertrag\s+(?:ist\s+)?(?:unterwegs|auf\s+dem\s+Weg)|\bcontrat\s+(?:est\s+)?en\s+(?:route|chemin)|\bcontrato\s+(?:ya\s+)?(?:está\s+)?en\s+camino|\bcontract\s+(?:is\s+)?onderweg/iu),

  // An offer said as bringing the person on board, as the position offered with a separable verb
  // ("we bieden je graag de functie … aan", "bieten Ihnen die Stelle … an"), as a proposal to join
  // in a role, as a counter-offer answered, as the contract sent to sign or the offer to accept.
  ...r('offer', 7,
    /\b(?:welcome\s+(?:you\s+)?(?:on\s+board|aboard)|(?:have|bring|get)\s+you\s+on\s+board|an\s+Bord\s+(?:zu\s+)?(?:holen|begrüßen|haben)|willkommen\s+an\s+Bord|bienvenue\s+à\s+bord|(?:accueillir|avoir)\s+à\s+bord|bienvenid[oa]s?\s+a\s+bordo|(?:tenerte|contar\s+contigo)\s+a\s+bordo|welkom\s+aan\s+boord|aan\s+boord\s+(?:te\s+)?(?:halen|hebben|verwelkomen))\b/iu,
    /\bbieden\s+(?:we\s+|wij\s+)?(?:je|jou|u)\s+(?:\p{L}+\s+){0,2}?(?:de|deze|een)\s+(?:functie|baan|positie|rol|plek|aanstelling)\b(?:[^.!?\n]|(?<=\d)\.){0,80}?\baan\b|\bbieten\s+(?:wir\s+)?(?:Ihnen|dir)\s+(?:\p{L}+\s+){0,2}?(?:die|diese|eine)\s+(?:Stelle|Position|Anstellung)\b(?:[^.!?\n]|(?<=\d)\.){0,80}?\ban\b(?!\s+\p{Ll})/u,
    /\b(?:propuesta|oferta)\s+(?:\p{L}+\s+){0,2}?para\s+que\s+te\s+(?:incorpores|unas|sumes)\b|\bque\s+te\s+(?:incorpores|incorporaras)\s+(?:a|al)\s+[^.!?\n]{1,60}?\bcomo\b/iu,
    /\b(?:counter-?offer|counter-?proposal|tegenvoorstel|Gegenangebot|contre-proposition|contraoferta|contrapropuesta)\b/iu,
    /\b(?:contract|offer)\s+(?:\p{L}+\s+){0,2}?(?:for\s+(?:your\s+)?signature|to\s+sign)\b|\bVertrag\s+(?:\p{L}+\s+){0,2}?(?:zur\s+Unterschrift|schicken\s+wir|senden\s+wir|kommt|folgt)|\b(?:I['’]ll|we['’]ll|I\s+will|we\s+will)\s+send\s+(?:you\s+)?(?:over\s+)?(?:the|your)\s+(?:employment\s+)?contract\b|\b(?:je|on|nous)\s+(?:t['’]|te\s+|vous\s+)(?:envoie|envoyons|enverrai|enverrons|transmets|transmettrai)\s+(?:le|ton|votre)\s+contrat\b|\b(?:te|le)\s+(?:envío|enviaré|enviamos|enviaremos|mando|mandaré)\s+(?:el|tu|su)\s+contrato\b|\b(?:stuur|sturen|mail)\s+(?:ik|we|wij)\s+(?:je|jou|u)\s+(?:het|je|uw)\s+contract\b|\bcontrat\s+(?:\p{L}+\s+){0,2}?(?:à\s+signer|pour\s+signature)|\bcontrato\s+(?:\p{L}+\s+){0,2}?para\s+(?:firmar|tu\s+firma|su\s+firma)|\b(?:arbeidsovereenkomst|contract)\b[^.!?\n]{0,60}?\bter\s+ondertekening/iu,
    /\b(?:(?:you|Sie|du)\s+(?:\p{L}+\s+){0,2}?accept\s+(?:the|our|this)\s+offer|(?:das|unser|dieses)\s+Angebot\s+(?:\p{L}+\s+){0,2}?(?:annehmen|annimmst|annehmen\s+möchtest)|vous\s+acceptez\s+(?:l['’]|notre\s+|cette\s+)offre|(?:tu|su)\s+aceptación|(?:het|ons|dit)\s+aanbod\s+(?:aanneemt|accepteert|aanvaardt))\b/iu),

  // The contract with a verb of signing, any of its forms, in that sentence or the next: "Bitte
  // unterschreiben Sie ihn", "vous pouvez passer le signer", "para que lo firmes", "digitaal
  // ondertekenen", "ready for you to review and sign".
  ...r('offer', 7,
    /\b(?:your|the|this|Ihren|Ihr|deinen|dein|den|der|votre|ton|le|tu|su|el|je|jouw|uw|de|het)\s+(?:(?:employment|work|job)\s+)?(?:(?:Arbeits|Anstellungs)?vertrag|contrat(?:\s+de\s+travail)?|contrato(?:\s+de\s+trabajo)?|arbeidsovereenkomst|arbeidscontract|contract)(?!\p{L})[^\n]{0,120}?(?<!\p{L})(?:sign(?:ed|ing|ature)?(?!\s+up)|e-?sign|countersign|unterschr(?:eib|ieb)\p{L}*|unterzeichn\p{L}*|Unterschrift|sign(?:er|ez|é|ée|és|ant|erez|era|erons)|f[ií]rm(?:ar|es|e|a|ado|ada|ando|ando)(?:lo|la|los|las)?|ondertek\p{L}*|tekenen|handtekening)(?!\p{L})/iu),

  // An offer said as a contract on its way ("the formal contract will follow", "Contract coming from
  // HR", "den Arbeitsvertrag schicke ich Ihnen zu", "le contrat vous parviendra", "el contrato te
  // llegará", "het contract volgt"), as the job given ("the job is yours", "el puesto es tuyo", "wir
  // möchten Sie als Konstrukteurin in unserem Team haben"), or as terms revised in a negotiation
  // ("the rest of the offer stands", "move the base to $168,000", "überarbeitetes Angebot").
  ...r('offer', 7,
    /(?:\b(?:the|your)\s+(?:(?:formal|written|employment|full|signed)\s+)?|(?:^|[.!?:]\s+))contract(?<!\b(?:if|once|should|when|after)\b[^.!?\n]{0,80})\s+(?:(?:will|should|is\s+going\s+to)\s+(?:follow|come|arrive|reach\s+you|be\s+(?:sent|with\s+you|issued))|to\s+follow|follows|(?:is\s+)?coming(?!\s+up)|(?:is\s+)?on\s+(?:its|the)\s+way)\b|\b(?:Arbeits|Anstellungs)?vertrag\s+(?:\p{L}+\s+){0,4}?(?:schicke|sende|schicken|senden|bekommen|erhalten|erhältst|schickt|sendet)\s+(?:ich|wir|Sie|du)\b|\b(?:le|votre|ton)\s+contrat\s+(?:de\s+travail\s+)?(?:suivra|arrive|arrivera|(?:vous|te)\s+(?:sera\s+envoyé|parviendra|arrivera)|est\s+en\s+route)|\b(?:el|tu|su)\s+contrato\s+(?:de\s+trabajo\s+)?(?:(?:te|le)\s+)?(?:llegará|llega|se\s+enviará|(?:te|se)\s+lo\s+(?:envía|enviará|enviaremos|manda|mandará|mandaremos))|\b(?:te|le)\s+(?:llegará|enviaremos|mandaremos|enviará|mandará)\s+el\s+contrato|\b(?:het|je|jouw|uw)\s+(?:arbeids)?contract\s+(?:\p{L}+\s+){0,2}?(?:volgt|komt\s+(?:eraan|binnenkort|morgen)|ontvang\s+je|sturen\s+we|stuur\s+ik|krijg\s+je)\b/imu,
    /\b(?:the|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:job|role|position|post)(?:\s+is|,?\s+it(?:'s|\s+is))\s+yours\b(?!\s+to\b)|\b(?:Stelle|Position)\s+gehört\s+(?:Ihnen|dir)\b|\bposte\s+est\s+(?:à\s+vous|pour\s+vous|à\s+toi|pour\s+toi)\b|\b(?:puesto|trabajo|plaza)\s+es\s+(?:tuyo|tuya|suyo|suya)\b|\b(?:baan|functie|plek)\s+is\s+van\s+(?:jou|u)\b/iu,
    /\b(?:möchten|würden|wollen)\s+(?:wir\s+)?(?:Sie|dich)\s+(?:\p{L}+\s+){0,3}?als\s+(?:unsere?n?\s+)?[\p{L}*:\/-]+\s+(?:[^.!?\n]{0,60}?\s)?(?:haben|einstellen|an\s+Bord\s+holen)\b|\b(?:aimerions|souhaitons|voudrions)\s+(?:\p{L}+\s+)?vous\s+(?:avoir|compter)\s+(?:parmi\s+nous|dans\s+(?:l['’]équipe|notre\s+équipe|nos\s+équipes)|comme|en\s+tant\s+que)|\bnos\s+(?:gustaría|encantaría)\s+tenerte\s+(?:como|en\s+(?:el|nuestro)\s+equipo)|\b(?:(?:willen|zouden)\s+(?:we|wij)|(?:we|wij)\s+(?:willen|zouden))\s+(?:je|jou|u)\s+(?:graag\s+)?(?:als\s+\p{L}+\s+)?(?:in\s+(?:ons|het)\s+team\s+)?(?:hebben|verwelkomen)\b/iu,
    /\b(?:revised|updated|amended|improved)\s+(?:offer|offer\s+letter|package)\b|\b(?:rest\s+of\s+the\s+|our\s+|the\s+)offer\s+(?:still\s+)?(?:stands|remains\s+(?:as|the\s+same|unchanged|open))|\b(?:move|raise|increase|bump|lift|take)\s+(?:the|your)\s+(?:base(?:\s+salary)?|salary|base\s+pay)\s+(?:up\s+)?to\s+[£€$]?\s?\d|(?<!\p{L})(?:überarbeitete|angepasste|verbesserte)[sn]?\s+(?:Angebot|Vertragsangebot)|\bGehalt\s+(?:\p{L}+\s+){0,2}?auf\s+[\d.,]+\s*(?:€|EUR|Euro)\s+(?:\p{L}+\s+)?(?:anheben|erhöhen)|\boffre\s+(?:révisée|revue|mise\s+à\s+jour|améliorée)|\b(?:porter|augmenter|relever)\s+(?:le|votre)\s+salaire\s+(?:\p{L}+\s+)?à\s+\d|\boferta\s+(?:revisada|actualizada|mejorada)|\b(?:subir|aumentar|llevar)\s+(?:el|tu)\s+(?:salario|sueldo)\s+(?:base\s+)?a\s+\d|\b(?:herzien|aangepast|verbeterd)e?\s+(?:aanbod|arbeidsvoorwaardenvoorstel|contractvoorstel)|\bsalaris\s+(?:\p{L}+\s+){0,2}?(?:verhogen|optrekken)\s+naar\s+[€\d]/iu),

  // The person wanted in the role, said as a wish ("we'd love you to be our Studio Manager", "on
  // aimerait que vous nous rejoigniez comme…", "nos encantaría que fueras nuestra…", "wir hätten Sie
  // sehr gerne als Teamleiterin bei uns", "we willen je heel graag als werkplaatschef"), not as a
  // guest or speaker, nor to join a conversation; and an offer sent through a tracker to review and
  // sign ("has sent you an offer", "te ha enviado una oferta", "Revisar y firmar la oferta").
  ...r('offer', 7,
    /\b(?:'d|would)\s+(?:love|like)\s+(?:for\s+)?you\s+to\s+(?:be|become)\s+(?:our|the\s+(?:new|next)|a\s+(?:part|member)\s+of)\b(?!\s+(?:[\p{L}-]+\s+){0,2}?(?:guest|speaker|panel\p{L}*|judge|host|ambassador|mentor|interview\p{L}*)\b)|\b(?:'d|would)\s+(?:love|like)\s+to\s+have\s+you\s+(?:as\s+(?:our|the\s+new)|on\s+(?:the|our)\s+team)\b(?![^.!?\n]{0,40}\b(?:guest|speaker|call|chat|interview|event|webinar))|\bwe\s+want\s+you\s+to\s+be\s+our\b/iu,
    new RegExp(String.raw`\b(?:aimer(?:ai|i)\p{L}+|souhaiter(?:ai|i)\p{L}+|voudr(?:ai|i)\p{L}+|souhaitons|voulons)\s+(?:\p{L}+\s+){0,2}?que\s+(?:vous|tu)\s+(?:nous\s+)?(?:rejoign\p{L}+|intégri\p{L}+|soy\p{L}+|deveni\p{L}+)\b(?![^.!?\n]{0,40}${WORD_START}(?:entretien|appel|échange|réunion|événement|visio|rencontre|atelier))|\b(?:nos\s+(?:encantaría|gustaría)|queremos|quisiéramos)\s+(?:mucho\s+)?que\s+(?:seas|fueras|fueses|sea|fuera)\s+(?:nuestr[oa]|el\s+nuevo|la\s+nueva)\b(?![^.!?\n]{0,40}\b(?:invitad\p{L}*|ponente|entrevista))`, 'iu'),
    /\b(?:hätten|möchten|würden)\s+(?:wir\s+)?(?:Sie|dich)\s+(?:\p{L}+\s+){0,2}?als\s+(?:unsere?n?\s+)?(?:neue[nr]?\s+)?[\p{L}*:\/-]+\s+(?:bei\s+uns|in\s+unserem\s+Team|im\s+Team|an\s+Bord)\b(?![^.!?\n]{0,40}\b(?:Gespräch\p{L}*|einladen|kennenlernen|Interview|begrüßen\s+zum))|\b(?:(?:willen|zouden)\s+(?:we|wij)|(?:we|wij)\s+(?:willen|zouden))\s+(?:je|jou|u)\s+(?:(?:heel|erg|ontzettend|echt)\s+)?graag\s+als\s+(?!(?:eerste|enige|kandidaat|sollicitant|gast|spreker)\b)[\p{L}-]+\b(?![^.!?\n]{0,60}\b(?:uitnodig\p{L}*|gesprek\p{L}*|spreken|ontmoeten|kennismak\p{L}*|bellen|interview))/iu,
    /\b(?:has|have)\s+(?:sent|extended|issued)\s+you\s+an?\s+(?:(?:job|formal|written|employment)\s+)?offer\b(?!\s+(?:of|for)\s+(?:an?\s+)?(?:interview|call|slot|meeting))|\b(?:review|view|sign)\s+(?:and\s+(?:sign|accept)\s+)?your\s+offer(?:\s+letter)?\b|\b(?:te|le)\s+ha\s+(?:enviado|hecho|mandado|extendido)\s+una\s+oferta\b(?!\s+(?:de\s+(?:empleo|trabajo)\s+que|que|similar))|\b(?:revisar\s+y\s+)?firmar\s+(?:la|tu|su)\s+oferta\b|\bvous\s+a\s+(?:envoyé|adressé|fait|transmis)\s+une\s+(?:proposition|offre)\s+(?:d['’]embauche|de\s+contrat|pour\s+le\s+poste)|\bsigner\s+(?:votre|l['’])\s*(?:offre|proposition\s+d['’]embauche)\b(?!\s+d['’]emploi)|\bhat\s+(?:Ihnen|dir)\s+ein\s+(?:Vertrags|Job|Arbeits)?[Aa]ngebot\s+(?:\p{L}+\s+){0,2}?(?:gesendet|geschickt|zukommen\s+lassen|übermittelt)|\bAngebot\s+(?:prüfen\s+und\s+)?(?:unterschreiben|unterzeichnen)\b|\bheeft\s+(?:je|jou|u)\s+een\s+(?:\p{L}+\s+)?aanbod\s+(?:gestuurd|gedaan|verstuurd)|\baanbod\s+(?:bekijken\s+en\s+)?(?:ondertekenen|tekenen)\b/iu),

  // Interview invitation: an invitation or a confirmation, with the thing being a conversation.
  ...r('interview_invitation', 3,
    /\b(?:invite|invites|inviting|invited|invitation)\b[^.!?\n]{0,80}\b(?:interview|screen|call|chat|conversation|onsite|assessment\s+cent(?:re|er)|meet)/i,
    /\b(?:interview|screen|call|chat|conversation|onsite)\b[^.!?\n]{0,60}\b(?:(?:has|have)\s+been\s+(?:scheduled|booked)|is\s+(?:confirmed|scheduled|booked)|confirmed\s+for)/i,
    /\b(?:like|love|want)\s+to\s+(?:schedule|set\s+up|book|arrange|invite|get\s+to\s+know|meet)\b|\bschedule\s+(?:a|an|your)\s+(?:\w+\s+)?(?:interview|call|screen|chat)|\bbooked\s+you\b|you(?:'re|\s+are)\s+confirmed|\bpick\s+(?:a|another)\s+(?:time|slot)|\bare\s+you\s+available\b|\bdoes\s+[^.!?\n]{0,50}\bwork\s+for\s+you|\bcould\s+you\s+(?:come|join|make|pop\s+in)\b|\bwould\s+you\s+be\s+(?:free|available)\b|\bare\s+you\s+free\b|\bmove\s+you\s+(?:forward\s+)?to\s+(?:a|an|the)\s+(?:next|first|second|final|technical)|you're\s+through\s+to|you\s+are\s+invited|invite\s+you\s+to|\blet's\s+(?:say|meet|book)\b|\bcome\s+in\s+for\s+an?\s+(?:interview|chat)/i,
    // A confirmation of the meeting is an invitation accepted: "we confirm your interview".
    /\b(?:confirm|confirming|confirmation\s+of)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:interview|call|screen|meeting|chat|assessment|visit)|\binterview\s+(?:scheduled|confirmed|booked|confirmation)\b/i,
    // The person's interview set for a day: "votre entretien vidéo est prévu le jeudi", "Ihr Gespräch
    // ist für Montag angesetzt", "tu entrevista está programada", "je gesprek staat gepland".
    /\b(?:votre|ton)\s+(?:\p{L}+\s+)?entretien\s+(?:\p{L}+\s+)?(?:est|a\s+été)\s+(?:prévu|programmé|fixé|planifié)(?!\p{L})|\b(?:Ihr|dein)\s+(?:\p{L}*gespräch|Interview|Termin)\s+(?:ist|wurde)\s+(?:\p{L}+\s+){0,3}?(?:angesetzt|geplant|terminiert|eingeplant)(?!\p{L})|\b(?:tu|su)\s+entrevista\s+(?:\p{L}+\s+)?(?:está|ha\s+sido|queda)\s+(?:programada|prevista|agendada|fijada)(?!\p{L})|\b(?:je|jouw|uw)\s+(?:\p{L}*gesprek|interview)\s+(?:staat|is)\s+(?:\p{L}+\s+){0,3}?(?:gepland|ingepland)(?!\p{L})/iu,
    /\bbestätigen\s+(?:wir\s+)?(?:Ihnen\s+|dir\s+)?(?:Ihren|deinen|den|Ihr|dein|das)\s+(?:\p{L}+\s+){0,3}?(?:Termin|Gespräch|Interview)|Terminbestätigung|(?:Termin|Gespräch|Interview)\s+(?:ist\s+)?bestätigt/iu,
    /\bconfirm(?:ons|er)\s+(?:\p{L}+\s+){0,2}?(?:votre|ton|l')\s*(?:\p{L}+\s+){0,2}?(?:entretien|rendez-vous)|confirmation\s+(?:de\s+)?(?:votre\s+|l')?\s*(?:entretien|rendez-vous)|(?:entretien|rendez-vous)\s+(?:est\s+)?confirmé/iu,
    /\bconfirm(?:amos|arte|arle)\s+(?:\p{L}+\s+){0,2}?(?:la|tu|su)\s+(?:\p{L}+\s+){0,2}?(?:entrevista|reunión|cita)|confirmación\s+de\s+(?:la\s+|tu\s+)?(?:entrevista|cita)|(?:entrevista|cita)\s+(?:está\s+)?confirmada/iu,
    /\bbevestig(?:en|ing)\s+(?:\p{L}+\s+){0,3}?(?:gesprek|afspraak|interview)|(?:gesprek|afspraak)\s+(?:is\s+)?bevestigd/iu,
    /\b(?:einladen|Einladung|laden\s+(?:Sie|dich)|kennenlernen|Vorstellungsgespräch|Telefoninterview|Videointerview|Kennenlerngespräch)\b/i,
    /\b(?:inviter|invitation|convier|convocation|vous\s+propos(?:e|ons)\s+un\s+(?:premier\s+)?entretien|pouvez-vous\s+passer)\b|aimerions\s+échanger\s+avec\s+vous/i,
    /\b(?:invitarte|invitación|te\s+citamos|entrevista\s+(?:presencial|telefónica|por|online)|nos\s+gustaría\s+(?:conocerte|realizar|invitarte)|te\s+proponemos\s+una\s+entrevista|te\s+invitamos|le\s+invitamos|invitarle|te\s+viene\s+bien)\b/i,
    /\b(?:uitnodig\w*|nodigen\s+(?:we\s+|wij\s+)?(?:je|jou|u)\b[^.!?\n]{0,40}\buit|kennismakingsgesprek|sollicitatiegesprek|inplannen)\b/i,
    // A wish to talk with the person, in the polite conditional: "nous souhaiterions échanger avec
    // vous", "we would like to speak with you", "möchten wir gerne mit Ihnen sprechen", "nos
    // encantaría hablar contigo", "willen we graag met je kennismaken".
    /\b(?:souhaiteri\p{L}+|souhaitons|aimeri\p{L}+|voudri\p{L}+)\s+(?:\p{L}+\s+){0,2}?(?:échanger\s+avec\s+vous|vous\s+rencontrer|vous\s+recevoir|faire\s+votre\s+connaissance|vous\s+(?:proposer|convier\s+à)\s+un\s+entretien|nous\s+entretenir\s+avec\s+vous)|\b(?:like|love)\s+to\s+(?:speak|talk)\s+(?:with|to)\s+you\b|\b(?:möchten|würden)\s+(?:wir\s+)?(?:\p{L}+\s+){0,2}?mit\s+(?:Ihnen|dir)\s+(?:\p{L}+\s+){0,3}?(?:sprechen|unterhalten)\b|\bnos\s+(?:gustaría|encantaría)\s+(?:\p{L}+\s+){0,2}?(?:conocerte|conocerle|hablar\s+(?:contigo|con\s+usted)|entrevistarte|entrevistarle)\b|\b(?:(?:willen|zouden)\s+(?:we|wij)|(?:we|wij)\s+(?:willen|zouden))\s+(?:(?:je|jou|u)\s+)?(?:(?:heel|erg|echt)\s+)?(?:graag\s+)?(?:(?:met\s+(?:je|jou|u)|telefonisch|persoonlijk|online|even|nader|eens|binnenkort|verder)\s+){0,2}(?:kennismaken|spreken|ontmoeten|bellen|leren\s+kennen|in\s+gesprek\s+gaan)\b/iu,
    // The person the object of the verb, with the way of talking between: "we willen je graag
    // telefonisch spreken", "wir würden Sie gerne persönlich sprechen", "nous souhaiterions vous
    // appeler", "nos gustaría llamarte", "we'd like to call you".
    /\b(?:möchten|würden)\s+(?:wir\s+)?(?:Sie|dich)\s+(?:\p{L}+\s+){0,3}?(?:sprechen|treffen|anrufen)\b|\b(?:souhaiter(?:ai|i)\p{L}+|souhaitons|aimer(?:ai|i)\p{L}+|voudr(?:ai|i)\p{L}+)\s+(?:\p{L}+\s+){0,2}?vous\s+(?:appeler|téléphoner|parler)\b|\bnos\s+(?:gustaría|encantaría)\s+(?:\p{L}+\s+){0,2}?(?:llamarte|llamarle|verte|verle)\b|\b(?:like|love)\s+to\s+(?:call|ring|phone)\s+you\b/iu),
  // A call announced to the person for an interview: "Dale will call you on Tuesday for a phone
  // interview", "Frau Weber wird Sie am Montag für ein Telefoninterview anrufen", "notre responsable
  // vous appellera jeudi pour un entretien", "te llamará el martes para una entrevista", "Tom belt
  // je dinsdag voor een telefonisch gesprek".
  ...r('interview_invitation', 3,
    /\b(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:call|ring|phone)\s+you\b[^.!?\n]{0,100}?\b(?:for|about)\s+(?:a|an|the|your)\s+(?:\p{L}+\s+)?(?:interview|screen|call|conversation)\b/iu,
    /\b(?:wird|werden)\s+(?:Sie|dich)\s+[^.!?\n]{0,80}?(?:für\s+ein|zu\s+einem|zum)\s+(?:\p{L}+\s+)?(?:\p{L}*interview|\p{L}*gespräch)\s+anrufen\b/iu,
    /\bvous\s+(?:appellera|appelleront|téléphonera|téléphoneront)\b[^.!?\n]{0,80}?\bpour\s+(?:un|votre|l['’])\s*(?:\p{L}+\s+)?(?:entretien|échange)\b/iu,
    new RegExp(String.raw`\b(?:te|le)\s+(?:llamará|llamarán|llamaremos)${WORD_END}[^.!?\n]{0,80}?\bpara\s+(?:una|la|tu|su)\s+(?:\p{L}+\s+)?(?:entrevista|conversación)\b`, 'iu'),
    /\b(?:belt|bellen|zal|zullen)\s+(?:je|jou|u)\s+[^.!?\n]{0,80}?\bvoor\s+(?:een|het|je|uw)\s+(?:\p{L}+\s+)?(?:gesprek|interview|sollicitatiegesprek)\b/iu),
  // The decision to go on with the person, and a conversation to be timed: "we'd like to move
  // forward! Your recruiter will reach out to find a time for a first conversation".
  ...r('interview_invitation', 3,
    /\b(?:like|love|happy|pleased|excited|delighted|glad)\s+to\s+(?:move|take)\s+(?:you\s+|your\s+application\s+)?forward\b(?!\s+with)(?=[^]{0,300}?\b(?:find|arrange|schedule|set\s+up|book)\s+(?:a\s+)?(?:time|slot|date)?\s*(?:for\s+)?(?:an?\s+|the\s+|your\s+)?(?:\p{L}+\s+)?(?:interview|call|conversation|chat|screen|meeting)\b)/iu),
  ...r('interview_invitation', 1, /\b(?:interview|entretien|entrevista|gesprek|Gespräch|Interview|zoom|teams|google\s+meet)\b/i),

  // Application received.
  ...r('application_received', 3,
    /\b(?:received|receipt\s+of|got)\s+your\s+(?:application|submission|CV|resume|résumé(?!\w)|(?:cover\s+)?letter|documents|papers)|(?:application|submission)\s+(?:has\s+been\s+|was\s+|is\s+)?(?:successfully\s+|safely\s+)?(?:received|submitted)|confirms?\s+(?:that\s+)?(?:we\s+have\s+received|receipt)|we've\s+received\s+your|your\s+application\s+is\s+(?:now\s+)?under\s+review|successfully\s+submitted|submission\s+has\s+been\s+received/i,
    /\bEingang\s+Ihrer\s+Bewerbung|haben\s+(?:sie|Ihre\s+Bewerbung|deine\s+Bewerbung)\s+erhalten|(?:Bewerbung|Unterlagen|Bewerbungsunterlagen)\s+(?:ist\s+|sind\s+)?(?:\p{L}+\s+){0,3}?(?:eingegangen|angekommen|gelandet)|\bBewerbung\s+erhalten\b|\b(?:Bewerbung|Unterlagen)\b[^.!?\n]{0,60}?\b(?:sie|diese)\s+(?:ist|sind)\s+(?:\p{L}+\s+){0,3}?(?:eingegangen|angekommen)(?!\p{L})|\b(?:Ihr|dein)\s+(?:Brief|Schreiben|Lebenslauf)\s+(?:ist\s+)?(?:\p{L}+\s+){0,3}?(?:eingegangen|angekommen)(?!\p{L})|\bBewerbung\b[^.!?\n]{0,80}?\b(?:ist|wurde)\s+(?:\p{L}+\s+){0,2}?(?:eingegangen|angekommen|übermittelt)\b|Eingangsbestätigung|Unterlagen\s+(?:erhalten|sind\s+vollständig)|bestätigen\s+(?:wir\s+)?den\s+Eingang/iu,
    /\baccus\w+\s+(?:bonne\s+)?réception|dossier\s+est\s+en\s+cours\s+d['’](?:étude|examen|analyse)|bien\s+reçu\s+(?:votre|ton)\s+(?:candidature|dossier|CV|lettre|courrier)|\bl['’]avons\s+(?:bien\s+)?reçue?\b|confirmation\s+de\s+réception|candidature\b[^.!?\n]{0,80}\ba\s+bien\s+été\s+(?:reçue|transmise|enregistrée|prise\s+en\s+compte)/iu,
    /\b(?:(?:he|hemos|ha)\s+recibido|recib(?:imos|í|ió))\s+(?:correctamente\s+)?(?:tu|su)\s+(?:candidatura|solicitud|postulación|hoja\s+de\s+vida|CV|currículum|curriculum|carta)|(?:candidatura|solicitud|postulación)\b[^.!?\n]{0,60}\b(?:ha\s+sido|fue)\s+recibida|confirmamos\s+(?:la\s+recepción|que\s+hemos\s+recibido)|candidatura\s+se\s+ha\s+registrado|recepción\s+de\s+su\s+solicitud/i,
    /\b(?:je|uw)\s+sollicitatie\s+(?:in\s+goede\s+orde\s+)?ontvangen|\b(?:je|jouw|uw)\s+(?:sollicitatie|brief|sollicitatiebrief|motivatiebrief|cv)\s+(?:is|zijn)\s+(?:\p{L}+\s+)?(?:binnen|ontvangen|aangekomen|binnengekomen)(?!\p{L})|hebben\s+(?:je|uw|hem|het|deze)\s+[^.!?\n]{0,40}\bontvangen|hebben\s+(?:hem|het)\s+ontvangen|ontvangstbevestiging|goed\s+aangekomen/iu,
    // The papers have arrived: "your documents have reached us", "vos documents nous sont bien parvenus".
    /\b(?:application|documents|CV|résumé|resume)\s+(?:has|have)\s+(?:(?:safely|successfully|just|now)\s+)?(?:arrived|reached\s+us|landed)|\b(?:candidature|dossier|documents)\s+(?:nous\s+)?(?:est|sont)\s+(?:bien\s+)?(?:parvenue?s?|arrivée?s?)|\b(?:candidature|dossier)\s+a\s+(?:bien\s+)?atterri\b|\b(?:candidatura|solicitud|documentación)\s+(?:\p{L}+\s+){0,2}?(?:ha|han)\s+(?:llegado|aterrizado)|\b(?:sollicitatie|documenten)\s+(?:is|zijn)\s+(?:\p{L}+\s+){0,3}?(?:binnengekomen|aangekomen|geland)/iu,
    /\bapplication\b[^.!?\n]{0,60}\b(?:was|has\s+been|is)\s+(?:successfully\s+)?(?:submitted|received)|\bconfirm\s+(?:that\s+)?(?:it|this)\s+(?:has\s+been|was)\s+received|\b(?:solicitud|candidatura|inscripción)\b[^.!?\n]{0,80}?\b(?:ha\s+quedado|queda)\s+registrad[oa]|submitted\s+successfully|\bwe\s+have\s+received\s+it\b/i,
    // The application confirmed or registered: "Application Confirmation", "Confirmation de votre
    // candidature", "Bewerbungsbestätigung", "votre dossier a bien été enregistré", "je sollicitatie is geregistreerd".
    /\bapplication\s+confirmation|\bconfirmation\s+of\s+(?:your\s+)?application|\backnowledg(?:e)?ments?\s+of\s+(?:your\s+)?application|\backnowledg(?:e|ing)\s+(?:receipt\s+of\s+)?your\s+application|\bconfirmation\s+de\s+(?:votre|ta)\s+candidature|\bconfirmación\s+de\s+(?:tu|su)\s+(?:candidatura|solicitud|postulación)|\bBewerbungsbestätigung|\bBestätigung\s+(?:Ihrer|deiner)\s+Bewerbung|\bbevestiging\s+(?:van\s+)?(?:je|jouw|uw)\s+sollicitatie|\b(?:application|dossier|candidature|Bewerbung|candidatura|solicitud|sollicitatie)\s+(?:\p{L}+\s+){0,3}?(?:registered|enregistrée?|registriert|registrad[oa]|geregistreerd)\b/iu),
  ...r('application_received', 2,
    /\b(?:(?:will|we'll|team\s+will)\s+(?:review|be\s+reviewing|carefully\s+review)\b|excited\s+to\s+review|look\s+forward\s+to\s+reviewing|will\s+(?:look\s+at|read|consider)\s+your\s+application|review\s+(?:it|your\s+application)\s+(?:shortly|carefully)|only\s+(?:contact\s+)?shortlisted|we\s+(?:can|will)\s+only\s+contact|(?:we(?:'ll|\s+will)|for\s+us)\s+to\s+get\s+back\s+to\s+you|we(?:'ll|\s+will)\s+get\s+back\s+to\s+you|reads?\s+every\s+application)/i,
    /\b(?:currently|now)\s+reviewing\s+(?:all\s+)?(?:the\s+)?applications\b/i,
    /\b(?:werden\s+(?:sie|Ihre\s+Bewerbung)\s+sorgfältig\s+prüfen|prüfen\s+(?:Ihre|deine)\s+(?:Bewerbung|Unterlagen)|(?:Ihre|deine)\s+(?:Bewerbung|Unterlagen)\s+(?:\p{L}+\s+){0,2}?prüfen|melden\s+uns\s+(?:so\s+schnell|innerhalb|spätestens|(?:[\p{L}\d.]+\s+){0,5}?bei\s+(?:Ihnen|dir))|uns\s+(?:\p{L}+\s+){0,5}?bei\s+(?:Ihnen|dir)\s+melden)/iu,
    /(?:sera\s+étudiée|étudiera|(?:va|vont|allons)\s+l['’]étudier|l['’]étudierons|reviendrons\s+vers\s+vous\s+(?:rapidement|si|dans))/i,
    /\b(?:revisar(?:é|emos|á|án)|te\s+responderemos|te\s+contactaremos|nos\s+pondremos\s+en\s+contacto)/i,
    /\b(?:laten\s+(?:snel|binnen)\s+[^.!?\n]{0,20}\bhoren|nemen\s+(?:zo\s+snel\s+mogelijk|binnen)\s+[^.!?\n]{0,30}contact)/i,
    // A reply promised, whenever it comes: "nous reviendrons vers vous d'ici le 18", "wir kommen bis
    // Ende des Monats auf Sie zurück", "we komen uiterlijk vrijdag bij je terug", "we'll come back to
    // you next week", "volveremos a contactarte", "te daremos una respuesta".
    /\b(?:reviendr(?:ons|ai)\s+(?:\p{L}+\s+)?vers\s+(?:vous|toi)|(?:kommen|komme)\s+(?:wir\s+|ich\s+)?(?:[\p{L}\d.]+\s+){0,4}?auf\s+(?:Sie|dich)\s+zurück|(?:komen|kom)\s+(?:we\s+|wij\s+|ik\s+)?(?:[\p{L}\d]+\s+){0,4}?bij\s+(?:je|jou|u)\s+terug|(?:we(?:'ll|\s+will)|I(?:'ll|\s+will))\s+come\s+back\s+to\s+you|volveremos\s+a\s+(?:contactarte|contactarle|escribirte|escribirle)|(?:te|le)\s+daremos\s+(?:una\s+)?respuesta)(?!\p{L})/iu),
  // A promise to read the application, the pronoun standing for it: "nous la lirons d'ici le 11",
  // "la revisaremos esta semana", "wir werden sie bis Freitag lesen", "we lezen hem deze week",
  // "we will read it by Friday".
  ...r('application_received', 2,
    /\b(?:nous\s+)?(?:la|le|l['’])\s*(?:lirons|examinerons|étudierons|consulterons|analyserons|regarderons|évaluerons|parcourrons)(?!\p{L})/iu,
    /\b(?:la|lo)\s+(?:leeremos|revisaremos|estudiaremos|analizaremos|evaluaremos|miraremos)(?!\p{L})/iu,
    /\bwerden\s+(?:wir\s+)?(?:sie|diese|Ihre\s+Bewerbung|deine\s+Bewerbung)\s+(?:[\p{L}\d.]+\s+){0,4}?(?:lesen|sichten|ansehen|anschauen|durchsehen)(?!\p{L})/iu,
    /\b(?:we|wij)\s+(?:lezen|bekijken|beoordelen)\s+(?:hem|haar|deze|die|je\s+sollicitatie|uw\s+sollicitatie)(?!\p{L})/iu,
    /\b(?:we(?:'ll|\s+will)|I(?:'ll|\s+will))\s+(?:read|look\s+(?:at|over)|go\s+through)\s+(?:it|them|your\s+(?:application|CV|resume|résumé))\s+(?:by|before|within|this|next|over|in\s+the)\b/iu),
  // The application being read now, and a reply promised if it fits: "our hiring team is reviewing
  // applications and will reach out if there's a fit", "la estamos revisando", "nous étudions
  // actuellement votre candidature", "wir sichten derzeit alle Bewerbungen", "we bekijken je sollicitatie".
  ...r('application_received', 2,
    /\b(?:is|are|'re|am)\s+(?:now\s+|currently\s+)?reviewing\s+(?:all\s+)?(?:the\s+|your\s+)?(?:applications?|candidacy|CV|résumé|resume|profile)(?!\p{L})|\b(?:la|lo)\s+estamos\s+revisando|\bestamos\s+revisando\s+(?:tu|su|las|todas\s+las)\s+(?:candidaturas?|postulaci\p{L}+|solicitud(?:es)?|hoja\s+de\s+vida|CV)|(?<!\p{L})(?:étudions|examinons|analysons)\s+(?:actuellement\s+|en\s+ce\s+moment\s+)?(?:votre|ta|les|toutes\s+les)\s+(?:candidatures?|dossiers?)|\b(?:prüfen|sichten)\s+(?:derzeit|gerade|aktuell)\s+(?:Ihre|deine|alle|die)\s+(?:Bewerbung(?:en)?|Unterlagen)|\b(?:bekijken|beoordelen)\s+(?:we\s+|wij\s+)?(?:momenteel\s+|nu\s+)?(?:je|jouw|uw|alle|de)\s+(?:sollicitaties?|cv|reacties)\b/iu,
    /\b(?:will|'ll)\s+(?:reach\s+out|be\s+in\s+touch|contact\s+you|get\s+in\s+touch)\s+(?:(?:with\s+you|directly|again)\s+)?if\s+(?:there(?:'s|\s+is)\s+a\s+(?:fit|match)|your\s+(?:profile|experience|background|skills)|we(?:'d|\s+would)\s+like|we\s+(?:want|decide)|you(?:'re|\s+are)\s+(?:shortlisted|selected))|\bnemen\s+(?:we\s+|wij\s+)?(?:\p{L}+\s+){0,2}?contact\s+(?:met\s+(?:je|jou|u)\s+)?op\s+(?:als|indien|zodra)\b/iu),
  ...r('application_received', 1,
    /\bthank(?:s|\s+you)\s+(?:so\s+much\s+|a\s+lot\s+)?for\s+(?:applying|your\s+application|submitting)/i,
    /\bDanke?\s+für\s+(?:Ihre|deine)\s+Bewerbung|beworben\s+hast/i, /\b(?:merci|remercions|remercie)\s+(?:\p{L}+\s+){0,2}?(?:d'avoir\s+postulé|pour\s+votre\s+candidature)/iu,
    /\bgracias\s+por\s+(?:tu|su)\s+(?:candidatura|solicitud)|gracias\s+por\s+postularte/i, /\bbedankt\s+voor\s+(?:je|uw)\s+sollicitatie/i),

  // Not a message about one of the person's applications: alerts, newsletters, outreach, tasks.
  // A tracker's mail about the person's application that suggests alerts ("create job alerts so you
  // are the first to know", "consultez nos nouvelles offres") is not an alert.
  {
    kind: 'not_job',
    weight: 4,
    re: /\b(?:manage\s+alerts|Job-?Alarm|\d+\s+(?:new|neue|nouvelles?|nuevas?|nieuwe)\s+(?:jobs?|Stellen\w*|Jobangebote|offres|ofertas|vacatures)|job\s+alerts?|new\s+jobs?\s+(?:for|matching|match)|jobs?\s+(?:matching|for\s+you)|Job-Agent|nieuwe\s+vacatures|nuevas\s+ofertas|neue\s+Stellenangebote|nouvelles\s+offres|apply\s+today)\b/i,
    unless: CANDIDATE_MAIL,
  },
  // A calendar app's own invitation to an event that names nothing of a job search (a book club, a
  // dentist): the person's calendar, not an employer's mail. It outweighs the meeting, day and time
  // it names; an interview sent the same way names the interview, the role or the application. The
  // app's answer buttons ("Accept - Maybe - Decline", "Accepteren - Misschien - Weigeren") and a
  // booking service's reminder of an appointment ("Nous vous rappelons votre rendez-vous", "Erinnerung
  // an Ihren Termin") say the same.
  {
    kind: 'not_job',
    weight: 8,
    re: /\b(?:Invitation\s+from\s+(?:Google\s+Calendar|Outlook)|Einladung\s+von\s+Google\s+Kalender|Invitation\s+de\s+Google\s+Agenda|Invitación\s+de\s+Google\s+Calendar|Uitnodiging\s+van\s+Google\s+Agenda|Going\?\s+Yes\b|Teilnehmen\?\s+Ja\b|Participer\s+\?\s+Oui\b|Asistirás\?\s+Sí(?!\p{L})|Aanwezig\?\s+Ja\b)/u,
    unless: CALENDAR_JOB_WORDS,
  },
  {
    kind: 'not_job',
    weight: 8,
    re: /\b(?:Accept|Yes|Annehmen|Zusagen|Ja|Accepter|Oui|Aceptar|Sí|Accepteren)\s*[-–|·•]\s*(?:Maybe|Tentative|Vielleicht|(?:Mit\s+)?Vorbehalt|Peut-être|Provisoire|Quizás|Provisional|Misschien|Voorlopig)\s*[-–|·•]\s*(?:Decline|No|Ablehnen|Absagen|Nein|Refuser|Non|Rechazar|Weigeren|Afwijzen|Nee)(?!\p{L})/iu,
    unless: CALENDAR_JOB_WORDS,
  },
  {
    kind: 'not_job',
    weight: 8,
    re: /\b(?:Reminder|Rappel|Erinnerung|Recordatorio|Herinnering)\s*:?\s+(?:\p{L}+\s+){0,3}?(?:appointment|rendez-vous|Termin|cita|afspraak)(?!\p{L})|\b(?:remind(?:ing)?\s+you\s+(?:of|about)\s+your\s+appointment|nous\s+vous\s+rappelons\s+votre\s+rendez-vous|erinnern\s+(?:wir\s+)?(?:Sie|dich)\s+an\s+(?:Ihren|deinen)\s+Termin|(?:le|te)\s+recordamos\s+(?:su|tu)\s+cita|herinneren\s+(?:we\s+|wij\s+)?(?:je|u)\s+aan\s+(?:je|jouw|uw)\s+afspraak)(?!\p{L})/iu,
    unless: CALENDAR_JOB_WORDS,
  },
  // Bulk-mail chrome: an unsubscribe footer, a "view in browser" line, the word newsletter. A
  // tracker's candidate mail carries the footer too, saying why ("you are receiving this because
  // you applied") or speaking of the person's application: then the footer says nothing about the kind.
  {
    kind: 'not_job',
    weight: 4,
    re: /\b(?:unsubscribe|abbestellen|abmelden|désinscri\p{L}*|se\s+désabonner|uitschrijven|afmelden|cancelar\s+(?:la\s+)?suscripción|(?:darse|date|darte)\s+de\s+baja)\b/iu,
    unless: CANDIDATE_MAIL,
  },
  ...r('not_job', 2,
    /\b(?:view\s+(?:this\s+email\s+|it\s+)?in\s+(?:your\s+)?browser|newsletter|nieuwsbrief|boletín|lettre\s+d['’]information|si\s+no\s+ves\s+bien\s+este\s+correo|im\s+Browser\s+(?:anzeigen|öffnen|ansehen)|afficher\s+dans\s+(?:le|votre)\s+navigateur|bekijk\s+(?:deze\s+e-?mail\s+)?in\s+(?:je|uw)\s+browser)\b/iu),
  ...r('not_job', 4,
    new RegExp(String.raw`\b(?:came\s+across\s+your\s+(?:profile|CV|résumé|resume|details)|open\s+to\s+(?:a\s+)?(?:quick\s+)?(?:chat|call|\d+-minute)|an?\s+(?:exciting\s+)?opportunity\s+(?:at|with)\s+a|I'm\s+recruiting\s+for|busco|buscando\s+un\s+perfil|¿te\s+interesaría)${WORD_END}`, 'iu'),
    /\b(?:take-home(?!\s+(?:was|were|went|looked|is\s+done))|(?<!\blive[\s-])coding\s+(?:exercise|challenge|test)|online\s+assessment|complete\s+(?:a\s+|the\s+|our\s+|your\s+)?(?:short\s+)?(?:online\s+|video\s+)?(?:assessment|exercise|test)|(?:on-demand|one-way|asynchronous|pre-recorded)\s+video\s+interview|hackerrank|codesignal|codility|verify\s+your\s+email|account\s+has\s+been\s+created|complete\s+(?:the\s+missing\s+fields|your\s+(?:candidate\s+)?profile)|share\s+your\s+interview\s+experience)\b/i,
    // A survey about the process, asked of a candidate: "share your feedback in a short survey",
    // "tell us about your candidate experience … take the survey",
    // "freuen uns über Ihr Feedback in einer kurzen Umfrage", "répondez à notre questionnaire de
    // satisfaction", "responde a nuestra encuesta", "vul onze korte vragenlijst in".
    /\b(?:survey|questionnaire|Umfrage|Fragebogen|sondage|enquête|encuesta|cuestionario|vragenlijst|enquête)\b[^\n]{0,80}?\b(?:feedback|experience|Feedback|Erfahrung\p{L}*|avis|expérience|satisfaction|opinión|experiencia|satisfacción|ervaring|mening|\d+\s+(?:minutes?|Minuten|minutos|minuten))|\b(?:feedback|Feedback|avis|opinión|mening)\b[^\n]{0,60}?\b(?:survey|questionnaire|Umfrage|Fragebogen|sondage|enquête|encuesta|cuestionario|vragenlijst)\b|\b(?:candidate|applicant|Bewerber|candidat|candidato|kandidaat)\p{L}*\s+(?:experience|Erfahrung\p{L}*|expérience|experiencia|ervaring)\b[^]{0,400}?\b(?:survey|questionnaire|Umfrage|Fragebogen|sondage|enquête|encuesta|cuestionario|vragenlijst)\b/iu,
    // A greeting to a group, not to the person: "Liebe Eltern der 3b", "Hi all", "Bonjour à tous",
    // "Hola a todos", "Beste ouders": a club's, a school's or a team's mail.
    /^(?:dear|hi|hello|hey|liebe|lieber|hallo|chers|chères|bonjour|bonsoir|queridos|queridas|hola|estimados|beste|hoi|dag)\s+(?:all|everyone|everybody|folks|parents|neighbou?rs|members|zusammen|alle|allemaal|Eltern|Mitglieder|Nachbarn|Nachbarinnen|membres|voisins|à\s+tous|à\s+toutes|a\s+todos|a\s+todas|todos|padres|vecinos|socios|ouders|leden|buren)(?!\p{L})/imu,
    // A case study sent to be worked on: "please find attached our case study", "anbei unsere Fallstudie".
    /\b(?:attached|enclosed|anbei|beigefügt|ci-joint|en\s+pièce\s+jointe|adjunt[oa]|adjuntamos|bijgevoegd|in\s+de\s+bijlage)\s+(?:\p{L}+\s+){0,4}?(?:case\s+study|case-study|Fallstudie|Case-Study|étude\s+de\s+cas|cas\s+pratique|caso\s+práctico|casus(?:opdracht)?)\b/iu,
    // A calendar app's reminder of an event in the person's own calendar, already booked.
    CALENDAR_SUBSCRIPTION,
    // A calendar or scheduling tool's notice that an event was cancelled or moved.
    /^(?:Cancel+ed|Canceled\s+event|Abgesagt|Annulé|Cancelad[oa]|Geannuleerd)\s*:|\b(?:event|meeting|appointment|booking)\s+(?:\p{L}+\s+){0,2}?(?:has\s+been|was)\s+(?:cancel+ed|rescheduled)\b/imu,
    /\b(?:please\s+find\s+attached\s+my|anbei\s+sende\s+ich|ich\s+bewerbe\s+mich|meine\s+Bewerbungsunterlagen|würde\s+ich\s+mich\s+(?:sehr\s+)?freuen|je\s+vous\s+adresse\s+ma\s+candidatura|le\s+envío\s+mi|hierbij\s+solliciteer\s+ik|ik\s+kijk\s+uit\s+naar|thank\s+you\s+for\s+taking\s+the\s+time\s+to\s+speak\s+with\s+me|I\s+applied\s+for)\b/i),
];

/** Senders that are job boards or networks, never an employer. */
export const JOB_BOARD_DOMAINS = [
  'linkedin.com', 'indeed.com', 'glassdoor.com', 'stepstone.de', 'xing.com', 'infojobs.net', 'welcometothejungle.com', 'nationalevacaturebank.nl',
  'monster.com', 'ziprecruiter.com', 'themuse.com', 'jobstream.io', 'hiredtoday.com', 'indeed.de', 'indeed.fr', 'indeed.es', 'indeed.nl', 'jobat.be',
];
