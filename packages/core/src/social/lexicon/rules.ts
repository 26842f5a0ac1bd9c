import type { RuleId } from './surge-terms';

/*
 * Context rules for weak words. Each runs on one sentence (lowercased, curly apostrophes made
 * straight) that holds a weak word, only when such a word was seen, so their cost is paid on a
 * small share of the text. Written for this project.
 */

const PERSON = String.raw`(?:you|u|ya|him|her|them|yall|y'all|everyone|everybody|someone|somebody|people|that (?:guy|man|woman|girl|dude|idiot|bitch|bastard|prick|asshole)|my (?:boss|manager|coworker|co-worker|colleague|supervisor|ex|neighbor|neighbour)|the (?:boss|manager|ceo|supervisor|whole office|entire office)|his|these|those|whoever|anyone)`;
const HARM = String.raw`(?:kill|murder|shoot|stab|strangle|choke|punch|beat|hurt|smash|slap|burn|bomb|hang|fight|knife)`;

const THREAT = new RegExp(
  String.raw`\b${HARM}(?:s|ed|ing)?\s+(?:up\s+)?${PERSON}\b(?!\s+(?:an?\s+)?(?:email|e-mail|message|note|text|dm|line|call|invite|reminder|link|over|a message))` +
    String.raw`|\b(?:i'll|ill|i will|i'm gonna|im gonna|i am gonna|i'm going to|im going to|i am going to|gonna|going to|wanna|want to|ready to|about to|should|someone should|somebody should|i swear i'll|i could|i'd)\s+(?:\w+\s+){0,2}?${HARM}\s+(?:\w+\s+)?${PERSON}\b(?!\s+(?:an?\s+)?(?:email|message|note|text|dm|line|call))` +
    String.raw`|\b(?:should|deserves? to|needs? to|ought to)\s+(?:be\s+)?(?:shot|hanged|hung|killed|beaten|stabbed|die|burn)\b|\b(?:hope|wish)\s+(?:you|he|she|they|it|my \w+)\s+(?:\w+\s+)?(?:dies?|burns?|gets? (?:hit|shot|killed|hurt))\b` +
    String.raw`|\b(?:guns?|knife|knives|bomb)\b.{0,40}\b(?:to|at|into) (?:work|the office|school|the meeting)\b`,
);

const WORKPLACE = new RegExp(
  String.raw`\b(?:my|our|this|these|his|her|ur|your|the|that)\s+(?:\w+\s+)?(?:boss|bosses|manager|managers|supervisor|supervisors|coworkers?|co-workers?|colleagues?|employer|company|job|workplace|office|team lead|teamlead|ceo|cto|cfo|hr|management|director|clients?|customers?|shift|department|firm|corporation|agency|work|higher ups|higher-ups|leadership|execs|executives|recruiter|interviewer)\b` +
    String.raw`|\b(?:at|from|after|before|hate|left|back to) work\b|\bworking (?:at|for|here)\b|\bwork (?:is|was|sucks|today)\b|\b(?:boss|coworkers?|co-workers?|colleagues|management|manager)\b`,
);

