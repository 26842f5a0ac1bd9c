/**
 * Workplace and technology words that interview notes use and the en-US Hunspell dictionary
 * (dictionary-en 4) does not know; each was checked against it. Counted as correctly spelled.
 */
export const WORKPLACE_WORDS: readonly string[] = (
  'onboarding offboarding onboard roadmap roadmaps walkthrough walkthroughs upskilling reskilling upskill upskilled ' +
  'backend frontend fullstack devops microservice microservices codebase codebases deployable scalable repo repos ' +
  'cofounder cofounders fintech edtech healthtech proptech ecommerce omnichannel upsell upselling crossfunctional ' +
  'standup standups kanban livestream signup signups uptime runbook runbooks hackathon hackathons mentee mentees ' +
  'gamification personalization personalisation wireframe wireframes wireframing mockup mockups observability serverless ' +
  'multicloud cybersecurity datacenter datacenters automations geolocation chatbot chatbots whiteboarding benchmarking ' +
  'rollout rollouts handoff handoffs toolkits skillset skillsets apis llm llms saas kpi kpis okr okrs ux ui ' +
  'dataset datasets workflow workflows dashboard dashboards teammate teammates startup startups postmortem postmortems'
).split(' ');

/**
 * Everyday words of professional e-mail that neither the US nor the GB Hunspell dictionary knows
 * (each checked against both): "ok", "timeframe", "reupload", and the common engineering nouns
 * and verbs of notes ("config", "webhook", "enum", "backfill").
 */
export const EVERYDAY_WORDS: readonly string[] = (
  'ok timeframe timeframes reupload reuploaded reuploading preread prereads makerspace makerspaces ' +
  'config configs webhook webhooks enum enums backfill backfills backfilled backoff ' +
  'async subfolder subfolders dropdown dropdowns tooltip tooltips checkboxes ' +
  'changelog changelogs hotfix hotfixes linter linters monorepo monorepos namespace namespaces ' +
  'sharded sharding offsites'
).split(' ');

/**
 * Software, data and office words that neither Hunspell dictionary nor SCOWL's size-70 list
 * knows (each checked against all three), and the abbreviations of everyday e-mail ("fyi", "tbh",
 * "lmk"). A general list, not words taken from any labelled note.
 */
export const TECH_AND_EMAIL_WORDS: readonly string[] = (
  'idempotency preprint preprints theming combobox comboboxes upsert upserts upserted dedupe deduped deduping dedup ' +
  'deduplicate deduplicated deduplication roadmapping middleware schemas unmerged rebase rebased rebasing kubectl ' +
  'autoscaling autoscaler autoscale failover failovers lookups localhost performant debuggability reusability ' +
  'precompute precomputed prefetch prefetching pushback onboarded offboard offboarded hyperparameter hyperparameters ' +
  'backtest backtests backtesting backtested dataframe dataframes tokenizer tokenizers tokenization tokenisation ' +
  'finetune finetuned finetuning pretrained pretraining overfit overfitting underfit quantise quantised quantising ' +
  'quantisation quantizing productionise productionize productionised productionized operationalise operationalize ' +
  'learnings walkthrough touchpoint touchpoints descoped descope rescoped reprioritise reprioritize reprioritised ' +
  'reprioritized dashboarding screenshare addon addons anonymise anonymised anonymising anonymisation anonymize ' +
  'anonymized anonymizing anonymization pseudonymised pseudonymized ' +
  'fyi btw tbh imo imho eod eow ooo wfh lmk thx pls fwiw afaik iirc tldr pto convo convos mins'
).split(' ');

/**
 * Greetings, thanks and sign-offs of other languages that people drop into English mail ("Hola
 * Ana", "Merci!", "Kia ora", "Danke"), in the languages of the listings the app reads and a few
 * more. Lower case; a general list, not words taken from any labelled note.
 */
export const COURTESY_WORDS: readonly string[] = (
  'hola gracias saludos abrazos adios hasta luego pronto merci bonjour bonsoir salut cordialement bises amicalement bientot ' +
  'hallo danke dank vielen liebe lieben viele gruss grusse gruessen gruße grußen tschuss moin servus bedankt groeten hartelijk ' +
  'ciao grazie saluti obrigado obrigada ola tack hej hei kiitos namaste shukriya salaam shalom toda kia ora arigato'
).split(' ');
