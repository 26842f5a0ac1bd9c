import { canonicalSkill, skillKind } from '../taxonomy/matcher';

// Platforms whose modules and services listings name on their own ("SAP FI", "Sage X3", "Azure ML",
// "AWS (EKS, Lambda)"): the taxonomy holds the platform, so the module is read from its shape.
const VENDOR = String.raw`(SAP|AWS|Azure|GCP|Google Cloud|Salesforce|Sage|Xero|Oracle|Dynamics 365)`;
// A module code ("FI", "S/4HANA", "IS-H", "X3") or one to three capitalised words ("Data Factory").
const CODE = String.raw`[A-Z][A-Z0-9]{0,6}(?:[-/][A-Z0-9][A-Za-z0-9]*)*`;
const WORDS = String.raw`[A-Z][a-z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]+){0,2}`;
const MODULE_AFTER = new RegExp(String.raw`(?<![\p{L}])${VENDOR} (${CODE}|${WORDS})(?![\p{L}\d]|\.\d)`, 'gu');
const MODULE_LIST = new RegExp(String.raw`(?<![\p{L}])${VENDOR}\s*\(([^()\n]{2,90})\)`, 'gu');
// Capitalised words after a platform that are not a module: "SAP Kenntnisse", "AWS Certified".
const NOT_MODULE = /^(?:H\/F|F\/H|M\/F|H|F|and|or|und|oder|et|ou|y|o|en|of|the|Kenntnisse|Erfahrung|Systeme\p{L}*|System|Systems|Services?|Experience|Knowledge|Skills?|Certified|Certification|Consultant|Developer|Administrator|Architect|Engineer|Environment|Infrastructure|Platform|Plattform|Stack|Solutions?|Team|Cloud|Projects?|Projekte?|Module?|Modules|Umfeld|Umgebung|Partner|Basis|Expertise|Know|Experte|Expert|Anwender\p{L}*|User|Users|Kenntnis|Ecosystem|Landscape|ERP|CRM|Technologies|Technology|Tools?|Products?|Produkte?|Software|Entwicklung|Development|Implementation|Implementierung|Migration|Support)(?:\s|$)/u;

// Words of a job or of skill before "Cloud": "Salesforce Certified Cloud", "AWS Senior Cloud Engineer".
const JOB_WORD = /^(?:Senior|Junior|Lead|Principal|Staff|Certified|Expert|Architect|Engineer|Developer|Consultant|Specialist|Public|Private|Hybrid)$/u;