const SECRECY_CONTEXT = /\b(?:company|companys|work|client|clients|customer|customers|project|product|launch|release|q[1-4]|quarter|quarterly|revenue|earnings|numbers|figures|financials|layoffs?|laying off|merger|acquisition|acquiring|deal|contract|roadmap|memo|slides|deck|documents?|docs|source code|code|salary|salaries|budget|board|investors?|ipo|stock|results|sales|pipeline|prototype|partners?|report|team|boss|manager|employer|office|feature|features|version|announcement|reorg|restructuring|my job|we are|we're|were|our|internally)\b/;
const SECRECY_INNOCENT = /\b(?:secret (?:sauce|ingredient|recipe|to success|weapon)|private (?:message|messages|beta|repo|repository|browsing|key|equity|sector|school|practice|label|jet|life|time|event)|internal (?:medicine|combustion|server error|tooling|tools|linking|links|monologue|audit|mobility|hire|hires|candidates?|transfer|promotion|role|roles)|sensitive (?:skin|teeth|topic)|upcoming (?:webinar|event|talk|workshop|meetup|conference|book|course|release notes)|open sourced?|now public|publicly|press release|announced today|is now live|privacy policy|leaky|confidential(?:ly)? (?:basis|application|inquiries|search))\b/;

const GROUP = String.raw`(?:women|woman|females|girls|men|males|immigrants|illegals|foreigners|migrants|refugees|muslims|jews|christians|catholics|hindus|blacks|whites|asians|mexicans|arabs|indians|chinese|africans|hispanics|latinos|gays|lesbians|trans people|transgenders|homosexuals|old people|boomers|millennials|zoomers|gen z|disabled people|the disabled|autistic people|fat people|poor people|liberals|conservatives|democrats|republicans)`;
const GROUP_RULE = new RegExp(
  String.raw`\b(?:all|most|these|those|typical|fucking|damn|bloody|dirty|stupid|lazy|filthy|bunch of)\s+${GROUP}\b(?:\s+(?:are|r|is|always|never|should|can't|cant|don't|dont))?` +
    String.raw`|\b${GROUP}\s+(?:are|r|is)\s+(?:all\s+|so\s+|just\s+|always\s+|such\s+|nothing but\s+|too\s+)?(?:lazy|stupid|dumb|criminals?|animals|terrorists|inferior|trash|garbage|disgusting|vermin|parasites|rapists|thieves|subhuman|savages|useless|evil|the problem|ruining|ruin|worthless|emotional|hysterical|not (?:smart|capable|fit|suited))` +
    String.raw`|\b${GROUP}\s+(?:should(?:n't|nt| not)?|don't|dont|do not|can't|cant|cannot|shouldn't)\s+(?:be allowed|belong|vote|work|drive|lead|code|be hired|be in charge|have rights|be engineers|be managers)` +
    String.raw`|\b(?:hate|can't stand|cant stand|despise|sick of)\s+(?:all\s+)?${GROUP}\b|\b(?:never hire|don't hire|dont hire|wouldn't hire|wouldnt hire|won't hire|wont hire|no)\s+(?:an?\s+|any\s+)?(?:${GROUP}|woman|girl|muslim|jew|immigrant|foreigner|black|mexican|gay|old person|disabled person)\b` +
    String.raw`|go back to (?:your|their|where)|belongs? in the kitchen|too old to (?:learn|code|work|be hired|adapt)|ok boomer`,
);

const DRINKING = /\b(?:got|get|getting|so|totally|completely|absolutely|super|was|were|am|im|i'm|we|very|too|way too|pretty)\s+(?:\w+\s+)?(?:wasted|hammered|plastered|buzzed|drunk)\b|\b(?:shots?|chug|chugged|chugging|keg|binge|bottle of|bottles of|too many|so many|way too many|another round|drinking|drank|\d+\s+(?:beers|shots|drinks|pints|glasses))\b.{0,60}\b(?:vodka|beers?|wine|whiske?y|tequila|rum|gin|drinks|shots|margaritas|cocktails|pints|last night|tonight|till|until|all night|all day|party|bar|wasted|drunk|hammered)\b|\b(?:beers?|wine|vodka|tequila|whiske?y|shots|drinks|rum|gin)\b.{0,40}\b(?:all night|all day|till \d|until \d|at \d+ ?am|before noon|for breakfast|at work|on the job|wasted|hammered|drunk|blackout|hangover|hungover|puke|puked|throw up|threw up)\b|\b(?:party|partying|drinking)\s+(?:all night|till|until|hard)\b/;
const DRUGS = /\b(?:smok(?:e|ed|ing)|roll(?:ed|ing)? (?:a|up)|light (?:up|a)|hit (?:the|a|that)|pass the|took|take|taking|popped|pop|popping|snort(?:ed|ing)?|did|doing|dropped|dropping|buy|bought|score|scored|sell|sold|on)\s+(?:some\s+|a\s+|the\s+|my\s+|more\s+)?(?:pot|coke|crack|molly|acid|blunt|joints?|dope|pills|xanax|adderall|oxycodone|fentanyl|cannabis|ecstasy|hash|dabs?|shrooms|mushrooms|lines?)\b|\b(?:pot|weed|coke|acid|molly|mushrooms|shrooms|edibles|high|baked|tripping|rolling)\b.{0,40}\b(?:last night|all weekend|all day|again|lol|lmao|af|at work|party|festival|concert|rave|dealer|bong|blunt)\b|\b(?:so|super|mad|was|were|im|i'm|getting|got|get)\s+(?:\w+\s+)?(?:high|baked|stoned)\b(?=\s*(?:$|af|lol|lmao|rn|right now|tonight|last night|again|[!.,]))|\bdrug dealer\b|\bmy dealer\b|\bhigh as (?:a kite|hell|fuck|f)\b|\b(?:dab|dabs|dabbing) (?:pen|rig|hit)/;
const CRIME = /(?<!\b(?:whoever|someone|somebody|they|thieves|thief|who|was|got|been|were|had|car|bike|wallet|phone)\s)\b(?:steal|stole|stolen|stealing)\b(?!\s+(?:my (?:bike|car|wallet|phone|bag|laptop|identity)|credit|the credit|my credit|my ideas?|my lunch|my code|the show|my show|his show|her show|our show|their show|the spotlight|my heart|your heart|his heart|her heart|hearts|a glance|a look|glances|a kiss|the scene|the idea|an idea|ideas|the moment|a moment|second base|bases|this idea|this trick|this recipe|this format|with pride|like an artist|his thunder|my thunder|the thunder|the deal|some time|a few minutes|time))|\b(?:got|get|getting|was|were|been|be)\s+(?:\w+\s+)?(?:arrested|jailed|busted|caught)\b|\b(?:in|to|from|out of|night in|spent|go to)\s+(?:jail|prison)\b|\b(?:cops|police)\b.{0,40}\b(?:chased|caught|arrested|pulled me|pulled us|busted|ran from|running from|escaped|got away)\b|\b(?:commit(?:ted|ting)?|did|doing|pulled off)\s+(?:some\s+|a\s+)?(?:fraud|theft|crimes?)\b|\b(?:illegally|smuggled|smuggling|forged)\b(?!\s+(?:parked))|\b(?:i|we)\s+(?:\w+\s+)?(?:scammed|hacked into|hacked my ex|dealing)\b/;
const SEXUAL = /\b(?:send (?:me )?(?:nudes?|naked)|naked (?:pics?|pictures|photos|selfies?|girls|women|in bed)|nude (?:pics?|pictures|photos|selfies?|beach|girls)|escort (?:service|services|girl|girls|agency)|(?:hired|hire|hiring|booked|paid) an? escort|hire (?:an? )?escorts?|sex (?:with|tape|life|party|toys?|worker|appeal|drive|addict|chat|video|videos)|(?:had|having|have|great|good|bad|wild|hot|rough|casual|morning|drunk) sex)\b/;

const RULES: Record<RuleId, RegExp> = {
  threat: THREAT,
  workplace: WORKPLACE,
  secrecy: SECRECY_CONTEXT,
  group: GROUP_RULE,
  drinking: DRINKING,
  drugs: DRUGS,
  crime: CRIME,
  sexual: SEXUAL,
};

/**
 * Whether the rule finds its context in a sentence that holds one of its weak words.
 * @example ruleMatches('threat', "i'm gonna kill him") // true
 */
export function ruleMatches(rule: RuleId, sentence: string): boolean {
  if (rule === 'secrecy' && SECRECY_INNOCENT.test(sentence) && !/\bnda\b|confidential|leak/.test(sentence)) return false;
  return RULES[rule].test(sentence);
}
