import type { LexiconTerm, RuleId } from './surge-terms';
import type { FindingCategory, Severity } from '../types';

/*
 * Our own lists, written for this project (no outside source). Spaces separate the words of a
 * phrase; apostrophes are dropped when matching ("don't" is "dont"). A group with a rule holds weak
 * words: they count only when the rule finds its context in the same sentence (rules.ts).
 */
type Group = [FindingCategory, Severity, RuleId | null, string];

const GROUPS: Group[] = [
  ['profanity', 'low', null, `wtf|stfu|fml|omfg|lmfao|gtfo|dammit|damnit|damn|damned|crap|crappy|craps|crapped|bullcrap|
    pissed|pissed off|piss off|what the hell|the hell|hell no|go to hell|bloody hell|screw you|screw this|screw them|effing|sucks ass`],
  ['profanity', 'medium', null, `fuckin|fucking|fuckers|fucked up|fuck off|fuck this|fuck you|fuck that|shitshow|shitstorm|shitty|shittiest|
    bullshit|dumbass|jackass|asshole|assholes|dickhead|dickheads|motherfucker|motherfuckers|son of a bitch|piece of shit|such a dick|a total dick|is a dick|being a dick|dick move|dickish`],
  ['sexual', 'medium', null, `porn|porno|pornhub|onlyfans|nudes|send nudes|sexting|sext|horny|threesome|orgy|orgasm|orgasms|sex tape|
    had sex|have sex|having sex|sex with|hooked up with|hookup|hook up with|one night stand|booty call|friends with benefits|strip club|
    stripper|strippers|lap dance|hooker|hookers|milf|kinky|fetish|bdsm|dildo|dick pic|dick pics|blowjob|handjob|boobs|titties|tits`],
  ['sexual', 'low', null, `sexy|nsfw|naughty pics|thirst trap`],
  ['sexual', 'low', 'sexual', `naked|nude|escort|escorts|sex`],
  ['alcohol_drugs', 'medium', null, `drunk|drunken|drunkest|hungover|hangover|blackout drunk|blacked out|tipsy|booze|boozing|boozy|
    beer pong|keg stand|kegger|pub crawl|bar crawl|day drinking|binge drinking|bottomless mimosas|tequila shots|jello shots|
    got lit|get lit|getting lit|so lit|turnt|chugging|chugged|shitfaced|
    weed|marijuana|stoned|stoner|high af|get high|got high|getting high|smoke weed|smoking weed|smoked weed|blazed|blazing|
    bong|bongs|cocaine|meth|methamphetamine|heroin|mdma|lsd|shrooms|magic mushrooms|ketamine|percocet|oxy|snort|snorting|snorted|
    kush|ganja|ayahuasca|dmt|edibles|lines of coke|rolling on molly|tripping balls|420 friendly`],
  ['alcohol_drugs', 'low', 'drinking', `wasted|hammered|plastered|buzzed|shots|vodka|beer|beers|wine|whiskey|whisky|tequila|rum|
    gin|drinks|drinking|drank|bottle|bottles|margaritas|cocktails|pints|bar|party|partying`],
  ['alcohol_drugs', 'medium', 'drugs', `pot|coke|crack|molly|acid|blunt|joint|joints|dope|high|baked|trip|tripping|pills|xanax|adderall|
    oxycodone|fentanyl|dealer|cannabis|ecstasy|hash|dab|dabs|rolling|lit|psychedelics|mushrooms`],
  ['violence', 'high', null, `kill you|kill him|kill her|kill them|kill yall|kill everyone|kill ya|kys|kill yourself|go die|
    beat the shit out|beat the crap out|beat him up|beat her up|beat you up|beat them up|punch him|punch her|punch you|punch them|
    shoot up the|stab you|stab him|stab her|stab them|strangle him|strangle her|strangle you|
    hope you die|hope he dies|hope she dies|hope they die|deserve to die|deserves to die|should be shot|should be hanged|
    curb stomp|bar fight|fist fight|fistfight|brawl|beatdown|bring a gun|burn it down|burn the office|blow up the|put him in the hospital`],
  ['violence', 'high', 'threat', `kill|killing|murder|murdering|shoot|shooting|stab|stabbing|punch|punching|strangle|choke|beat|hurt|
    smash|slap|burn|bomb|die|hang|shot|stabbed|beaten|killed|punched|strangled|slapped|gun|guns|knife|fight`],
  ['badmouthing', 'medium', null, `hate my job|hate this job|hate my boss|hate my manager|hate my coworkers|hate my colleagues|
    hate this company|hate my company|hate working here|hate my work|my boss sucks|my job sucks|my manager sucks|this job sucks|
    this company sucks|worst boss|worst manager|worst company|worst job|worst employer|toxic workplace|toxic boss|toxic manager|
    toxic company|toxic management|toxic work environment|soul sucking|soul crushing|screw this company|screw this job|cant stand my boss|cant stand my manager|
    cant stand my coworkers|useless manager|useless boss|incompetent boss|incompetent manager|clueless boss|clueless manager|
    micromanager|micromanaging boss|dead end job|soul sucking job|soul crushing job|slave driver|quiet quitting|rage quit`],
  ['badmouthing', 'medium', 'workplace', `idiot|idiots|idiotic|moron|morons|moronic|incompetent|clueless|useless|hate|hates|hated|
    sucks|suck|sucked|worst|toxic|clown|clowns|lazy|pathetic|dumb|stupid|jerk|jerks|micromanage|micromanages|micromanaging|
    cant stand|fed up|sick of|sick and tired|tired of|terrible|awful|horrible|nightmare|ridiculous|disgrace|garbage|trash|hellhole|
    hell hole|dumpster fire|joke|losers|loser|crooks|crooked|liars|liar|hypocrites|cheap|underpaid|exploit|exploited|exploiting|
    scam|slave|slaves|incompetence|imbeciles|imbecile|buffoon|buffoons|pigs|snakes|backstabbing|backstabber|condescending|arrogant|
    robbed|abuse|abusive|bully|bullies|bullying|miserable|hellish|deadbeat|ripoff|rip off|worthless|fire me|quit`],
  ['confidential', 'high', null, `internal only|internal use only|company confidential|strictly confidential|under nda|signed an nda|
    broke my nda|breaking my nda|violate my nda|not allowed to share|not supposed to share|not supposed to say|not supposed to tell|
    not allowed to say|not allowed to talk|dont tell anyone|dont tell my boss|dont tell my manager|off the record|between you and me|
    not public yet|not been announced|hasnt been announced|havent announced|before its announced|before the announcement|
    under embargo|embargoed|insider info|inside info|trade secret|trade secrets|secret project|leaked memo|leaked documents|
    not announced yet|unannounced|cant officially say|you didnt hear it from me|you didnt hear this from me|top secret|hush hush`],
  ['confidential', 'high', 'secrecy', `confidential|nda|ndas|internal|secret|secrets|leak|leaked|leaking|insider|unreleased|
    codename|embargo|private|proprietary|sensitive|upcoming|rumor|rumour`],
  ['discrimination', 'high', null, `chinks|wetbacks|towelheads|sand niggers|ragheads|white trash`],
  ['discrimination', 'high', 'group', `women|woman|females|girls|men|males|immigrants|illegals|foreigners|migrants|refugees|muslims|
    jews|christians|catholics|hindus|blacks|whites|asians|mexicans|arabs|indians|chinese|africans|hispanics|latinos|gays|lesbians|
    transgenders|homosexuals|boomers|boomer|millennials|zoomers|disabled|autistic|fat|poor|liberals|conservatives|democrats|
    republicans|kitchen|go back to|too old to`],
  ['illegal', 'high', null, `shoplifting|shoplifted|shoplift|dui|dwi|drunk driving|drove drunk|driving drunk|drunk drove|drink and drive|
    drinking and driving|tax evasion|tax fraud|evade taxes|cheat on my taxes|cheated on my taxes|fake id|fake ids|pirated|torrented|
    torrenting|money laundering|launder money|laundering money|embezzle|embezzled|embezzling|insider trading|bribe|bribed|bribing|
    hit and run|vandalized|vandalism|vandalizing|trespassing|trespassed|counterfeit|got arrested|was arrested|been arrested|get arrested|
    in jail|out on bail|on probation|on parole|mugshot|warrant out|sold weed|selling weed|sell weed|
    dealing drugs|deal drugs|drug dealer|drug dealing|stolen goods|hotwired|identity theft|credit card fraud|
    insurance fraud|ran from the cops|running from the cops|evading police|evaded police|outran the cops|under the table|off the books|
    steal from work|stole from work|stealing from work|fake sick note|fake doctors note|cheated on the exam|paid someone to take|
    bought followers|fake reviews|stole from`],
  ['illegal', 'medium', 'crime', `steal|stole|stolen|stealing|arrested|jail|jailed|prison|cops|police|busted|theft|fraud|illegally|illegal|
    smuggled|smuggling|forged|scammed|hacked|dealing`],
];

function splitGroup(words: string): string[] {
  return words.split(/[|\n]/);
}

/**
 * Our own terms and phrases, each with its category, severity and (for weak words) the rule
 * that must find its context in the same sentence.
 * @example ownTerms().some((t) => t.term === 'hate my job') // true
 */
export function ownTerms(): LexiconTerm[] {
  const out: LexiconTerm[] = [];
  for (const [category, severity, rule, words] of GROUPS) {
    for (const raw of splitGroup(words)) {
      const term = raw.trim().replace(/\s+/g, ' ');
      if (!term) continue;
      out.push(rule ? { term, category, severity, rule } : { term, category, severity });
    }
  }
  return out;
}
