// The phrases of a position closed by the employer, in the five languages: the post cancelled,
// frozen, left unfilled, filled from within or without its budget. Part of the phrase rules
// (phrases.ts), in their order.
import { rulesOf as r, type PhraseRule } from './phrase-rule';

// The one chosen described as one of the employer's own (two rules below): a position filled from
// within, unless the message tells it as a choice over the person (see choosesSomeoneElse in
// grammar.ts, and classify.ts, which counts these apart).
export const OWN_RANKS: RegExp[] = [
  /\b(?:someone|somebody|a\s+colleague|jemand(?:en|em)?|eine[nmr]?\s+(?:Kolleg\p{L}*|Mitarbeiter\p{L}*)|quelqu['’]un|une?\s+collègue|alguien|una?\s+compañer[oa]|iemand|een\s+collega)\s+(?:from|aus|de|del|uit|van)\s+(?:(?:our|the|dem|den|unserem|unseren|unserer|notre|la|nuestr[oa]|el|ons|onze|het|de)\s+)?(?:own|eigenen|eigen|propre|propi[oa])\s+(?:\p{L}+)|\b(?:a\s+person|eine[nr]?\s+Person|une\s+personne|una\s+persona|een\s+persoon)\s+(?:from|aus|de|uit|van)\s+(?:our|unserem|unserer|unseren|notre|nuestr[oa]|ons|onze)\s+(?:own|eigenen|eigen|propre|propi[oa])\s+\p{L}+|\baus\s+den\s+eigenen\s+Reihen\b|\bfrom\s+within\s+(?:our|the)\s+(?:team|company|organi[sz]ation|ranks)\b/iu,
  /\b(?:promot\p{L}*|appoint\p{L}*|giv(?:e|en|ing)|offer\p{L}*|fill\p{L}*|decided|chosen|chose|besetz\p{L}*|vergeben|geben|befördern|entschieden|confi\p{L}*|attribu\p{L}*|propos\p{L}*|promouvoir|promu\p{L}*|décidé|ofrec\p{L}*|promocion\p{L}*|asign\p{L}*|decidido|cubrir|geven|gegeven|aanbieden|aangeboden|promoveren|gepromoveerd|besloten|invullen|ingevuld)\b[^.!?\n]{0,80}?(?:\b(?:a\s+member\s+of\s+(?:our|the)\s+(?:existing|current)\s+(?:team|staff)|(?:an?|one\s+of\s+our)\s+(?:existing|current)\s+(?:employee|team\s+member|staff\s+member|colleague))\b|\beine[nmr]?\s+(?:bestehende[nmr]?|derzeitige[nmr]?|aktuelle[nmr]?)\s+(?:Mitarbeiter\p{L}*|Kolleg\p{L}*)|(?<!\p{L})(?:une\s+personne|quelqu['’]un|un(?:e)?\s+(?:collaborat\p{L}*|salarié\p{L}*|employé\p{L}*))\s+déjà\s+en\s+poste\b|(?<!\p{L})une?\s+(?:collaborat|salarié|employé)\p{L}*\s+actuel\p{L}*|(?<!\p{L})un[oa]?\s+(?:emplead[oa]|trabajador(?:a)?|colaborador(?:a)?)\s+actual(?!\p{L})|\been\s+(?:huidige|bestaande)\s+(?:medewerk\p{L}*|werknemer\p{L}*|collega\p{L}*))/iu,
];

export const CLOSED_PHRASES: PhraseRule[] = [
  // A position closed by the employer: not the person's doing.
  ...r('position_closed', 6,
    /\b(?:position|role|requisition|vacancy|opening|job|posting|search|recruitment|hiring|process)\b[^.!?\n]{0,80}\b(?:cancel+ed|on\s+hold|on\s+pause|on\s+ice|paused|withdrawn|frozen|eliminated|shelved|parked|mothballed|on\s+the\s+back\s*burner|(?:will|shall)\s+not\s+(?:now\s+|then\s+)?be\s+(?:re)?filled|won't\s+(?:now\s+)?be\s+(?:re)?filled|(?:has\s+been|is\s+now|was)\s+closed)\b/i,
    /\b(?:hiring\s+freeze|no\s+longer\s+open|priorities\s+have\s+shifted|headcount|decided\s+not\s+to\s+(?:recruit|hire|fill)|stopped\s+the\s+(?:process|recruitment)|filled\s+internally|internal\s+candidate|fill(?:ed|ing)?\s+(?:the|this|that|our)\s+(?:[\w-]+\s+){0,4}?(?:role|position|vacancy|post|job|opening)?\s*(?:internally|from\s+within|in-house)|budget(?:ary)?\s+(?:constraints|cuts|reasons)|restructur\w+|reorgani[sz]\w+|(?:needs|requirements|scope|priorities)\b[^.!?\n]{0,40}\b(?:changed|shifted)|change\s+in\s+(?:business\s+)?priorities|shift\s+in\s+(?:company\s+)?priorities|decided\s+not\s+to\s+fill|decided\s+not\s+to\s+(?:go\s+ahead|proceed|move\s+forward)\s+with\s+(?:hiring|recruiting|filling|recruitment)|paused\s+hiring|funding)\b/i,
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
    ...OWN_RANKS.slice(0, 1)),
  // The post given to someone already on the staff, the giving said in the same sentence: "promote
  // a member of our existing team", "confier le poste à une personne déjà en poste", "ofrecer el
  // puesto a un empleado actual", "de functie geven aan een huidige medewerker", "mit einer
  // bestehenden Mitarbeiterin besetzen".
  ...r('position_closed', 6,
    ...OWN_RANKS.slice(1)),
  // The post itself gone, or its process ended for everyone (for the person alone it is a rejection,
  // grammar.ts): "the post no longer exists", "die Stelle entfällt", "le poste est supprimé", "el
  // puesto desaparece", "de functie wordt opgeheven"; "das Besetzungsverfahren wird eingestellt", "the
  // recruitment process has been discontinued", "le processus est interrompu"; a vacancy frozen,
  // the verb last ("alle openstaande vacatures, waaronder …, voorlopig te bevriezen").
  ...r('position_closed', 6,
    /\b(?:post|position|role|job|vacancy)\s+(?:(?:will|would|shall)\s+)?(?:no\s+longer\s+exists?|(?:has\s+)?ceased?\s+to\s+exist|(?:has\s+been|is\s+being|will\s+be)\s+abolished)\b|\b(?:Stelle|Position)\b[^.!?\n]{0,60}?\b(?:entfällt|entfallen\s+wird|fällt\s+(?:\p{L}+\s+)?weg|wegfällt)(?!\p{L})|\bposte\b[^.!?\n]{0,50}?\b(?:(?:est|a\s+été|sera)\s+supprimé|n['’]existe\s+plus|dispara[iî]t)(?!\p{L})|\b(?:puesto|plaza|vacante)\b[^.!?\n]{0,50}?\b(?:desaparece|ya\s+no\s+existe|dejará\s+de\s+existir|(?:ha\s+sido|será|queda)\s+suprimid[oa]|se\s+suprime)(?!\p{L})|\b(?:functie|vacature|positie)\b[^.!?\n]{0,50}?\b(?:opgeheven|bestaat\s+niet\s+meer)(?!\p{L})/iu,
    /\p{L}*(?:verfahren|prozess)\b(?:(?!\bfür\s+(?:Sie|dich)\b)[^.!?\n]){0,80}?\b(?:beendet|eingestellt|abgebrochen)(?!\p{L})(?!\s+(?:\p{L}+\s+)?für\s+(?:Sie|dich)\b)|\b(?:process|recruitment|search|requisition)\b[^.!?\n]{0,60}?\b(?:has\s+been|was|is\s+being|is)\s+(?:now\s+)?(?:discontinued|terminated|halted|called\s+off|abandoned)\b(?!\s+for\s+you)|\b(?:processus|recrutement)\b[^.!?\n]{0,60}?\b(?:interrompu|abandonné)e?\b|\b(?:vacatures?|functies?|posities?|werving)\b[^.!?\n]{0,60}?\b(?:te\s+bevriezen|bevriezen|bevroren)(?!\p{L})/iu),
];