// A product written in a shape no ordinary word has: inner capitals ("LabWare", "PostGIS",
// "proALPHA", "PSIcontrol") or letters and digits ("A3innuva"). Business words of that shape are
// not tools.
const BRAND_SHAPE = /(?<![\p{L}\d.@/-])(?:[A-Z]?[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]{3,}|[A-Z][a-z]*\d+[a-z]{2,}[A-Za-z]*)(?![\p{L}\d@.-]*[\p{L}\d])/gu;
const NOT_BRAND = /^(?:PharmD|DrPH|MScN|GmbH|gGmbH|SaaS|PaaS|IaaS|PhD|MSc|BSc|MBA|eCommerce|eCom|FinTech|HealthTech|PropTech|EdTech|InsurTech|LegalTech|MedTech|GreenTech|AgTech|ClimateTech|DevOps|SecOps|MLOps|DataOps|FinOps|McDonald\p{L}*|LinkedIn|YouTube|WhatsApp|TikTok|iPhone|iPad|OKRs|KPIs|CVs|FAQs|SoMe|PoC|PoCs|BaFin|KiTa|TVöD|ToDo|ToDos|InDesign|HubSpot|GitHub|GitLab|JavaScript|TypeScript|PowerPoint|PostgreSQL|MySQL|NoSQL|MongoDB|BigQuery|PyTorch|TensorFlow|NumPy|OpenAI|ChatGPT|DynamoDB|FastAPI|GraphQL|WordPress|QuickBooks|NetSuite|SharePoint|OneDrive|OneNote|iOS|macOS|watchOS|eBay|PayPal|SmartRecruiters|StepStone|InfoJobs|HelloWork|CareerBuilder|ZipRecruiter|JobTeaser|Jobteaser|mbB|SpA|SrL|KGaA|PartG|PartGmbB|AöR|gUG|eK)$/u;
// Where a listing names the tool it uses: "(we use Nourish)", "usamos Easy WMS", "logiciel Meeko",
// "z. B. PSIcontrol", "met Dagster".
const TOOL_CUE = /(?:we use|we work with|we run on|usamos|utilizamos|trabajamos con|wir nutzen|wir arbeiten mit|nous utilisons|logiciel|outil|software|herramienta|wij gebruiken|we gebruiken|we werken met|z\.\s?B\.|e\.g\.|bijv\.|bijvoorbeeld met|p\.\s?ex\.|por ejemplo)\s*:?\s*\(?\s*$/iu;

// After "software" or "tool" comes the job as often as the product: "Software Engineer II".
const CUED_NOT_TOOL = /^(?:Engineer\p{L}*|Developer\p{L}*|Development|Architect\p{L}*|Staff|Senior|Junior|Lead|Manager\p{L}*|Consultant\p{L}*|Specialist|Analyst|Tester|Support|Entwickl\p{L}*|Ingenieur\p{L}*|Ingénieur\p{L}*|Ingeniero\p{L}*|Ontwikkelaar|GmbH|AG|eG|SE|KG|Inc|Ltd|LLC|SAS|BV|Team|Teams)(?:\s|$)/u;

/**
 * Tools the taxonomy does not hold, read from where and how listings write them: a platform's
 * module ("SAP FI", "Sage X3", "Azure (Data Factory, Event Hubs)" → "Azure Data Factory"), a name
 * in a product's shape ("LabWare", "proALPHA") and a capitalised name after a tool cue ("(we use
 * Nourish)", "logiciel Meeko"). `known` are the skills already found, so none is given twice.
 * @example extraTools('Sehr gute Kenntnisse in SAP FI und Excel', ['SAP', 'Excel']) // ['SAP FI']
 */
export function extraTools(text: string, known: readonly string[]): string[] {
  const out = new Set<string>();
  const have = new Set(known.map((k) => k.toLowerCase()));
  const add = (name: string): void => {
    const n = name.trim();
    if (n.length < 2 || have.has(n.toLowerCase())) return;
    out.add(n);
  };
  for (const m of text.matchAll(MODULE_AFTER)) {
    const mod = m[2] ?? '';
    // A platform's product line named "<area> Cloud" ("Salesforce Service Cloud", "Oracle Fusion
    // Cloud") is a product, though its words alone ("Service", "Cloud") are not modules.
    const line = /^([A-Z][a-z]+) Cloud(?: |$)/u.exec(mod);
    if (line !== null && !JOB_WORD.test(line[1] ?? '')) {
      add(`${m[1]} ${line[1]} Cloud`);
      continue;
    }
    if (!NOT_MODULE.test(mod)) add(`${m[1]} ${mod.split(' ').filter((w) => !NOT_MODULE.test(w)).join(' ')}`);
  }
  for (const m of text.matchAll(MODULE_LIST)) {
    for (const item of (m[2] ?? '').split(/\s*(?:,|\/|;|\band\b|\bund\b|\bet\b|\by\b|\ben\b|\bor\b)\s*/u)) {
      const it = item.trim();
      if (new RegExp(`^(?:${CODE}|${WORDS})$`, 'u').test(it) && !NOT_MODULE.test(it) && canonicalSkill(it) === null) add(it.startsWith(`${m[1]} `) || !/\p{Ll}/u.test(it) ? it : `${m[1]} ${it}`);
    }
  }
  for (const m of text.matchAll(BRAND_SHAPE)) {
    const w = m[0];
    if (w.length >= 3 && !NOT_BRAND.test(w) && canonicalSkill(w) === null) add(w);
  }
  const cued = /(\p{Lu}[\p{L}\d]*(?:[ ](?:\p{Lu}[\p{L}\d]*|[A-Z0-9]{2,}))?)/uy;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    if (!TOOL_CUE.test(text.slice(Math.max(0, i - 30), i + 1))) continue;
    cued.lastIndex = i + 1;
    const m = cued.exec(text.slice(0, i + 60)) ?? (text[i + 1] === '(' ? ((cued.lastIndex = i + 2), cued.exec(text)) : null);
    if (m && canonicalSkill(m[1] ?? '') === null && !CUED_NOT_TOOL.test(m[1] ?? '') && !/^(?:The|Our|Der|Die|Das|Le|La|Les|El|Los|Het|De|Een|Ein|Eine|Un|Une|Una|SAP|I|We|Wir|Nous)$/u.test(m[1] ?? '')) add(m[1] ?? '');
  }
  return [...out];
}

/**
 * The tools among an analysis's skills: taxonomy entries of kind `tool` (named products,
 * languages, platforms, equipment) and the names the module, shape and cue rules read, which the
 * taxonomy does not hold. General competences ("coaching", "budgeting") are left out.
 * @example toolsOf(['coaching', 'Salesforce', 'Lely Astronaut']) // ['Salesforce', 'Lely Astronaut']
 */
export function toolsOf(skills: readonly string[]): string[] {
  return skills.filter((s) => skillKind(s) !== 'skill');
}
