// Copied from surge-ai/profanity, profanity_en.csv (MIT, Copyright (c) 2021 Surge AI; see
// LICENSE-surge-profanity.txt beside this file). Columns kept: the term, its first canonical form,
// its categories and its severity rating (1 mild to 3 severe). Content warning: slurs and
// profanity by design. Which rows we use, and for which category, is decided in surge-terms.ts.
export const SURGE_PROFANITY_CSV = `text,canonical_form_1,category_1,category_2,category_3,severity_rating
69,69,sexual anatomy / sexual acts,,,1
@55,ass,sexual anatomy / sexual acts,,,1
@ssfcker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
@ssfucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
@ssfvcker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
@sshole,ass,sexual anatomy / sexual acts,,,1.6
0ral seks,sex,sexual anatomy / sexual acts,,,1
0ral sex,sex,sexual anatomy / sexual acts,,,1.8
0rg@sm,orgasm,sexual anatomy / sexual acts,,,1
0rgasms,orgasm,sexual anatomy / sexual acts,,,1
3jakulating,ejaculation,sexual anatomy / sexual acts,bodily fluids / excrement,,1.6
4r5e,arse,sexual anatomy / sexual acts,,,1.4
4r5ed,arse,sexual anatomy / sexual acts,,,1.4
4r5es,arse,sexual anatomy / sexual acts,,,1.4
4skin,foreskin,sexual anatomy / sexual acts,,,1
5h17,shit,bodily fluids / excrement,,,1
5h1t,shit,bodily fluids / excrement,,,1
5kank,skank,sexual orientation / gender,,,2
a_s_s,ass,sexual anatomy / sexual acts,,,1
abbie,abraham,racial / ethnic slurs,,,1.2
abeed,abeed,racial / ethnic slurs,,,1.8
aboe,abo,racial / ethnic slurs,,,1
anal,anal,sexual anatomy / sexual acts,,,1
anal hole,anal,sexual anatomy / sexual acts,,,2.2
anal hore,anal,sexual anatomy / sexual acts,,,2.4
anal pirate,anal,sexual anatomy / sexual acts,,,2.2
analingus,anal,sexual anatomy / sexual acts,,,1.6
analplug,anal,sexual anatomy / sexual acts,,,2.2
analplugs,anal,sexual anatomy / sexual acts,,,2
anilingus,anal,sexual anatomy / sexual acts,,,1.8
animal fucker,fuck,sexual anatomy / sexual acts,animal references,,3
anus,anus,sexual anatomy / sexual acts,,,1
anus plug,anus,sexual anatomy / sexual acts,,,2
ape shit,ape,bodily fluids / excrement,,,1.6
ape shite,ape,bodily fluids / excrement,animal references,,1.6
apeshit,ape,bodily fluids / excrement,racial / ethnic slurs,animal references,1.4
apeshite,ape,bodily fluids / excrement,racial / ethnic slurs,,1.4
ar5e,arse,sexual anatomy / sexual acts,,,1
ar5ehole,arse,sexual anatomy / sexual acts,,,1.4
arse,arse,sexual anatomy / sexual acts,,,1
arse gobbler,arse,sexual anatomy / sexual acts,,,2
arse hole,arse,sexual anatomy / sexual acts,,,1.2
arse-bandit,arse,sexual orientation / gender,,,2
arse-bandits,arse,sexual anatomy / sexual acts,,,2.2
arse-fucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
arse-fuckers,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
arse-hole,arse,sexual anatomy / sexual acts,,,1.8
arse-shagger,arse,sexual anatomy / sexual acts,,,2.4
arsefuck,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
arsefucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
arsehole,arse,sexual anatomy / sexual acts,,,1.4
arseshit,arse,sexual anatomy / sexual acts,other / general insult,,1.8
arsewipe,arse,sexual anatomy / sexual acts,,,1.4
ashole,ass,sexual anatomy / sexual acts,,,1.6
ass,ass,sexual anatomy / sexual acts,,,1
ass bandit,ass,sexual anatomy / sexual acts,,,1.6
ass eating boiolas,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
ass eating nob jokeys,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
ass fecker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
ass fuck,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
ass fucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
ass fucking boiolas,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
ass fucking nob jokeys,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
ass hole,ass,sexual anatomy / sexual acts,,,1.2
ass kisser,ass,sexual anatomy / sexual acts,,,1.2
ass licking,ass,sexual anatomy / sexual acts,,,1.6
ass muncher,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
ass-bandit,ass,sexual anatomy / sexual acts,,,1.8
ass-fucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
ass-fuckers,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
ass-hole,ass,sexual anatomy / sexual acts,,,2
asses,ass,sexual anatomy / sexual acts,,,1
assface,ass,sexual anatomy / sexual acts,,,1.6
assfck,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
assfcker,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
assfk,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
assfkcer,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
assfker,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
assfkr,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
assfook,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
assfuccer,ass,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
assfuck,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
assfuck3r,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
assfucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
assfuckers,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
assfuckerz,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
assfukah,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
assfukka,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
assfukker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
assfukkerz,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
assfvck3r,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,3
assfvcker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
asshat,ass,sexual anatomy / sexual acts,,,1.2
asshol3,ass,sexual anatomy / sexual acts,,,1.8
asshole,ass,sexual anatomy / sexual acts,,,1.2
asshole fucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
assholes,ass,sexual anatomy / sexual acts,,,1.6
assmunch,ass,sexual anatomy / sexual acts,,,1.8
assmuncher,ass,sexual anatomy / sexual acts,,,2.2
asswhole,ass,sexual anatomy / sexual acts,,,1.4
asswipe,ass,sexual anatomy / sexual acts,,,1.6
axe wound,wound,sexual anatomy / sexual acts,,,1.2
azz,ass,sexual anatomy / sexual acts,,,1
azzhole,ass,sexual anatomy / sexual acts,,,1.6
b to the inch,bitch,sexual orientation / gender,,,1.2
b！tch,bitch,sexual orientation / gender,,,1.4
b00bz,boobs,sexual anatomy / sexual acts,,,1
b0llock,bollocks,sexual anatomy / sexual acts,,,1
b0llocks,bollocks,sexual anatomy / sexual acts,,,1.2
b1+ch,bitch,sexual orientation / gender,,,1
b17ch,bitch,sexual orientation / gender,,,1.4
b1otch,bitch,sexual orientation / gender,,,1.4
b1otchs,bitch,sexual orientation / gender,,,1.2
b1tch,bitch,sexual orientation / gender,,,1.4
b1tch1ng,bitch,sexual orientation / gender,,,1.2
b1tch35,bitch,sexual orientation / gender,,,1
b1tch3s,bitch,sexual orientation / gender,,,1.4
b1tchees,bitch,sexual orientation / gender,,,1.4
b1tches,bitch,sexual orientation / gender,,,1.4
b1tchez,bitch,sexual orientation / gender,,,1.2
b1tchin,bitch,other / general insult,,,1.2
b1tching,bitch,sexual orientation / gender,,,1.2
b1tchs,bitch,sexual orientation / gender,,,1.4
b1tchy,bitch,sexual orientation / gender,,,1.2
baby batter,baby batter,bodily fluids / excrement,,,1.4
ballbag,bollocks,sexual anatomy / sexual acts,,,1
bangbros,bang,sexual anatomy / sexual acts,sexual orientation / gender,,1.6
bassturd,bastard,other / general insult,,,1.2
bastard,bastard,other / general insult,,,1.2
bastardish,bastard,other / general insult,,,1
bastards,bastard,other / general insult,,,1.6
basterd,bastard,other / general insult,,,1
bastid,bastard,other / general insult,,,1.2
bastinado,bastard,other / general insult,,,1.8
basturd,bastard,bodily fluids / excrement,other / general insult,,1.2
bater,masturbate,sexual anatomy / sexual acts,,,1.6
bates,masturbate,sexual anatomy / sexual acts,,,1
batshit,shit,bodily fluids / excrement,animal references,,1
batshite,shit,bodily fluids / excrement,animal references,,1.2
bbc,cock,sexual anatomy / sexual acts,,,1.4
bean queen,bean queen,racial / ethnic slurs,,,2.2
beaner,beaner,racial / ethnic slurs,,,2.6
beaners,beaner,racial / ethnic slurs,,,2.6
beat my meat,meat,sexual anatomy / sexual acts,,,1.2
beat off,beat off,sexual anatomy / sexual acts,,,1.2
beat the meat,meat,sexual anatomy / sexual acts,,,1.4
beat your meat,meat,sexual anatomy / sexual acts,,,1.4
beeotch,bitch,sexual orientation / gender,,,1
bell end,bellend,mental disability,sexual anatomy / sexual acts,,1
bellend,bellend,sexual anatomy / sexual acts,,,1.2
bender,bender,sexual orientation / gender,,,1.6
bewbs,boobs,sexual anatomy / sexual acts,,,1
beyoch,bitch,sexual orientation / gender,,,1.2
beyotch,bitch,other / general insult,,,1.2
bi + ch,bitch,sexual orientation / gender,,,1.2
bi+ch,bitch,sexual orientation / gender,,,1.4
biatch,bitch,sexual orientation / gender,,,1.2
biches,bitch,sexual orientation / gender,,,1.4
biotch,bitch,sexual orientation / gender,,,1
biotches,bitch,sexual orientation / gender,,,1.2
biotchez,bitch,sexual orientation / gender,,,1.4
bishes,bitch,sexual orientation / gender,,,1.2
bitch,bitch,sexual orientation / gender,,,1.4
bitch3s,bitch,sexual orientation / gender,,,1.2
bitchass,bitch,sexual orientation / gender,other / general insult,,1.6
bitchasses,bitch,sexual anatomy / sexual acts,other / general insult,,1.8
bitched,bitch,sexual orientation / gender,,,1.2
bitcher,bitch,sexual orientation / gender,,,1.4
bitchers,bitch,sexual orientation / gender,,,1.4
bitches,bitch,sexual orientation / gender,,,1.6
bitchez,bitch,sexual orientation / gender,,,1.4
bitchfuck,fuck,sexual anatomy / sexual acts,,,2.4
bitchhole,bitch,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
bitchin,bitch,other / general insult,,,1.2
bitchin',bitch,other / general insult,,,1
bitching,bitch,sexual orientation / gender,,,1
bitchlike,bitch,sexual orientation / gender,,,1.2
bitchness,bitch,sexual orientation / gender,,,1.6
bitchs,bitch,sexual orientation / gender,,,1
bitchslap,bitch,sexual orientation / gender,other / general insult,,1
bitchtits,bitch,sexual anatomy / sexual acts,,,2.2
bitchy,bitch,sexual orientation / gender,,,1.2
bitchy ass,bitch,sexual anatomy / sexual acts,sexual orientation / gender,,1.8
bizzach,bitch,sexual orientation / gender,,,1.6
BJ,blowjob,sexual anatomy / sexual acts,,,1.6
blacky,blacky,racial / ethnic slurs,,,2.4
blow a load,blow a load,bodily fluids / excrement,,,1.6
blow job,blowjob,sexual anatomy / sexual acts,,,2
blowjob,blowjob,sexual anatomy / sexual acts,,,1.2
blumpkin boy,blumpkin,sexual anatomy / sexual acts,,,2.4
boll0ck,bollocks,sexual anatomy / sexual acts,,,1
bollock,bollocks,sexual anatomy / sexual acts,,,1
bollockchops,bollocks,sexual anatomy / sexual acts,,,1.2
bollocks,bollocks,sexual anatomy / sexual acts,,,1.2
bollocktician,bollocks,sexual anatomy / sexual acts,,,1.4
bollox,bollocks,sexual anatomy / sexual acts,,,1
bondage,bondage,sexual anatomy / sexual acts,,,1
boner,boner,sexual anatomy / sexual acts,,,1
bonk juice,bonk,bodily fluids / excrement,,,1.6
boobs,boobs,sexual anatomy / sexual acts,,,1
booty,booty,sexual anatomy / sexual acts,,,1
breasticles,breast,sexual anatomy / sexual acts,,,1.4
breasts,breast,sexual anatomy / sexual acts,,,1
bugger,bugger,sexual anatomy / sexual acts,other / general insult,,1.2
bugger off,bugger,sexual anatomy / sexual acts,other / general insult,,1
bull shit,shit,bodily fluids / excrement,animal references,,1
bullshi,shit,bodily fluids / excrement,,,1
bullshit,shit,bodily fluids / excrement,animal references,,1.2
bullshite,shit,bodily fluids / excrement,,,1
bum-bandits,bum,sexual orientation / gender,,,1.8
bum-driller,bum,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
bumhole,bum,sexual anatomy / sexual acts,,,1
bung hole,bung,sexual anatomy / sexual acts,,,1
butt fuck,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
butt fucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,3
butt hole,butt,sexual anatomy / sexual acts,,,1
butt pirate,butt,sexual orientation / gender,,,2.2
butt-fucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
butt-fuckers,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
butt-fucking-bandit,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
butt-munchers,butt,sexual anatomy / sexual acts,,,2
buttermilk,buttermilk,racial / ethnic slurs,,,1.4
buttfuck,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
buttfucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,3
buttfuckers,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,3
butthole,butt,sexual anatomy / sexual acts,sexual orientation / gender,,1.2
butthole boy,butt,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
bwc,cock,sexual anatomy / sexual acts,,,1.4
c*nt,cunt,sexual anatomy / sexual acts,sexual orientation / gender,,3
c*ntface,cunt,sexual anatomy / sexual acts,sexual orientation / gender,,3
c*nts,cunt,sexual orientation / gender,,,2.8
c*nty,cunt,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
c00n,coon,racial / ethnic slurs,,,2.8
c00nies,coon,racial / ethnic slurs,,,2.6
c0ck,cock,sexual anatomy / sexual acts,,,1.2
c0ckhead,cock,sexual anatomy / sexual acts,,,2
c0cks,cock,sexual anatomy / sexual acts,,,1.6
c0cksuccer,cock,sexual anatomy / sexual acts,,,2
c0cksucked,cock,sexual anatomy / sexual acts,,,2
c0cksucker,cock,sexual anatomy / sexual acts,,,2.2
c0cksuckers,cock,sexual anatomy / sexual acts,,,2.2
c0x,cock,sexual anatomy / sexual acts,,,1.4
c0xux0r,cock,sexual anatomy / sexual acts,,,1.8
caaak,cock,sexual anatomy / sexual acts,,,1.4
caca,shit,bodily fluids / excrement,,,1
cack,cock,bodily fluids / excrement,,,1.2
cagone,cojones,bodily fluids / excrement,,,1.2
cajones,cojones,sexual anatomy / sexual acts,,,1
Camel jockey,camel jockey,racial / ethnic slurs,animal references,,2.8
cameltoe,cameltoe,sexual anatomy / sexual acts,,,1.2
carpet muncher,carpet muncher,sexual anatomy / sexual acts,,,2.4
carpetmuncher,carpet muncher,sexual anatomy / sexual acts,,,2.6
carpetmunchers,carpet muncher,sexual orientation / gender,,,2.2
carpetmunching,carpet muncher,sexual anatomy / sexual acts,,,1.6
cawk,cock,sexual anatomy / sexual acts,,,1.4
cawk muncher,cock,sexual anatomy / sexual acts,,,2.4
cawkmuncher,cock,sexual anatomy / sexual acts,,,2.2
cawks,cock,sexual anatomy / sexual acts,,,1.2
cawksucker,cock,sexual anatomy / sexual acts,,,2.6
ch1nk,chink,racial / ethnic slurs,,,3
chesticles,testicles,sexual anatomy / sexual acts,,,1
china-virus,china virus,political,,,2.2
chinavirus,china virus,political,,,2.6
chinese-virus,china virus,political,,,2.8
chingchong,chingchong,racial / ethnic slurs,,,2.8
chink,chink,racial / ethnic slurs,,,3
chinky,chink,racial / ethnic slurs,,,3
choad nectar,choad,bodily fluids / excrement,,,2
chocha,chocha,sexual anatomy / sexual acts,,,2.4
choke the chicken,choke the chicken,sexual anatomy / sexual acts,,,1.4
cholo,cholo,racial / ethnic slurs,,,1.6
clitlickers,clit,sexual anatomy / sexual acts,,,2
closet fuckhead,fuck,sexual orientation / gender,,,2.8
clusterfuck,fuck,sexual anatomy / sexual acts,,,1.8
clusterfucked,fuck,sexual anatomy / sexual acts,,,2.2
clusterfucker,fuck,sexual anatomy / sexual acts,,,2.4
clusterfucking,fuck,sexual anatomy / sexual acts,,,2
clusterfucks,fuck,sexual anatomy / sexual acts,,,2
cobb knobbler,knob,sexual anatomy / sexual acts,other / general insult,,1.8
cock,cock,sexual anatomy / sexual acts,,,1.4
cock droplets,cock,bodily fluids / excrement,sexual anatomy / sexual acts,,2.4
cock head,cock,sexual anatomy / sexual acts,,,2
cock jockey,cock,sexual anatomy / sexual acts,,,2.4
cock knocker,cock,sexual anatomy / sexual acts,,,1.8
cock licker,cock,sexual anatomy / sexual acts,,,2
cock munch,cock,sexual anatomy / sexual acts,,,2
cock rider,cock,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
cock smoker,cock,sexual anatomy / sexual acts,,,2.2
cock snot,cock,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
cock suck,cock,sexual anatomy / sexual acts,,,1.8
cock sucker,cock,sexual anatomy / sexual acts,,,2.4
cock sucking,cock,sexual anatomy / sexual acts,,,2.2
cock sucking boiolas,cock,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
cock sucking nob jokeys,cock,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
cock tease,cock,sexual anatomy / sexual acts,,,1.8
cock-face,cock,sexual anatomy / sexual acts,,,2.2
cock-gobbler,cock,sexual anatomy / sexual acts,,,2.4
cock-head,cock,sexual anatomy / sexual acts,,,1.8
cock-sucker,cock,sexual anatomy / sexual acts,,,2
cock-suckers,cock,sexual anatomy / sexual acts,,,2
cockboy,cock,sexual anatomy / sexual acts,,,2.4
cockeater,cock,sexual anatomy / sexual acts,,,2.2
cockface,cock,sexual anatomy / sexual acts,,,2
cockgobbler,cock,sexual anatomy / sexual acts,,,1.8
cockh3ad,cock,sexual anatomy / sexual acts,,,2.4
cockhead,cock,sexual anatomy / sexual acts,,,1.8
cockheads,cock,sexual anatomy / sexual acts,,,2.4
cockhed,cock,sexual anatomy / sexual acts,,,2
cockless,cock,sexual anatomy / sexual acts,,,1.4
cocklicker,cock,sexual anatomy / sexual acts,,,2.2
cockmonger,cock,sexual anatomy / sexual acts,,,2.2
cockmunch,cock,sexual anatomy / sexual acts,,,2.2
cockmuncher,cock,sexual anatomy / sexual acts,,,1.8
cocks,cock,sexual anatomy / sexual acts,,,1.6
cockshit,cock,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
cockskin,cock,sexual anatomy / sexual acts,,,1.8
cocksmoker,cock,sexual anatomy / sexual acts,,,2.2
cocksucc,cock,sexual anatomy / sexual acts,,,2
cocksuccas,cock,sexual anatomy / sexual acts,,,2.2
cocksuccer,cock,sexual anatomy / sexual acts,,,2.2
cocksuccers,cock,sexual anatomy / sexual acts,,,2.2
cocksuck,cock,sexual anatomy / sexual acts,,,2.2
cocksuckas,cock,sexual anatomy / sexual acts,,,2.4
cocksucked,cock,sexual anatomy / sexual acts,,,2
cocksucker,cock,sexual anatomy / sexual acts,,,2.2
cocksuckers,cock,sexual anatomy / sexual acts,,,2.2
cocksucking,cock,sexual anatomy / sexual acts,,,2.4
cocksucking mothafuckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
cocksucks,cock,sexual anatomy / sexual acts,,,2.2
cocksuk,cock,sexual anatomy / sexual acts,,,2
cocksuka,cock,sexual anatomy / sexual acts,,,2
cocksukka,cock,sexual anatomy / sexual acts,,,2.2
cocsuck,cock,sexual anatomy / sexual acts,,,2
cokmuncher,cock,sexual anatomy / sexual acts,,,2.2
coksucka,cock,sexual anatomy / sexual acts,,,1.8
coolie,coolie,racial / ethnic slurs,,,1.8
coon,coon,racial / ethnic slurs,,,3
coon1es,coon,racial / ethnic slurs,,,3
cooni3s,coon,racial / ethnic slurs,,,2.4
coonie,coon,racial / ethnic slurs,,,2.8
coonies,coon,racial / ethnic slurs,,,3
coons,coon,racial / ethnic slurs,,,2.8
coot,coot,sexual anatomy / sexual acts,,,1.6
coot coot,coot,sexual anatomy / sexual acts,,,1.4
cooter,coot,sexual anatomy / sexual acts,,,1.2
cooter shooting,coot,sexual anatomy / sexual acts,,,2.6
cooterpuffing,coot,sexual anatomy / sexual acts,,,2.4
cooties,cooties,other / general insult,,,1
cotton picker,cotton picker,racial / ethnic slurs,,,2.8
crazy mofos,motherfucker,sexual anatomy / sexual acts,other / general insult,,1.4
crazy sob,bitch,mental disability,,,1.4
creampie,creampie,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
crotch,crotch,sexual anatomy / sexual acts,,,1
crotch fiddler,crotch,sexual anatomy / sexual acts,,,2.2
crotchy,crotch,sexual anatomy / sexual acts,,,1.4
crow,crow,animal references,,,1
crows,crow,sexual orientation / gender,animal references,,1.4
cuksuker,cock,sexual anatomy / sexual acts,,,2.4
cuksukka,cock,sexual anatomy / sexual acts,,,2.2
cum goon,cum,sexual anatomy / sexual acts,bodily fluids / excrement,,2
cumball,cum,bodily fluids / excrement,,,2.4
cumdumpster,cum,bodily fluids / excrement,,,2.8
cumming,cum,bodily fluids / excrement,,,1.6
cums,cum,bodily fluids / excrement,,,1.4
cumslut,cum,bodily fluids / excrement,other / general insult,,2.8
cumz,cum,bodily fluids / excrement,,,2
cunnilingus,cunnilingus,sexual anatomy / sexual acts,,,2
cunt,cunt,sexual anatomy / sexual acts,,,2.6
cunt ass,cunt,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
cunt fart,cunt,sexual anatomy / sexual acts,bodily fluids / excrement,,2.6
cunt lick,cunt,sexual anatomy / sexual acts,,,3
cunt licker,cunt,sexual anatomy / sexual acts,,,3
cunt lips,cunt,sexual anatomy / sexual acts,,,2.8
cuntasaurus rex,cunt,sexual anatomy / sexual acts,animal references,,2.8
cuntbag,cunt,sexual anatomy / sexual acts,,,3
cuntbollock,cunt,sexual anatomy / sexual acts,,,2.2
cuntelope,cunt,sexual anatomy / sexual acts,,,2.4
cuntits,cunt,sexual anatomy / sexual acts,,,2.8
cuntless,cunt,sexual anatomy / sexual acts,,,2.8
cuntlick,cunt,sexual anatomy / sexual acts,,,3
cuntlicker,cunt,sexual anatomy / sexual acts,,,2.4
cuntlickers,cunt,sexual anatomy / sexual acts,,,2.6
cuntness,cunt,sexual anatomy / sexual acts,,,3
cunts,cunt,sexual anatomy / sexual acts,,,2.6
cunty,cunt,sexual anatomy / sexual acts,,,2.8
cuntz,cunt,sexual anatomy / sexual acts,,,2.8
cuunt,cunt,sexual anatomy / sexual acts,,,2.6
cyberfck,fuck,sexual anatomy / sexual acts,,,2.2
cyberfcks,fuck,sexual anatomy / sexual acts,,,2.4
cyberfuccs,fuck,sexual anatomy / sexual acts,,,2.2
cyberfucks,fuck,sexual anatomy / sexual acts,,,2.2
cyberfucs,fuck,sexual anatomy / sexual acts,,,2
cyberfukk,fuck,sexual anatomy / sexual acts,,,2
cyberfukks,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
cyberfvcks,fuck,sexual anatomy / sexual acts,,,2.2
d!ck,dick,sexual anatomy / sexual acts,,,1
d!cks,dick,sexual anatomy / sexual acts,,,1
d!ld0,dildo,sexual anatomy / sexual acts,,,1.4
d!ldo,dildo,sexual anatomy / sexual acts,,,1.4
d0ggy style,doggy style,sexual anatomy / sexual acts,,,1.8
d1ck,dick,sexual anatomy / sexual acts,,,1
d1ckhead,dick,sexual anatomy / sexual acts,,,1.8
d1ckheads,dick,sexual anatomy / sexual acts,,,1.8
d1cks,dick,sexual anatomy / sexual acts,,,1.4
d1cksucker,dick,sexual anatomy / sexual acts,,,1.8
d1cksukka,dick,sexual anatomy / sexual acts,,,2
d1ckz,dick,sexual anatomy / sexual acts,,,1
d1ldo,dildo,sexual anatomy / sexual acts,,,1.4
dafuq,fuck,sexual anatomy / sexual acts,,,2.2
dago,dago,racial / ethnic slurs,,,2.2
darkass,ass,racial / ethnic slurs,,,2.6
darkfuck,fuck,sexual anatomy / sexual acts,racial / ethnic slurs,,2.4
darkie,darky,racial / ethnic slurs,,,2.8
darkshit,shit,bodily fluids / excrement,racial / ethnic slurs,,3
darktard,retard,racial / ethnic slurs,mental disability,,3
darky,darky,racial / ethnic slurs,,,2.8
dick breath,dick,sexual anatomy / sexual acts,,,2
dick face,dick,sexual anatomy / sexual acts,,,1.8
dick fucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
dick head,dick,sexual anatomy / sexual acts,,,1.8
dick licker,dick,sexual anatomy / sexual acts,,,2.4
dick milker,dick,sexual anatomy / sexual acts,,,2.2
dick nibbler,dick,sexual anatomy / sexual acts,,,2.4
dick smoker,dick,sexual anatomy / sexual acts,,,2.4
dick sucker,dick,sexual anatomy / sexual acts,,,2.2
dick-face,dick,sexual anatomy / sexual acts,,,1.8
dick-gobbler,dick,sexual anatomy / sexual acts,,,1.8
dick-head,dick,sexual anatomy / sexual acts,,,1.8
dickface,dick,sexual anatomy / sexual acts,,,2
dickfucker,dick,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
dickhead,dick,sexual anatomy / sexual acts,,,2
dickheads,dick,sexual anatomy / sexual acts,,,1.6
dickjockies,dick,sexual anatomy / sexual acts,,,2.2
dickless,dick,sexual anatomy / sexual acts,,,1.4
dicklicker,dick,sexual anatomy / sexual acts,,,2.2
dickmuncher,dick,sexual anatomy / sexual acts,,,2
dicks,dick,sexual anatomy / sexual acts,,,1
dickskin,dick,sexual anatomy / sexual acts,,,1.8
dickslapper,dick,sexual anatomy / sexual acts,,,1.8
dicksmoker,dick,sexual anatomy / sexual acts,,,2.8
dicksucker,dick,sexual anatomy / sexual acts,,,2.2
dickvag,dick,sexual anatomy / sexual acts,,,1.6
dickz,dick,sexual anatomy / sexual acts,,,1.2
diddle,diddle,sexual anatomy / sexual acts,,,1
dikhead,dick,sexual anatomy / sexual acts,,,1.6
diks,dick,sexual anatomy / sexual acts,,,1.2
dild0,dildo,sexual anatomy / sexual acts,,,1
dipsh1t,shit,mental disability,bodily fluids / excrement,other / general insult,1.6
dipsh1tty,shit,bodily fluids / excrement,,,1.6
dipshat,shit,bodily fluids / excrement,other / general insult,,1.2
dipshidiot,shit,bodily fluids / excrement,mental disability,,1.6
dipshit,shit,bodily fluids / excrement,,,1.4
dipshite,shit,bodily fluids / excrement,,,1.6
dipshits,shit,bodily fluids / excrement,mental disability,,1.6
dipshitter,shit,bodily fluids / excrement,mental disability,,1.6
dipshitty,shit,bodily fluids / excrement,mental disability,,1.8
dipstick,dipstick,sexual anatomy / sexual acts,mental disability,,1.2
dirty sanchez,dirty sanchez,sexual anatomy / sexual acts,,,2.4
dix,dick,sexual anatomy / sexual acts,,,1
dlck,dick,sexual anatomy / sexual acts,,,1.2
dlcks,dick,sexual anatomy / sexual acts,,,1
dog fuck,fuck,sexual anatomy / sexual acts,animal references,,2.8
dog fucker,fuck,sexual anatomy / sexual acts,animal references,,3
dog fucking,fuck,sexual anatomy / sexual acts,animal references,,2.8
dog shit,shit,bodily fluids / excrement,animal references,,1.2
dog-fucker,fuck,sexual anatomy / sexual acts,animal references,,2.8
dog's bollocks,bollocks,sexual anatomy / sexual acts,animal references,,1.2
doggo style,doggy style,sexual anatomy / sexual acts,animal references,,1.2
doggy style,doggy style,sexual anatomy / sexual acts,,,1.4
doggy_style,doggy style,sexual anatomy / sexual acts,animal references,,1.4
dogie style,doggy style,sexual anatomy / sexual acts,,,1
dogsh1t,shit,bodily fluids / excrement,other / general insult,,1.2
dogsh1ts,shit,bodily fluids / excrement,other / general insult,,1
dogshit,shit,bodily fluids / excrement,animal references,,1
dogshits,shit,bodily fluids / excrement,animal references,,1.4
dogstyle,doggy style,sexual anatomy / sexual acts,,,1
dolt,dolt,mental disability,,,1
dong,dong,sexual anatomy / sexual acts,,,1.2
doosh,douche,bodily fluids / excrement,,,1.4
dothead,dothead,racial / ethnic slurs,,,2.6
double dick,dick,sexual anatomy / sexual acts,,,1.6
double dicking,dick,sexual anatomy / sexual acts,,,2.2
double pen,double pen,sexual anatomy / sexual acts,,,1.2
double-dong,dong,sexual anatomy / sexual acts,,,1.4
douche,douche,sexual anatomy / sexual acts,,,1
douche bag,douche,other / general insult,bodily fluids / excrement,,1
douche canoe,douche,sexual anatomy / sexual acts,bodily fluids / excrement,,1.4
douchebag,douche,sexual anatomy / sexual acts,bodily fluids / excrement,,1.4
dumasses,ass,sexual anatomy / sexual acts,mental disability,,1
dumb bastard,bastard,other / general insult,mental disability,,1.2
dumb fucker,fuck,sexual anatomy / sexual acts,mental disability,,2
dumb@ss,ass,sexual anatomy / sexual acts,mental disability,,1.2
dumbarrassed,ass,mental disability,,,1.4
dumbass,ass,mental disability,other / general insult,,1.4
dumbass fucker,fuck,sexual anatomy / sexual acts,mental disability,,2.6
dumbass mofoes,ass,sexual anatomy / sexual acts,mental disability,,2.4
dumbass mothafuckers,motherfucker,sexual anatomy / sexual acts,mental disability,other / general insult,2.8
dumbass son-of-a-bitch,bitch,sexual anatomy / sexual acts,sexual orientation / gender,other / general insult,1.8
dumbasses,ass,sexual anatomy / sexual acts,mental disability,,1
dumbfucks,fuck,sexual anatomy / sexual acts,mental disability,,2.2
dumbshit,shit,bodily fluids / excrement,,,1.6
dump a load,dump a load,bodily fluids / excrement,,,1.6
dune coon,coon,racial / ethnic slurs,,,3
dyke,dyke,sexual orientation / gender,,,2.8
erectoplasm,erectoplasm,bodily fluids / excrement,,,1.8
f_u_c_k,fuck,sexual anatomy / sexual acts,,,2.2
f'ed,fuck,sexual anatomy / sexual acts,,,1.8
f'er,fuck,sexual anatomy / sexual acts,,,1.6
f@ck,fuck,sexual anatomy / sexual acts,,,1.6
f@cker bunny,fuck,sexual anatomy / sexual acts,,,2.2
f@g,faggot,sexual orientation / gender,,,2.8
f@gg0t,faggot,sexual orientation / gender,,,3
f@gging,faggot,sexual orientation / gender,,,2.8
f@ggot,faggot,sexual orientation / gender,,,3
f@gs,faggot,sexual orientation / gender,,,3
f@gshit,shit,sexual orientation / gender,,,2.8
f@k,fuck,sexual anatomy / sexual acts,,,1.8
f0ck,fuck,sexual anatomy / sexual acts,,,2
f0cked,fuck,sexual anatomy / sexual acts,,,2
f0cker,fuck,sexual anatomy / sexual acts,,,2.4
f0ckers,fuck,sexual anatomy / sexual acts,,,2.2
face fuck,fuck,sexual anatomy / sexual acts,,,2.8
fack,fuck,sexual anatomy / sexual acts,,,1.4
fackuhs,fuck,sexual anatomy / sexual acts,,,2
fag,faggot,sexual orientation / gender,,,2.8
fag asses,faggot,sexual orientation / gender,,,2.8
fag bag,faggot,sexual orientation / gender,,,2.8
fag hag,faggot,sexual orientation / gender,,,2.6
fag queen,faggot,sexual orientation / gender,,,2.8
fag0t,faggot,sexual orientation / gender,,,3
faget,faggot,sexual orientation / gender,,,3
fagg0t,faggot,sexual orientation / gender,,,3
fagging,faggot,sexual orientation / gender,,,3
faggo,faggot,sexual orientation / gender,,,2.8
faggot,faggot,sexual orientation / gender,,,2.8
faggot mofoes,faggot,sexual anatomy / sexual acts,sexual orientation / gender,,3
faggot mothafuckers,motherfucker,sexual anatomy / sexual acts,sexual orientation / gender,,3
faggot nob jokeys,faggot,sexual anatomy / sexual acts,sexual orientation / gender,,3
faggot nobjockies,faggot,sexual orientation / gender,sexual anatomy / sexual acts,,3
faggot son-of-a-bitch,faggot,sexual orientation / gender,other / general insult,,3
faggoting,faggot,sexual orientation / gender,,,3
faggots,faggot,sexual orientation / gender,,,3
faggs,faggot,sexual orientation / gender,,,3
faggy,faggot,sexual orientation / gender,,,3
fagot,faggot,sexual orientation / gender,,,2.8
fags,faggot,sexual orientation / gender,,,3
fagshit,faggot,bodily fluids / excrement,sexual orientation / gender,,3
fart-fucker,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
fatass,ass,sexual anatomy / sexual acts,physical attributes,,1.2
fatasses,ass,sexual anatomy / sexual acts,physical attributes,,1.2
fccuker,fuck,sexual anatomy / sexual acts,,,2
fck,fuck,sexual anatomy / sexual acts,,,2.4
fck you,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fcka,fuck,sexual anatomy / sexual acts,,,1.8
fckahz,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fcked,fuck,sexual anatomy / sexual acts,,,2
fckedup,fuck,sexual anatomy / sexual acts,other / general insult,,2
fcker,fuck,sexual anatomy / sexual acts,,,2.2
fckin,fuck,sexual anatomy / sexual acts,,,2
fcking,fuck,sexual anatomy / sexual acts,,,2.2
Fckk,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fckked,fuck,sexual anatomy / sexual acts,other / general insult,,2
fckking,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fcks,fuck,sexual anatomy / sexual acts,,,2
fcktard,fuck,sexual anatomy / sexual acts,mental disability,,2.8
fckyeah,fuck,other / general insult,,,1.6
fcuk,fuck,sexual anatomy / sexual acts,,,2
fcuked,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fcuker,fuck,sexual anatomy / sexual acts,,,2.4
fcukers,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fcuking,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fcukker,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fcuks,fuck,sexual anatomy / sexual acts,,,2.2
fcvking,fuck,sexual anatomy / sexual acts,,,2.2
feck,fuck,sexual anatomy / sexual acts,,,1.6
feck arse,arse,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
fecker,fuck,sexual anatomy / sexual acts,,,2.2
feg,faggot,sexual orientation / gender,,,2.4
fellatio aficionado,fellatio,sexual anatomy / sexual acts,,,2
fellator,fellatio,sexual anatomy / sexual acts,,,1.6
fick,fuck,sexual anatomy / sexual acts,,,1.6
finger,finger,sexual anatomy / sexual acts,,,1
finger fuck,fuck,sexual anatomy / sexual acts,,,2.6
fingerbanged,finger,sexual anatomy / sexual acts,,,1.6
fingerpop,finger,sexual anatomy / sexual acts,,,1.4
fk bunny,fuck,sexual anatomy / sexual acts,,,2
fkbny,fuck,sexual anatomy / sexual acts,,,1.6
fked,fuck,sexual anatomy / sexual acts,other / general insult,,2
fker,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
fking,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fkings,fuck,sexual anatomy / sexual acts,,,1.8
fkker,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
flamer,flamer,sexual orientation / gender,,,2
flamers,flamer,sexual orientation / gender,,,2.8
focker,fuck,sexual anatomy / sexual acts,other / general insult,,2
fook,fuck,sexual anatomy / sexual acts,other / general insult,,1.6
fooker,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
fookuh,fuck,sexual anatomy / sexual acts,,,1.8
forked,fuck,sexual anatomy / sexual acts,,,1
fothermuckers,motherfucker,sexual anatomy / sexual acts,,,1.8
fuc,fuck,sexual anatomy / sexual acts,,,1.6
fucc,fuck,sexual anatomy / sexual acts,other / general insult,,2
fucca,fuck,sexual anatomy / sexual acts,other / general insult,,2
fuccers,fuck,sexual anatomy / sexual acts,,,2.2
fuccing,fuck,sexual anatomy / sexual acts,other / general insult,,2.6
fuccs,fuck,sexual anatomy / sexual acts,other / general insult,,2
Fuck,fuck,sexual anatomy / sexual acts,,,2
fuck arse,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
fuck face,fuck,sexual anatomy / sexual acts,,,2.4
fuck faces,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuck goblin,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuck head,fuck,sexual anatomy / sexual acts,,,2.4
fuck off,fuck,sexual anatomy / sexual acts,other / general insult,,2
fuck up,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
fuck y0u,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
fuck you,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
fuck your,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
fuck your mother,fuck,sexual anatomy / sexual acts,other / general insult,,2.8
fucka,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuckahs,fuck,sexual anatomy / sexual acts,other / general insult,,2
fuckass,fuck,sexual anatomy / sexual acts,,,2.4
fuckasses,fuck,sexual anatomy / sexual acts,,,2.4
fuckaz,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuckbag,fuck,sexual anatomy / sexual acts,,,2.6
fuckboy,fuck,sexual anatomy / sexual acts,other / general insult,,2.6
fucked,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
fucked up,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuckem,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fucker,fuck,sexual anatomy / sexual acts,,,2.2
fucker off,fuck,sexual anatomy / sexual acts,,,2
fuckers,fuck,sexual anatomy / sexual acts,,,2.4
fuckface,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuckfaces,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuckhead,fuck,sexual anatomy / sexual acts,,,2.2
fuckheaded,fuck,sexual anatomy / sexual acts,mental disability,,2.6
fuckheads,fuck,sexual anatomy / sexual acts,,,2.6
fuckin,fuck,sexual anatomy / sexual acts,other / general insult,,2
fucking,fuck,sexual anatomy / sexual acts,,,2.2
fucking A,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
fucking asshole,fuck,sexual anatomy / sexual acts,other / general insult,,2.8
fucking bastard,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
fucking hell,fuck,sexual anatomy / sexual acts,religious offense,,2
fucking me,fuck,sexual anatomy / sexual acts,,,2.2
fucking retard,fuck,sexual anatomy / sexual acts,mental disability,,3
fucking shit,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,1.8
fuckk,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuckless,fuck,sexual anatomy / sexual acts,,,2
fuckmachine,fuck,sexual anatomy / sexual acts,other / general insult,,2
fucknuckle,fuck,sexual anatomy / sexual acts,,,2.4
fucks,fuck,sexual anatomy / sexual acts,other / general insult,,2
fuckshit,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
fuckshitface,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
fuckshithead,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.8
fuckstar,fuck,sexual anatomy / sexual acts,,,2.2
fuckster,fuck,sexual anatomy / sexual acts,,,2.2
fuckstick,fuck,sexual anatomy / sexual acts,,,2.2
fucktard,fuck,sexual anatomy / sexual acts,mental disability,,2.8
fucktards,fuck,sexual anatomy / sexual acts,mental disability,,2.6
fuckup,fuck,sexual anatomy / sexual acts,other / general insult,,2
fuckwad,fuck,sexual anatomy / sexual acts,,,2.2
fuckwhore,fuck,sexual anatomy / sexual acts,,,2.6
fucs,fuck,sexual anatomy / sexual acts,,,2.4
fucx,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fudgefucker,fudge packer,sexual anatomy / sexual acts,sexual orientation / gender,bodily fluids / excrement,3
fudgepacker,fudge packer,sexual orientation / gender,,,2.4
fudgepackers,fudge packer,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
fudgepackershitter,fudge packer,sexual anatomy / sexual acts,bodily fluids / excrement,,3
fudgepacking fucker,fudge packer,sexual anatomy / sexual acts,sexual orientation / gender,bodily fluids / excrement,3
fugged,fuck,sexual anatomy / sexual acts,,,1.8
fugger,fuck,sexual anatomy / sexual acts,other / general insult,,2
fuggerz,fuck,sexual anatomy / sexual acts,,,2.6
fuggings,fuck,sexual anatomy / sexual acts,,,2
fugly,fuck,physical attributes,,,1.4
fuk,fuck,sexual anatomy / sexual acts,,,2
fuk1n,fuck,sexual anatomy / sexual acts,,,2
fuk1ng,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fukcs,fuck,sexual anatomy / sexual acts,,,2
fuker,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fukheads,fuck,sexual anatomy / sexual acts,,,2
fukin,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fuking,fuck,sexual anatomy / sexual acts,,,2
fukk,fuck,sexual anatomy / sexual acts,,,2
fukka,fuck,sexual anatomy / sexual acts,,,2.2
fukked,fuck,sexual anatomy / sexual acts,,,2
fukker,fuck,sexual anatomy / sexual acts,,,2
fukkers,fuck,sexual anatomy / sexual acts,,,2
fukking,fuck,sexual anatomy / sexual acts,,,2
fukkings,fuck,sexual anatomy / sexual acts,,,2
fukkuh,fuck,sexual anatomy / sexual acts,,,2.2
fuks,fuck,sexual anatomy / sexual acts,,,2.2
fuku,fuck,sexual anatomy / sexual acts,other / general insult,,2.6
fukwhore,fuck,sexual anatomy / sexual acts,,,2.8
fukwit,fuck,sexual anatomy / sexual acts,mental disability,,2.2
full of shit,shit,bodily fluids / excrement,,,1
funbags,funbags,sexual anatomy / sexual acts,,,1
fuq,fuck,sexual anatomy / sexual acts,,,1.8
futhamucka,motherfucker,sexual anatomy / sexual acts,,,2.6
fux,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fux0r,fuck,sexual anatomy / sexual acts,,,2
fvck,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
fvck you,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
fvcka,fuck,sexual anatomy / sexual acts,,,2
fvckbunny,fuck,sexual anatomy / sexual acts,animal references,,2.2
fvcker,fuck,sexual anatomy / sexual acts,,,2.4
fvckers,fuck,sexual anatomy / sexual acts,,,2.2
fvckin,fuck,sexual anatomy / sexual acts,,,1.8
fvcking,fuck,sexual anatomy / sexual acts,,,2
fvckker bunny,fuck,sexual anatomy / sexual acts,,,2.2
fvckwhi,fuck,sexual anatomy / sexual acts,,,2.2
fxck,fuck,sexual anatomy / sexual acts,,,1.6
fxcked,fuck,sexual anatomy / sexual acts,other / general insult,,2
fxcker,fuck,sexual anatomy / sexual acts,,,2.2
fxcking,fuck,sexual anatomy / sexual acts,,,2.2
g@y b1tch,bitch,sexual orientation / gender,,,2.6
g@ylord,gay,sexual orientation / gender,,,1.8
g@yshit,shit,sexual orientation / gender,,,2.6
g0ddamn,damn,religious offense,,,1.2
g0ddamned,damn,religious offense,,,1.6
g0ddamnit,damn,religious offense,,,1
gash-stabber,gash-stabber,sexual anatomy / sexual acts,,,2
gay ass,gay,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
gay bitch,gay,sexual orientation / gender,,,2.6
gay fuck,fuck,sexual orientation / gender,other / general insult,,2.6
gay fucker,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
gay shit,gay,bodily fluids / excrement,sexual orientation / gender,,1.8
gay wad,gay,sexual orientation / gender,,,2
gayest,gay,sexual orientation / gender,,,1
gaylord,gay,sexual orientation / gender,,,1.6
gaylords,gay,sexual orientation / gender,,,2.2
gayness,gay,sexual orientation / gender,,,1.4
gaysian,gay,sexual orientation / gender,,,2.6
gaytard,gay,sexual orientation / gender,mental disability,,2.8
geebag,garbage bag,sexual orientation / gender,,,1.8
get fucked,fuck,sexual anatomy / sexual acts,,,2.4
gin jockey,gin jockey,sexual anatomy / sexual acts,,,2
girlieboy,girlyboy,sexual orientation / gender,,,1.4
girly bits,girly bits,sexual anatomy / sexual acts,,,1
girlyboy,girlyboy,sexual orientation / gender,,,1.4
go fuck yourself,fuck,sexual anatomy / sexual acts,other / general insult,,2.6
go to hell,hell,other / general insult,religious offense,,1
gobshite,shit,bodily fluids / excrement,,,1.8
god dammit,damn,religious offense,,,1.6
god damn,damn,religious offense,,,1.4
god damn it,damn,religious offense,,,1.8
god damned,damn,religious offense,,,1.2
god damnit,damn,religious offense,,,2.2
god-dam,damn,religious offense,,,1.2
god-damned,damn,religious offense,,,1.4
godamnit,damn,religious offense,,,2
godd@amn,damn,religious offense,,,1.4
godd@mnit,damn,religious offense,,,1.4
goddammit,damn,religious offense,,,1
goddamn,damn,religious offense,,,1.6
goddamn mothafuckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
goddamn son of a bitch,damn,religious offense,sexual orientation / gender,,2.2
goddamn son-of-a-bitch,damn,religious offense,sexual orientation / gender,,1.4
goddamned,damn,religious offense,,,1.8
goddamnit,damn,religious offense,,,1.6
gook,gook,racial / ethnic slurs,,,2.8
gowl,gowl,other / general insult,,,1.6
greaser,greaser,racial / ethnic slurs,,,1
groid,groid,racial / ethnic slurs,,,2
groper,grope,sexual anatomy / sexual acts,,,1.4
gyp,gypsy,racial / ethnic slurs,,,2
harry palms,harry palms,sexual anatomy / sexual acts,,,1.6
heeb,hebe,racial / ethnic slurs,,,2.2
higg@,nigger,racial / ethnic slurs,,,2.6
higg3r,nigger,racial / ethnic slurs,,,2.8
higga,nigger,racial / ethnic slurs,,,2.8
higger,nigger,racial / ethnic slurs,,,2.6
higgers,nigger,racial / ethnic slurs,,,3
hoar,whore,sexual orientation / gender,,,1.8
hoe,hoe,sexual orientation / gender,,,2
hoe-asses,hoe,sexual orientation / gender,sexual anatomy / sexual acts,,2.2
hoebag,hoe,sexual orientation / gender,,,2
hoes,hoe,sexual orientation / gender,,,2
holy fuck,fuck,sexual anatomy / sexual acts,other / general insult,religious offense,2
homo,homosexual,sexual orientation / gender,,,2.2
homo asses,homosexual,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
homos,homosexual,sexual orientation / gender,,,2.2
hooters,hooters,sexual anatomy / sexual acts,,,1
horse shit,shit,bodily fluids / excrement,animal references,,1.2
horse's asses,ass,sexual anatomy / sexual acts,animal references,,1.4
horseshit,shit,bodily fluids / excrement,animal references,,1.2
hustler,hustler,other / general insult,,,1
injun,injun,racial / ethnic slurs,,,2.4
j-offs,jerk off,sexual anatomy / sexual acts,,,1.4
j3rk,jerk,other / general insult,,,1
ja!lbait,jailbait,sexual anatomy / sexual acts,other / general insult,,1
ja1lbait,jailbait,physical attributes,,,1
Jack off,jackoff,sexual anatomy / sexual acts,,,1.4
jack-off,jack off,sexual anatomy / sexual acts,,,1.2
jack-offs,jack off,sexual anatomy / sexual acts,,,1.4
jackarse,arse,sexual anatomy / sexual acts,,,1
jackass,ass,animal references,other / general insult,,1
jackasses,ass,sexual anatomy / sexual acts,,,1
jackasss,ass,animal references,,,1.2
jackoff,jack off,sexual anatomy / sexual acts,,,2
jackoffs,jack off,sexual anatomy / sexual acts,,,1.2
jackoffz,jack off,sexual anatomy / sexual acts,,,1.6
jagoff,jack off,sexual anatomy / sexual acts,,,1
jailba!t,jailbait,physical attributes,,,1.6
jailbait,jailbait,sexual anatomy / sexual acts,,,1
jap,jap,racial / ethnic slurs,,,2.8
jerk off,jerk off,sexual anatomy / sexual acts,,,1
jerk-0ff,jerk off,sexual anatomy / sexual acts,,,1.2
jerk-0ffs,jerk off,sexual anatomy / sexual acts,,,1.4
jerk-off,jerk off,sexual anatomy / sexual acts,,,1.2
jerk-offs,jerk off,sexual anatomy / sexual acts,,,1
jerking off,jerk off,sexual anatomy / sexual acts,,,1
jerkoff,jerk off,sexual anatomy / sexual acts,,,1.6
jerkoff jerking off,jerk off,sexual anatomy / sexual acts,,,1.2
jerkoffs,jerk off,sexual anatomy / sexual acts,,,1.2
jerks off,jerk off,sexual anatomy / sexual acts,,,1.4
jewboy,jew,racial / ethnic slurs,,,2.8
jigaboo,jiggaboo,racial / ethnic slurs,,,2.4
jigaboos,jiggaboo,racial / ethnic slurs,,,2.8
jigga,jiggaboo,racial / ethnic slurs,,,2.4
jiggaboo,jiggaboo,racial / ethnic slurs,,,3
jiggabooboo,jiggaboo,racial / ethnic slurs,,,2.4
jiggaboos,jiggaboo,racial / ethnic slurs,,,3
jiggabu,jiggaboo,racial / ethnic slurs,,,3
jiggas,jiggaboo,racial / ethnic slurs,,,2.8
jigger,jiggaboo,racial / ethnic slurs,,,3
jiggerboo,jiggaboo,racial / ethnic slurs,,,2.6
jiggerboos,jiggaboo,racial / ethnic slurs,,,3
jiggs,jiggaboo,racial / ethnic slurs,,,2.6
jiggyboo,jiggaboo,racial / ethnic slurs,,,3
jigro,jiggaboo,racial / ethnic slurs,,,2.8
jim crow,jim crow,racial / ethnic slurs,other / general insult,,1.4
jizz,jizz,bodily fluids / excrement,,,1.6
jizz eater,jizz,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
jizz licker,jizz,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
jizz-jockey,jizz,bodily fluids / excrement,,,2.2
jizzbags,jizz,bodily fluids / excrement,,,2.4
jizzed,jizz,bodily fluids / excrement,,,2
jizzes,jizz,bodily fluids / excrement,,,2.2
jizzfucker,fuck,bodily fluids / excrement,sexual anatomy / sexual acts,,2.6
jizzing,jizz,bodily fluids / excrement,,,1.6
jizzsacks,jizz,sexual anatomy / sexual acts,,,1.8
jizzstain,jizz,bodily fluids / excrement,,,2.8
jizzy,jizz,bodily fluids / excrement,,,1.6
k!k3,kike,racial / ethnic slurs,,,2.6
k!ke,kike,racial / ethnic slurs,,,3
k..!ke,kike,racial / ethnic slurs,,,3
k1k3,kike,racial / ethnic slurs,,,3
k1ke,kike,racial / ethnic slurs,,,2.8
kid diddler,diddle,sexual anatomy / sexual acts,other / general insult,,3
kiddy touch,kidtoucher,sexual anatomy / sexual acts,,,1.8
kike,kike,racial / ethnic slurs,,,3
kikes,kike,racial / ethnic slurs,,,3
kiss ass,ass,sexual anatomy / sexual acts,,,1
kiss my ass,ass,sexual anatomy / sexual acts,,,1.6
kitty puncher,kitty puncher,sexual anatomy / sexual acts,,,2.2
kkk,kkk,other / general insult,,,1.8
klan,klan,racial / ethnic slurs,,,1.8
klitoris,clit,sexual anatomy / sexual acts,,,1
kneegrows,negro,racial / ethnic slurs,,,2.8
knickers,nigger,racial / ethnic slurs,,,1.8
knob,knob,sexual anatomy / sexual acts,,,1.4
knob eater,knob,sexual anatomy / sexual acts,,,2.2
knob gobbler,knob,sexual anatomy / sexual acts,,,1.8
knob jockey,knob,sexual anatomy / sexual acts,,,1.8
knob-face,knob,sexual anatomy / sexual acts,,,1.6
knob-gobbler,knob,sexual anatomy / sexual acts,,,1.6
knob-head,knob,sexual anatomy / sexual acts,,,2
knob3d,knob,sexual anatomy / sexual acts,,,1.6
knob3nd,knob,sexual anatomy / sexual acts,,,1.2
knobd,knob,sexual anatomy / sexual acts,,,1.2
knobe,knob,sexual anatomy / sexual acts,,,1
knobead,knob,sexual anatomy / sexual acts,,,1.4
knobeads,knob,sexual anatomy / sexual acts,,,1.4
knobed,knob,sexual anatomy / sexual acts,other / general insult,,1.4
knobeds,knob,sexual anatomy / sexual acts,,,1.8
knobend,knob,sexual anatomy / sexual acts,,,1.2
knobender,knob,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
knobends,knob,sexual anatomy / sexual acts,,,1.4
knobendy,knob,sexual anatomy / sexual acts,,,1.6
knobendz,knob,sexual anatomy / sexual acts,,,1.4
knober,knob,sexual anatomy / sexual acts,,,1
knobes,knob,sexual anatomy / sexual acts,,,1.2
knobgobbler,knob,sexual anatomy / sexual acts,sexual orientation / gender,,1.8
knobhead,knob,sexual anatomy / sexual acts,,,1.6
knobheads,knob,sexual anatomy / sexual acts,,,1.6
knobjockies,knob,sexual anatomy / sexual acts,sexual orientation / gender,,1.8
knobjocky,knob,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
knobjokey,knob,sexual orientation / gender,,,2.6
knobjokeys,knob,sexual anatomy / sexual acts,,,1.8
ku kluxer,ku kluxer,racial / ethnic slurs,,,2.6
kyke,kike,racial / ethnic slurs,,,3
l@dyb0i,ladyboy,sexual orientation / gender,,,2.2
l@dyb0y,ladyboy,sexual orientation / gender,,,2
l@dyboy,ladyboy,sexual orientation / gender,,,2
l3i + ch,bitch,sexual orientation / gender,,,1.2
l3i+ch,bitch,sexual orientation / gender,,,1.2
l3itch,bitch,sexual orientation / gender,,,1.4
l3itches,bitch,sexual orientation / gender,,,1.2
ladboys,ladyboy,sexual orientation / gender,,,1.4
ladboyz,ladyboy,sexual orientation / gender,,,1.4
ladiboy,ladyboy,sexual orientation / gender,,,2.2
lady-boy,ladyboy,sexual orientation / gender,,,2.6
ladyb0i,ladyboy,sexual orientation / gender,,,2.2
ladyb0y,ladyboy,sexual orientation / gender,,,2.4
ladyboy,ladyboy,sexual orientation / gender,,,2.2
ladyboys,ladyboy,sexual orientation / gender,,,2.4
ladyboyz,ladyboy,sexual orientation / gender,,,1.4
lesbo,lesbian,sexual orientation / gender,,,2.2
loose woman,loose,sexual orientation / gender,,,1.4
m@asterbated,masturbate,sexual anatomy / sexual acts,,,1.4
m@derfaker,motherfucker,sexual anatomy / sexual acts,,,2.8
m@derfuck,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
m@derfuckers,motherfucker,sexual anatomy / sexual acts,,,2.6
m0f0,motherfucker,sexual anatomy / sexual acts,other / general insult,,2
m0f0s,motherfucker,other / general insult,,,2.4
m0fo,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
m0foes,motherfucker,other / general insult,,,2.2
m0fos,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
m0ng0l0id,mongoloid,mental disability,racial / ethnic slurs,,2.2
m0ngoloid,mongoloid,racial / ethnic slurs,,,2.2
m0thafucked,motherfucker,sexual anatomy / sexual acts,,,3
m0thafucker,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
m0thafucking,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
m0therfuckeds,motherfucker,sexual anatomy / sexual acts,,,2.8
m0therfucker,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.4
m0therfucking,motherfucker,sexual anatomy / sexual acts,,,3
m0therfvcker,motherfucker,sexual anatomy / sexual acts,,,3
man chowder,man chowder,bodily fluids / excrement,,,1
man meat,meat,sexual anatomy / sexual acts,,,1.2
man seed,man seed,bodily fluids / excrement,,,1
markasses,ass,sexual anatomy / sexual acts,,,2
meat curtains,meat curtains,sexual anatomy / sexual acts,,,2
meat-sword,meat,sexual anatomy / sexual acts,,,1.2
mecha fag,faggot,sexual orientation / gender,,,3
mega fag,faggot,sexual orientation / gender,,,2.8
mf'er,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.2
mf'ers,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
mf'ing,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.2
mfckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.2
MFer,motherfucker,sexual anatomy / sexual acts,,,1.8
MFers,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mfing,motherfucker,sexual anatomy / sexual acts,,,1.8
mfk,motherfucker,sexual anatomy / sexual acts,other / general insult,,1.6
mfs,motherfucker,sexual anatomy / sexual acts,,,2.2
mfukk,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
mfukker,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
milf,milf,sexual anatomy / sexual acts,,,1.8
mindfuck,motherfucker,sexual anatomy / sexual acts,,,2.2
mof0es,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.2
mof0s,motherfucker,other / general insult,,,2.6
mofcker,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
mofo,motherfucker,sexual anatomy / sexual acts,,,2
mofo ass,motherfucker,sexual anatomy / sexual acts,,,2.4
mofoes,motherfucker,other / general insult,,,2
mofos,motherfucker,sexual anatomy / sexual acts,other / general insult,,2
mofoshit,motherfucker,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
mofuccers,motherfucker,sexual anatomy / sexual acts,,,2.4
mofucckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.4
mofuck,motherfucker,sexual anatomy / sexual acts,,,2.8
mofucker,motherfucker,other / general insult,,,2
mofuckkas,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.4
mofuk,motherfucker,other / general insult,,,2.2
mofukkas,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.4
molester,molest,sexual anatomy / sexual acts,other / general insult,,2.2
mong,mong,racial / ethnic slurs,,,1.8
mongoloid,mongoloid,racial / ethnic slurs,,,2.2
mongrel,mongrel,racial / ethnic slurs,,,2.6
motha fucka,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motha fucker,motherfucker,sexual anatomy / sexual acts,,,2.4
motha fuckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
mothaf@cked,motherfucker,sexual anatomy / sexual acts,,,2.6
mothafcked,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
mothafcking,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
Mothafucc,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mothafucced,motherfucker,sexual anatomy / sexual acts,,,2.6
mothafuccer,motherfucker,sexual anatomy / sexual acts,,,3
mothafuccing,motherfucker,sexual anatomy / sexual acts,,,3
mothafuck,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mothafucka,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mothafuckas,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
mothafuckasses,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
mothafuckaz,motherfucker,sexual anatomy / sexual acts,,,2.6
mothafuckazzes,motherfucker,sexual anatomy / sexual acts,,,3
mothafucked,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mothafuckeds,motherfucker,sexual anatomy / sexual acts,,,2.8
mothafucker,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
mothafuckers,motherfucker,sexual anatomy / sexual acts,,,2.6
mothafuckin,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
mothafucking,motherfucker,sexual anatomy / sexual acts,,,3
mothafuckings,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mothafuckins,motherfucker,sexual anatomy / sexual acts,,,2.6
mothafucks,motherfucker,sexual anatomy / sexual acts,,,2.8
mothafuckz,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
mothafvcked,motherfucker,sexual anatomy / sexual acts,,,2.8
mother effer,motherfucker,sexual anatomy / sexual acts,,,2.2
mother fuck,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mother fuck you,motherfucker,sexual anatomy / sexual acts,,,2.6
mother fucka,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mother fucker,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
mother fuckers,motherfucker,sexual anatomy / sexual acts,,,3
mother fucking,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
mothercker,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.2
motherf@kka,motherfucker,sexual anatomy / sexual acts,sexual orientation / gender,,2.6
motherfacking,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.4
motherfcked,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfckin,motherfucker,sexual anatomy / sexual acts,,,3
motherfcking,motherfucker,sexual anatomy / sexual acts,,,3
motherfcks,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfckshit,motherfucker,sexual anatomy / sexual acts,other / general insult,bodily fluids / excrement,2.8
motherfecka,motherfucker,sexual anatomy / sexual acts,,,2.4
motherfecker,motherfucker,sexual anatomy / sexual acts,,,2.8
motherfk,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfucca,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
motherfuccas,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
motherfuccers,motherfucker,sexual anatomy / sexual acts,,,3
motherfuck,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.4
motherfucked,motherfucker,sexual anatomy / sexual acts,,,3
motherfuckeds,motherfucker,sexual anatomy / sexual acts,,,3
motherfucker,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
motherfuckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfuckin,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
motherfucking,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfuckings,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfuckingshit,motherfucker,sexual anatomy / sexual acts,bodily fluids / excrement,other / general insult,2.8
motherfuckins,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfuckka,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
motherfuckkas,motherfucker,sexual anatomy / sexual acts,,,3
motherfuckkers,motherfucker,sexual anatomy / sexual acts,,,3
motherfucks,motherfucker,sexual anatomy / sexual acts,sexual orientation / gender,,3
motherfukka,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
motherfukker,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
motherfukkings,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
motherfvck,motherfucker,sexual anatomy / sexual acts,,,2.6
motherfvcked,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
motherfvckeds,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.2
motherfvcker,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
motherfvckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfvcking,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
motherfxck,motherfucker,other / general insult,,,2.4
motherfxcking,motherfucker,sexual anatomy / sexual acts,,,2.6
mothfck,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
mothter fuck,motherfucker,sexual anatomy / sexual acts,,,3
mtherfuker,motherfucker,sexual anatomy / sexual acts,,,3
mthrfcker,motherfucker,sexual anatomy / sexual acts,,,2.6
muddafukkas,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
mudderfuk,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.2
mudderfukker,motherfucker,sexual anatomy / sexual acts,,,2.6
mufdive,muff,sexual anatomy / sexual acts,,,1.8
mufdivin,muff,sexual anatomy / sexual acts,,,2.8
muff,muff,sexual anatomy / sexual acts,,,1.4
muffdiving,muff,sexual anatomy / sexual acts,,,2
muffdivings,muff,sexual anatomy / sexual acts,,,2.2
muffindivin,muff,sexual anatomy / sexual acts,,,1.8
muffindiving,muff,sexual anatomy / sexual acts,,,1.8
muhfucking,motherfucker,sexual anatomy / sexual acts,,,2.4
mushroom tip,mushroom tip,sexual anatomy / sexual acts,,,1.4
mutha fucka,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
mutha fucker,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.4
muthafecker,motherfucker,sexual anatomy / sexual acts,,,2.8
muthafeckers,motherfucker,sexual anatomy / sexual acts,,,3
muthafucka,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
muthafuckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
muthafuckings,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
muthafuckker,motherfucker,sexual anatomy / sexual acts,other / general insult,,3
muthafuckkers,motherfucker,sexual anatomy / sexual acts,,,2.8
muthafukka,motherfucker,sexual anatomy / sexual acts,,,3
mutherfucker,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.6
mutherfuckers,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
n0bhead,knob,sexual anatomy / sexual acts,,,1.6
n0bj0cky,knob,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
n1ckker,nigger,racial / ethnic slurs,,,2.8
n1g3r,nigger,racial / ethnic slurs,,,3
n1g3rz,nigger,racial / ethnic slurs,,,3
n1gg@,nigger,racial / ethnic slurs,,,3
n1gg@hs,niggger,racial / ethnic slurs,,,2.8
n1gg3r,nigger,racial / ethnic slurs,,,3
n1gg3rs,nigger,racial / ethnic slurs,,,3
n1gga,nigger,racial / ethnic slurs,,,2.4
n1ggah,nigger,racial / ethnic slurs,,,2.8
n1ggahs,niggers,racial / ethnic slurs,,,3
n1ggas,nigger,racial / ethnic slurs,,,3
n1ggazes,nigger,racial / ethnic slurs,,,3
n1gger,nigger,racial / ethnic slurs,,,3
n1ggers,nigger,racial / ethnic slurs,,,3
n1gguh,nigger,racial / ethnic slurs,,,2.8
n3gro,negro,racial / ethnic slurs,,,2.4
negga,nigger,racial / ethnic slurs,,,2.8
neggar,nigger,racial / ethnic slurs,,,2.8
negr0,negro,racial / ethnic slurs,,,2.8
negro,negro,racial / ethnic slurs,,,2
negroes,negro,racial / ethnic slurs,,,2.6
negroid,negro,racial / ethnic slurs,,,2.6
niccer,nigger,racial / ethnic slurs,,,2.6
nicka,nigger,racial / ethnic slurs,,,2.6
nickas,nigger,racial / ethnic slurs,,,2.8
nicker,nigger,racial / ethnic slurs,,,3
nickk3r,nigger,racial / ethnic slurs,,,3
nickker,nigger,racial / ethnic slurs,,,3
nig,nigger,racial / ethnic slurs,,,3
nig-nog,nigger,racial / ethnic slurs,,,2.8
niga,nigger,racial / ethnic slurs,,,2.6
nigah,nigger,racial / ethnic slurs,,,2.8
nigasses,nigger,racial / ethnic slurs,,,3
nigers,nigger,racial / ethnic slurs,,,3
nigg@,nigger,racial / ethnic slurs,,,2.8
nigg@hs,nigger,racial / ethnic slurs,,,2.8
nigg@s,nigger,racial / ethnic slurs,,,2.8
nigg@z,nigger,racial / ethnic slurs,,,2.6
nigg@zzes,nigger,racial / ethnic slurs,,,2.8
nigg3r,nigger,racial / ethnic slurs,,,3
nigg3rs,nigger,racial / ethnic slurs,,,3
nigg4h,nigger,racial / ethnic slurs,,,3
nigg4hs,nigger,racial / ethnic slurs,,,2.8
nigga,nigger,racial / ethnic slurs,,,2.8
nigga lover,nigger,racial / ethnic slurs,,,3
niggah,nigger,racial / ethnic slurs,,,2.8
niggahs,nigger,racial / ethnic slurs,,,2.2
niggahz,nigger,racial / ethnic slurs,,,3
niggas,nigger,racial / ethnic slurs,,,2.8
niggass,nigger,racial / ethnic slurs,,,2.6
niggaz,nigger,racial / ethnic slurs,,,2.2
niggazzes,nigger,racial / ethnic slurs,,,2.8
nigger,nigger,racial / ethnic slurs,,,3
nigger lover,nigger,racial / ethnic slurs,sexual anatomy / sexual acts,,3
niggers,nigger,racial / ethnic slurs,,,3
niggerz,nigger,racial / ethnic slurs,,,3
niggir,nigger,racial / ethnic slurs,,,3
niggress,nigger,racial / ethnic slurs,,,3
nigguh,nigger,racial / ethnic slurs,,,2.8
nigguhs,nigger,racial / ethnic slurs,,,3
nigguhz,nigger,racial / ethnic slurs,,,3
niglet,nigger,racial / ethnic slurs,,,3
nignigs,nigger,racial / ethnic slurs,,,3
nignog,nigger,racial / ethnic slurs,,,2.8
nigra,nigger,racial / ethnic slurs,,,2.8
nigre,nigger,racial / ethnic slurs,,,3
nigs,nigger,racial / ethnic slurs,,,2.8
niguh,nigger,racial / ethnic slurs,,,2.8
nikk3r,nigger,racial / ethnic slurs,,,3
nikkas,nigger,racial / ethnic slurs,,,3
nikker,nigger,racial / ethnic slurs,,,2.8
nip,nipple,sexual anatomy / sexual acts,,,2
nob jockey,knob,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
nob jokeys,knob,sexual anatomy / sexual acts,sexual orientation / gender,,1.8
nobbyhead,knob,sexual anatomy / sexual acts,,,1.4
nobhead,knob,sexual anatomy / sexual acts,,,1.6
nobheads,knob,sexual anatomy / sexual acts,,,1.4
nobj0key,knob,sexual anatomy / sexual acts,sexual orientation / gender,,1.8
nobjockies,knob,sexual anatomy / sexual acts,sexual orientation / gender,,1.8
nobjocky,knob,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
nobjokey,knob,sexual anatomy / sexual acts,sexual orientation / gender,,2
nobjokeys,knob,sexual orientation / gender,,,1.8
nobs,knob,sexual anatomy / sexual acts,,,1.2
nonce,nonce,other / general insult,,,1.4
nuckas,nigger,racial / ethnic slurs,,,2.6
nuggets,nigger,racial / ethnic slurs,bodily fluids / excrement,,1.2
nut butter,nut butter,bodily fluids / excrement,,,1.4
nutsack,nutsack,sexual anatomy / sexual acts,,,1.8
nutsacks,nutsack,sexual anatomy / sexual acts,,,1.6
nympho,nymph,sexual anatomy / sexual acts,sexual orientation / gender,,1
nymphomaniac,nymph,other / general insult,,,1.4
octopussy,pussy,sexual anatomy / sexual acts,,,1.2
oven dodger,oven dodger,racial / ethnic slurs,,,2
p3n1shead,penis,sexual anatomy / sexual acts,,,1.8
p3nisfcker,penis,sexual anatomy / sexual acts,sexual orientation / gender,,3
p3nisfcukers,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
p3nisfvcker,penis,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
p3nisfvckers,penis,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
pack my fudge,fudge packer,sexual anatomy / sexual acts,bodily fluids / excrement,,2
packerfudgehead,fudge packer,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
packing fudge,fudge packer,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
packing fudgehead,fudge packer,bodily fluids / excrement,sexual anatomy / sexual acts,sexual orientation / gender,1.8
packingfudge,fudge packer,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
packingfudgefucker,fudge packer,sexual anatomy / sexual acts,sexual orientation / gender,bodily fluids / excrement,2.8
packingfudgefucking,fudge packer,sexual anatomy / sexual acts,sexual orientation / gender,bodily fluids / excrement,2.4
packsomefudgefucker,fudge packer,sexual anatomy / sexual acts,sexual orientation / gender,bodily fluids / excrement,2.4
paki,paki,racial / ethnic slurs,,,2.6
palm jockey,palm jockey,sexual anatomy / sexual acts,,,1.2
pancake face,pancake face,racial / ethnic slurs,,,1.6
pecker,pecker,sexual anatomy / sexual acts,,,1.4
peckerhead,pecker,sexual anatomy / sexual acts,,,1.6
pedo,pedophile,sexual anatomy / sexual acts,other / general insult,,2.2
pedobear,pedophile,sexual orientation / gender,,,2
pedobears,pedophile,other / general insult,animal references,,2.2
pedophl,pedophile,sexual anatomy / sexual acts,other / general insult,,2.2
pedos,pedophile,other / general insult,,,2.4
pedoz,pedophile,sexual anatomy / sexual acts,other / general insult,,2
peen,penis,sexual anatomy / sexual acts,,,1
peener,penis,sexual anatomy / sexual acts,,,1
penisfcker,penis,sexual anatomy / sexual acts,sexual orientation / gender,,3
penisfuccer,penis,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
penisfucker,fuck,sexual anatomy / sexual acts,,,3
penisfuckers,fuck,sexual anatomy / sexual acts,sexual orientation / gender,,3
penisfvcker,penis,sexual anatomy / sexual acts,sexual orientation / gender,,3
penisfvckers,penis,sexual anatomy / sexual acts,sexual orientation / gender,,2.8
penishead,penis,sexual anatomy / sexual acts,,,1.4
peter,peter puffer,sexual anatomy / sexual acts,,,1
peter puffer,peter puffer,sexual orientation / gender,sexual anatomy / sexual acts,,1.8
ph@ggots,faggot,sexual orientation / gender,,,2.8
phaggot,faggot,sexual orientation / gender,,,2.8
phaggots,faggot,sexual orientation / gender,,,3
phagot,faggot,sexual orientation / gender,,,3
phags,faggot,sexual orientation / gender,,,3
phuc,fuck,sexual anatomy / sexual acts,,,2
phucc,fuck,sexual anatomy / sexual acts,,,2
phuccer,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
phucchead,fuck,sexual anatomy / sexual acts,other / general insult,,2
phuccing,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
phuck,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
phuck3r,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
phucked,fuck,sexual anatomy / sexual acts,,,2
phucker,fuck,sexual anatomy / sexual acts,,,2.2
phuckin,fuck,sexual anatomy / sexual acts,,,2
phucking,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
phuckings,fuck,sexual anatomy / sexual acts,,,2.4
phucks,fuck,sexual anatomy / sexual acts,other / general insult,,2
phucup,fuck,sexual anatomy / sexual acts,,,1.8
phuk,fuck,sexual anatomy / sexual acts,other / general insult,,2
phuked,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
phukeds,fuck,sexual anatomy / sexual acts,,,2
phukhead,fuck,sexual anatomy / sexual acts,,,2.4
phuking,fuck,sexual anatomy / sexual acts,,,2.2
phukings,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
phukk,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
phukked,fuck,sexual anatomy / sexual acts,other / general insult,,2
phukkeds,fuck,sexual anatomy / sexual acts,other / general insult,,2
phukker,fuck,sexual anatomy / sexual acts,,,2.2
Phukking,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
phuks,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
phukshit,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
phuku,fuck,sexual anatomy / sexual acts,,,2.2
phukup,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
phuq,fuck,sexual anatomy / sexual acts,other / general insult,,2.2
phuqs,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
phvckings,fuck,sexual anatomy / sexual acts,,,2.2
pig fucker,fuck,sexual anatomy / sexual acts,animal references,,2.8
pigfucker,fuck,sexual anatomy / sexual acts,animal references,,2.6
pigfuckers,fuck,sexual anatomy / sexual acts,animal references,,3
pigfucking,fuck,sexual anatomy / sexual acts,animal references,,2.6
pigfukker,fuck,sexual anatomy / sexual acts,animal references,,2.8
piggyfuck,fuck,sexual anatomy / sexual acts,animal references,,3
pigshit,shit,bodily fluids / excrement,animal references,,1.4
pillow biter,pillow biter,sexual anatomy / sexual acts,,,2.4
pillow-biter,pillow biter,sexual orientation / gender,,,1.6
piss face,piss,bodily fluids / excrement,,,1.4
piss off fuckhead,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,3
piss shit,piss,bodily fluids / excrement,,,1.4
pissoff,piss,bodily fluids / excrement,,,1.2
pissoffs,piss,bodily fluids / excrement,other / general insult,,1.4
pole licker,pole licker,sexual anatomy / sexual acts,,,2.2
pole smoker,pole smoker,sexual anatomy / sexual acts,,,2
pole sucker,pole sucker,sexual anatomy / sexual acts,,,1.8
polesmoker,polesmoker,sexual anatomy / sexual acts,sexual orientation / gender,,2.2
porch monkey,porch monkey,racial / ethnic slurs,,,3
prick,prick,sexual anatomy / sexual acts,,,1
prick-face,prick,sexual anatomy / sexual acts,,,1.2
prick-gobbler,prick,sexual anatomy / sexual acts,,,2.2
prick-head,prick,sexual anatomy / sexual acts,,,1.8
pricks,prick,sexual anatomy / sexual acts,,,1
pu$sy,pussy,sexual anatomy / sexual acts,,,1.6
pu55y,pussy,sexual anatomy / sexual acts,,,1.6
pull the pud,pull the pud,sexual anatomy / sexual acts,,,1.2
punani,punani,sexual anatomy / sexual acts,,,1.8
punk ass mofoes,motherfucker,sexual anatomy / sexual acts,other / general insult,,2.8
punkasses,ass,other / general insult,,,1.2
puss,pussy,sexual anatomy / sexual acts,,,1.4
pusses,pussy,sexual anatomy / sexual acts,,,1.4
pussie,pussy,sexual anatomy / sexual acts,,,2
pussies,pussy,sexual anatomy / sexual acts,sexual orientation / gender,,1
pussless,pussy,sexual anatomy / sexual acts,,,2
pusslicker,pussy,sexual anatomy / sexual acts,,,2.2
pussy,pussy,sexual anatomy / sexual acts,,,1.4
pussy cat,pussy,sexual anatomy / sexual acts,,,1.4
pussy fucker,fuck,sexual anatomy / sexual acts,,,2.8
pussy lick,pussy,sexual anatomy / sexual acts,,,2.4
pussy licker,pussy,sexual anatomy / sexual acts,,,2.4
pussy licking,pussy,sexual anatomy / sexual acts,,,2.4
pussylickers,pussy,sexual anatomy / sexual acts,,,2.8
pussys,pussy,sexual anatomy / sexual acts,,,2
pussywhipped,pussy,sexual anatomy / sexual acts,,,1.8
puta,punta,sexual orientation / gender,,,1.8
puussy,pussy,sexual anatomy / sexual acts,,,1.4
puzzies,pussy,sexual anatomy / sexual acts,,,1.4
puzzy,pussy,sexual anatomy / sexual acts,,,1.2
queerasses,queer,sexual orientation / gender,,,3
queers,queer,sexual orientation / gender,,,1.8
r3t@rd,retard,mental disability,,,2.8
r3t@rded,retarded,mental disability,,,2.8
r3tard,retard,mental disability,,,2.6
raghead,raghead,racial / ethnic slurs,,,3
ragheads,raghead,racial / ethnic slurs,,,2.6
ragtard,retard,racial / ethnic slurs,,,3
ramrod,ramrod,sexual anatomy / sexual acts,,,1
rat bastard,bastard,other / general insult,animal references,,1.6
rat baztad,bastard,animal references,,,1.8
reacharound,reacharound,sexual anatomy / sexual acts,,,1.2
rectum,rectum,sexual anatomy / sexual acts,,,1
redskin,redskin,racial / ethnic slurs,,,2.2
retard,retard,mental disability,,,2.8
retardo,retard,physical disability,mental disability,,2.6
retardotron,retard,mental disability,,,1.8
rice monkey,monkey,racial / ethnic slurs,,,3
rim job,rim job,sexual anatomy / sexual acts,,,2
s_h_i_,shit,bodily fluids / excrement,,,1.2
s_h_i_s,shit,bodily fluids / excrement,,,1
s-lut,slut,sexual orientation / gender,,,1.8
s.o.b.,bitch,other / general insult,sexual orientation / gender,,1.2
s.o.b.s,bitch,other / general insult,sexual orientation / gender,,1.6
s/h/i/t,shit,bodily fluids / excrement,,,1
S&M,sadomasochism,sexual anatomy / sexual acts,,,1
sack,ballsack,sexual anatomy / sexual acts,,,1
salad tosser,salad tosser,sexual anatomy / sexual acts,,,2
sambo,sambo,racial / ethnic slurs,,,2.2
sand nigger,nigger,racial / ethnic slurs,,,3
sausage jockey,sausage jockey,sexual anatomy / sexual acts,,,2.6
scamfuck,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
schlong,schlong,sexual anatomy / sexual acts,,,1
scumfuck,fuck,sexual anatomy / sexual acts,other / general insult,,2.8
scumfucker,fuck,sexual anatomy / sexual acts,other / general insult,,2.8
scumfvck,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
scummy,scum,other / general insult,,,1.2
scut,scut,other / general insult,,,1
sh! +,shit,bodily fluids / excrement,,,1.2
sh!+,shit,bodily fluids / excrement,,,1
sh1s,shit,bodily fluids / excrement,,,1
sh1t,shit,bodily fluids / excrement,,,1.2
sh1t3,shit,bodily fluids / excrement,,,1
sh1td1ck,shit,bodily fluids / excrement,,,2
sh1tdick,shit,sexual anatomy / sexual acts,,,2.4
sh1te,shit,bodily fluids / excrement,,,1
sh1tfuck,fuck,other / general insult,bodily fluids / excrement,,2.6
sh1th3ad,shit,bodily fluids / excrement,mental disability,,2
sh1theads,shit,bodily fluids / excrement,other / general insult,,2
sh1ts,shit,bodily fluids / excrement,,,1
sh1tsome,shit,bodily fluids / excrement,,,1.2
sh1tt,shit,bodily fluids / excrement,,,1
sh1tty,shit,bodily fluids / excrement,,,1.2
sh3mal3,shemale,sexual orientation / gender,,,2.6
sh3male,shemale,sexual orientation / gender,,,2.4
shat,shit,bodily fluids / excrement,,,1.2
she-male,shemale,sexual orientation / gender,,,2.8
sheeeet,shit,bodily fluids / excrement,,,1
sheet,shit,bodily fluids / excrement,,,1
sheister,shit,racial / ethnic slurs,,,2
shemal3,shemale,sexual orientation / gender,,,1.8
shemale,shemale,sexual orientation / gender,,,2.6
shemales,shemale,sexual orientation / gender,,,1.8
shet,shit,bodily fluids / excrement,,,1
shi+,shit,bodily fluids / excrement,,,1
shi+e,shit,bodily fluids / excrement,,,1
shi+y,shit,bodily fluids / excrement,,,1
shiat,shit,bodily fluids / excrement,,,1
shiddick,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,2
shiester,shiester,racial / ethnic slurs,,,2
shiesterfuck,fuck,sexual anatomy / sexual acts,racial / ethnic slurs,,2.2
shiesterfuckface,fuck,sexual anatomy / sexual acts,racial / ethnic slurs,,2.8
shiesterfuckhead,fuck,sexual anatomy / sexual acts,racial / ethnic slurs,,2.2
shiesterfucks,fuck,sexual anatomy / sexual acts,racial / ethnic slurs,,2.4
shipdit,shit,bodily fluids / excrement,,,1.4
shit,shit,bodily fluids / excrement,,,1.2
shit face,shit,bodily fluids / excrement,physical attributes,,1.8
shit for brains,shit,bodily fluids / excrement,mental disability,,1.6
shit fuck,fuck,other / general insult,bodily fluids / excrement,,2.4
shit fucker,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.8
shit head,shit,bodily fluids / excrement,,,1.8
shit licker,shit,bodily fluids / excrement,sexual anatomy / sexual acts,,2
shit stain,shit,bodily fluids / excrement,,,1.8
shit-arse,shit,sexual anatomy / sexual acts,,,1.6
shit-ass,shit,bodily fluids / excrement,,,2
shit-bandit,shit,bodily fluids / excrement,other / general insult,,1.6
shit-fucker,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.6
shit-stuffers,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,1.8
shit3,shit,bodily fluids / excrement,,,1
shitass,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,2
shitasses,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,2
shitassfucker,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.6
shitassfuckface,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,other / general insult,2.8
shitbag,shit,bodily fluids / excrement,,,2
shitbird,shit,bodily fluids / excrement,,,1.8
shitblimp,shit,bodily fluids / excrement,physical attributes,,1.6
shitblimps,shit,bodily fluids / excrement,physical attributes,,1.6
shitbrain,shit,bodily fluids / excrement,,,2
shitd1ck,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,2
shitdick,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
shitdicks,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,2
shitdikk,shit,bodily fluids / excrement,,,2
shitdip,shit,bodily fluids / excrement,,,1.8
shite,shit,bodily fluids / excrement,,,1
shiteblimps,shit,bodily fluids / excrement,,,1.8
shited,shit,bodily fluids / excrement,,,1.2
shitedick,shit,sexual anatomy / sexual acts,,,2
shitefuck,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,1.6
shitefulls,shit,bodily fluids / excrement,,,1.8
shitehead,shit,bodily fluids / excrement,,,1.8
shites,shit,bodily fluids / excrement,,,1
shitey,shit,bodily fluids / excrement,,,1.2
shitface,shit,bodily fluids / excrement,,,2
shitfaced,shit,bodily fluids / excrement,physical attributes,,1.2
shitfacefuck,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.8
shitfacefucker,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.6
shitfck,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
shitfk,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,1.8
shitfreak,shit,bodily fluids / excrement,,,2
shitfuck,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
shitfucker,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.4
shitfuckhead,fuck,other / general insult,bodily fluids / excrement,,2.6
shitfuckmotherfucker,motherfucker,sexual anatomy / sexual acts,bodily fluids / excrement,other / general insult,2.8
shitfucks,fuck,sexual anatomy / sexual acts,,,2.4
shitfudgefucker,fuck,bodily fluids / excrement,other / general insult,,2.6
shitfvck,shit,sexual anatomy / sexual acts,bodily fluids / excrement,other / general insult,2.2
shithead,shit,bodily fluids / excrement,,,1.8
shitheadfucker,fuck,sexual anatomy / sexual acts,,,2.8
shitheadfuckface,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,other / general insult,2.4
shitheads,shit,bodily fluids / excrement,,,1.8
shithole,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,1.8
shits,shit,bodily fluids / excrement,,,1
shitsdick,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,1.8
shitsfuck,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,2.2
shitsful,shit,bodily fluids / excrement,,,1
shittastic,shit,bodily fluids / excrement,,,1.2
shittasticfuck,fuck,bodily fluids / excrement,,,2.2
shitte,shit,bodily fluids / excrement,,,1
shitted,shit,bodily fluids / excrement,,,1.2
shitter,shit,bodily fluids / excrement,,,1
shitterfucker,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,other / general insult,2.6
shitti,shit,bodily fluids / excrement,,,1
shitties,shit,bodily fluids / excrement,,,1
shittiest,shit,bodily fluids / excrement,,,1.2
shitting,shit,bodily fluids / excrement,,,1.4
shittings,shit,bodily fluids / excrement,,,1.2
shitty,shit,bodily fluids / excrement,,,1
shitty mofoes,shit,bodily fluids / excrement,sexual anatomy / sexual acts,other / general insult,1.6
shittydick,shit,bodily fluids / excrement,sexual anatomy / sexual acts,,2
shittydicks,shit,sexual anatomy / sexual acts,bodily fluids / excrement,,2
shittyfuck,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,,1.8
shittyfuckface,fuck,sexual anatomy / sexual acts,bodily fluids / excrement,other / general insult,2.2
shittyful,shit,bodily fluids / excrement,,,1.6
shlong,shlong,sexual anatomy / sexual acts,,,1
shmale,shemale,sexual orientation / gender,,,1.4
shtfuk,shit,other / general insult,bodily fluids / excrement,,1.8
shut the fuck up,fuck,other / general insult,,,2.2
shylock,shylock,racial / ethnic slurs,,,1.6
shytfeisterfuck,fuck,sexual anatomy / sexual acts,,,2.6
sissy,sissy,sexual orientation / gender,,,1
sixty-nine,69,sexual anatomy / sexual acts,,,1.2
sk@nks,skank,sexual orientation / gender,,,1.6
sk@nky,skank,sexual orientation / gender,,,1
sk@nkz,skank,sexual orientation / gender,,,1.4
skank,skank,sexual orientation / gender,,,1.8
skanks,skank,sexual orientation / gender,,,1.2
skanky,skank,sexual orientation / gender,,,1.4
skankz,skank,sexual orientation / gender,,,1.6
sl@nteye,slant eye,racial / ethnic slurs,physical attributes,,3
slag,slag,sexual orientation / gender,,,1.6
slantard,retard,racial / ethnic slurs,,,2.8
slanteye,slant eye,racial / ethnic slurs,physical attributes,,3
slanteye b1tch,bitch,racial / ethnic slurs,sexual orientation / gender,,2.6
slanteyes,slant eye,racial / ethnic slurs,,,3
slanteyeshit,shit,bodily fluids / excrement,racial / ethnic slurs,,3
slantfreak,slant eye,racial / ethnic slurs,physical attributes,,2.6
slanty,slant eye,racial / ethnic slurs,physical attributes,,2.6
slit,slit,sexual orientation / gender,,,1.6
slut,slut,sexual orientation / gender,,,2
slut hole,slut,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
sluts,slut,sexual orientation / gender,,,1.6
slutty,slut,sexual orientation / gender,,,1.8
snatch,snatch,sexual anatomy / sexual acts,,,1
snatch licker,snatch,sexual anatomy / sexual acts,,,2.8
soab,bitch,other / general insult,sexual orientation / gender,,1.6
son o bitch,bitch,sexual orientation / gender,,,1.6
son of a bitch,bitch,other / general insult,sexual orientation / gender,,1.2
son-of-a-bitch,bitch,sexual orientation / gender,other / general insult,,1.2
sonna bitch,bitch,sexual orientation / gender,other / general insult,,1.2
sonofabitch,bitch,other / general insult,sexual orientation / gender,,1.4
sonofbitches,bitch,sexual orientation / gender,other / general insult,,1
sons of b1tches,bitch,sexual orientation / gender,,,1.6
sons of bitches,bitch,other / general insult,sexual orientation / gender,,1.6
sons-of-bitches,bitch,other / general insult,sexual orientation / gender,,1.4
sonz of bitchez,bitch,other / general insult,sexual orientation / gender,,1.8
soppy bollucks,bollocks,sexual anatomy / sexual acts,,,1.6
spanking,spank,sexual anatomy / sexual acts,,,1
sperm,sperm,bodily fluids / excrement,,,1
sphincter,sphincter,sexual anatomy / sexual acts,,,1
spic,spic,racial / ethnic slurs,,,3
spicfuck,fuck,sexual anatomy / sexual acts,racial / ethnic slurs,,3
spick,spic,racial / ethnic slurs,,,2.8
spics,spic,racial / ethnic slurs,,,2.8
spicshit,spic,bodily fluids / excrement,racial / ethnic slurs,,3
spig,spic,racial / ethnic slurs,,,2.6
spik,spic,racial / ethnic slurs,,,3
spix,spic,racial / ethnic slurs,,,3
spook,spook,racial / ethnic slurs,,,3
spooks,spook,racial / ethnic slurs,,,2.6
spunk,spunk,bodily fluids / excrement,,,1.2
stfu,fuck,sexual anatomy / sexual acts,other / general insult,,1.8
stump chewer,stump chewer,sexual anatomy / sexual acts,,,1.4
stupid fucker,fuck,sexual anatomy / sexual acts,other / general insult,,2.4
stupid hoe,hoe,sexual orientation / gender,,,2.4
stupidasses,ass,sexual anatomy / sexual acts,mental disability,,1
suck,suck,sexual anatomy / sexual acts,,,1
suck my cock,cock,sexual anatomy / sexual acts,,,2.2
suck my d,dick,sexual anatomy / sexual acts,,,1.8
suck my dick,dick,sexual anatomy / sexual acts,,,2.2
suck off,suck,sexual anatomy / sexual acts,,,1.8
sum of a bitch,bitch,other / general insult,sexual orientation / gender,,1.4
sumbitch,bitch,sexual orientation / gender,,,1.6
swine,swine,animal references,,,1
swine fucker,fuck,sexual anatomy / sexual acts,animal references,,2.8
tacohead,tacohead,racial / ethnic slurs,,,2.4
tadger,tadger,sexual anatomy / sexual acts,,,1.4
taking the piss,taking the piss,bodily fluids / excrement,,,1
tallywacker,tallywacker,sexual anatomy / sexual acts,,,1.2
tar-baby,tar-baby,racial / ethnic slurs,,,2.6
tard,retard,mental disability,,,2.8
tard asses,ass,sexual anatomy / sexual acts,mental disability,,3
tart,tart,mental disability,sexual anatomy / sexual acts,sexual orientation / gender,1.2
throat yogurt,throat yogurt,bodily fluids / excrement,,,1.8
throater,throater,sexual anatomy / sexual acts,,,2.4
tickle the pickle,tickle the pickle,sexual anatomy / sexual acts,,,1.2
timber nigger,nigger,racial / ethnic slurs,,,3
tits,tit,sexual anatomy / sexual acts,,,1
tongue fucker,fuck,sexual anatomy / sexual acts,,,2.4
tongue fucking,fuck,sexual anatomy / sexual acts,,,2.8
tosser,tosser,other / general insult,,,1.2
tossing salad,tossing salad,sexual anatomy / sexual acts,,,1.8
towelhead,towelhead,racial / ethnic slurs,,,3
towelheads,towelhead,racial / ethnic slurs,,,3
towelshithead,towelhead,racial / ethnic slurs,,,2.6
tramp,tramp,sexual orientation / gender,,,1.6
Tranny,tranny,sexual orientation / gender,,,2.8
transvestite,transvestite,sexual orientation / gender,,,2.4
trashb1tch,bitch,sexual orientation / gender,,,1.8
trashbitch,bitch,sexual orientation / gender,other / general insult,,2
trashbitches,bitch,sexual orientation / gender,,,1.4
trashbitchez,bitch,sexual orientation / gender,,,1.2
trashbtch,bitch,sexual orientation / gender,,,1.4
trasherbitch,bitch,sexual orientation / gender,other / general insult,,1.4
trasherbitchs,bitch,sexual orientation / gender,,,1.2
trashybitches,bitch,sexual orientation / gender,,,1.8
trouser snake,trouser snake,sexual anatomy / sexual acts,,,1
trousersnake,trousersnake,sexual anatomy / sexual acts,,,1.4
turdcutter,turd,other / general insult,bodily fluids / excrement,,1.6
turdhead,turd,bodily fluids / excrement,,,1.6
tw@t,twat,sexual anatomy / sexual acts,sexual orientation / gender,,1.8
twa+,twat,sexual anatomy / sexual acts,sexual orientation / gender,,1.2
twat,twat,sexual anatomy / sexual acts,sexual orientation / gender,,1.8
twat waffle,twat,sexual anatomy / sexual acts,sexual orientation / gender,,2
twatface,twat,sexual anatomy / sexual acts,sexual orientation / gender,,2.4
twats,twat,sexual anatomy / sexual acts,sexual orientation / gender,,1.6
twatt,twat,sexual anatomy / sexual acts,sexual orientation / gender,,1.6
twattish,twat,sexual anatomy / sexual acts,sexual orientation / gender,,1.6
twatzilla,twat,sexual anatomy / sexual acts,sexual orientation / gender,,2
twink,twink,sexual orientation / gender,,,1.2
upskirts,upskirt,sexual anatomy / sexual acts,,,1.4
useless fucker,fuck,sexual anatomy / sexual acts,other / general insult,,2.6
vag,vagina,sexual anatomy / sexual acts,,,1.2
vajayjay,vagina,sexual anatomy / sexual acts,,,1.2
vulva,vulva,sexual anatomy / sexual acts,,,1
w@nker,wank,sexual anatomy / sexual acts,other / general insult,,1.2
w@nkers,wank,sexual anatomy / sexual acts,other / general insult,,1
w4nk3r,wank,sexual anatomy / sexual acts,other / general insult,,1.6
w4nker,wank,sexual anatomy / sexual acts,other / general insult,,1
wang,wang,sexual anatomy / sexual acts,,,1.4
wang wrangler,wang,sexual anatomy / sexual acts,,,2
wank,wank,sexual anatomy / sexual acts,other / general insult,,1
wank off,wank,sexual anatomy / sexual acts,,,1
wank3r,wank,sexual anatomy / sexual acts,other / general insult,,1
wank3rs,wank,sexual anatomy / sexual acts,other / general insult,,1
wankbastard,wank,sexual anatomy / sexual acts,,,1.8
wanked,wank,sexual anatomy / sexual acts,,,1.2
wanker,wank,sexual anatomy / sexual acts,other / general insult,,1
wankers,wank,sexual anatomy / sexual acts,other / general insult,,1
wankies,wank,sexual anatomy / sexual acts,,,1.6
wanking,wank,sexual anatomy / sexual acts,,,1
wanks,wank,sexual anatomy / sexual acts,,,1
we1back,wetback,racial / ethnic slurs,,,2.6
weenie,weenie,sexual anatomy / sexual acts,,,1
weiner,weiner,sexual anatomy / sexual acts,,,1
wet back,wetback,racial / ethnic slurs,,,2.8
wetback,wetback,racial / ethnic slurs,,,3
wetbacks,wetback,racial / ethnic slurs,,,2.6
wh0r3,whore,sexual orientation / gender,,,2
wh0re,whore,sexual orientation / gender,,,2
whack off,whack off,sexual anatomy / sexual acts,,,1.2
what the fuck,fuck,other / general insult,,,2.2
whoar,whore,sexual orientation / gender,,,1.8
whoars,whore,sexual orientation / gender,,,2
whor3,whore,sexual orientation / gender,,,1.8
whore,whore,sexual orientation / gender,,,1.8
whores,whore,sexual orientation / gender,,,2
wigger,nigger,racial / ethnic slurs,,,2.6
willy-whacker,willy-whacker,sexual anatomy / sexual acts,,,1.8
window licker,window licker,mental disability,,,1.8
wise ass,ass,sexual anatomy / sexual acts,other / general insult,,1
wnker,wank,sexual anatomy / sexual acts,other / general insult,,1
wop,wop,racial / ethnic slurs,,,2.4
wophead,wop,racial / ethnic slurs,,,2.2
zip in the wire,zipperhead,racial / ethnic slurs,,,1.4
zipperhead,zipperhead,racial / ethnic slurs,,,2.4`;
