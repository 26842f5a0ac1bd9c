import type { Lang } from './types';

/** What a board shows around a listing: lines before the title, the title block, lines after it. */
export interface Chrome {
  pre: string[];
  titleBlock: string[];
  meta: string[];
  bodyHeading: string | null;
  post: string[];
  htmlTitle: string;
  url: string;
}

export interface BoardInput {
  lang: Lang;
  title: string;
  co: string;
  city: string;
  wpTag: string | null;
  posted: string;
  employment: string;
  apply: string;
  similar: string;
  similarJobs: string[];
  applicants: string;
  showMore: string;
  n: number;
}

const ABOUT_JOB: Record<Lang, string> = { en: 'About the job', de: 'Info zum Job', fr: 'À propos de l’offre d’emploi', es: 'Acerca del empleo', nl: 'Over de vacature' };
const DEPT = ['Engineering', 'Data', 'Sales', 'Customer Experience', 'Finance', 'Operations'];

function slug(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export const BOARDS: Record<string, (b: BoardInput) => Chrome> = {
  linkedin: (b) => ({
    pre: [], titleBlock: [b.title], meta: [`${b.co} · ${b.city}${b.wpTag ? ` (${b.wpTag})` : ''}`, `${b.posted} · ${b.applicants}`, b.employment, b.apply],
    bodyHeading: ABOUT_JOB[b.lang], post: [b.showMore, b.similar, ...b.similarJobs], htmlTitle: `${b.title} | ${b.co} | LinkedIn`, url: `https://www.linkedin.com/jobs/view/38${b.n}41${b.n}77/`,
  }),
  indeed: (b) => ({
    pre: [], titleBlock: [b.title], meta: [b.co, `${(3 + (b.n % 20) / 10).toFixed(1)} out of 5 stars`, b.city, b.employment, b.apply, 'Full job description'],
    bodyHeading: null, post: ['Report job', b.similar, ...b.similarJobs], htmlTitle: `${b.title} - ${b.co} - ${b.city} - Indeed.com`, url: `https://de.indeed.com/viewjob?jk=8f${b.n}c2a${b.n}e1`,
  }),
  glassdoor: (b) => ({
    pre: [b.co, `${(3 + (b.n % 20) / 10).toFixed(1)} ★`], titleBlock: [b.title], meta: [b.city, b.apply, b.posted],
    bodyHeading: null, post: [b.showMore, 'Company overview', b.similar, ...b.similarJobs], htmlTitle: `${b.co} ${b.title} Job in ${b.city} | Glassdoor`, url: `https://www.glassdoor.com/job-listing/${slug(b.title)}-${slug(b.co)}-JV_IC${b.n}.htm`,
  }),
  wttj: (b) => ({
    pre: ['Welcome to the Jungle', `Accueil > Offres d'emploi > ${b.co} > ${b.title}`], titleBlock: [b.co, b.title], meta: [b.employment, b.city, ...(b.wpTag ? [b.wpTag] : []), 'Salaire : Non spécifié', b.apply],
    bodyHeading: 'Le poste', post: [b.similar, ...b.similarJobs], htmlTitle: `${b.title} - ${b.co} - CDI à ${b.city}`, url: `https://www.welcometothejungle.com/fr/companies/${slug(b.co)}/jobs/${slug(b.title)}_${slug(b.city)}`,
  }),
  stepstone: (b) => ({
    pre: ['StepStone', `Jobs > ${DEPT[b.n % DEPT.length]} > ${b.title}`], titleBlock: [b.title], meta: [b.co, b.city, b.employment, b.posted, b.apply],
    bodyHeading: null, post: [b.similar, ...b.similarJobs], htmlTitle: `${b.title} Job in ${b.city} bei ${b.co} | StepStone`, url: `https://www.stepstone.de/stellenangebote--${slug(b.title)}-${slug(b.city)}-${slug(b.co)}--10${b.n}44-inline.html`,
  }),
  greenhouse: (b) => ({
    pre: [], titleBlock: [b.title], meta: [`at ${b.co}`, b.city], bodyHeading: null,
    post: ['Apply for this Job', '* Required', 'First Name *', 'Last Name *', 'Email *', 'Resume/CV *'], htmlTitle: `Job Application for ${b.title} at ${b.co}`, url: `https://boards.greenhouse.io/${slug(b.co)}/jobs/40${b.n}12${b.n}`,
  }),
  lever: (b) => ({
    pre: [b.co], titleBlock: [b.title], meta: [`${b.city} / ${DEPT[b.n % DEPT.length]} / ${b.employment}${b.wpTag ? ` / ${b.wpTag}` : ''}`], bodyHeading: null,
    post: ['Apply for this job', `${b.co} Home Page`, 'Jobs powered by Lever'], htmlTitle: `${b.co} - ${b.title}`, url: `https://jobs.lever.co/${slug(b.co)}/5c1e${b.n}a2-77b${b.n}`,
  }),
  workday: (b) => ({
    pre: [], titleBlock: [b.title], meta: ['locations', b.city, 'time type', b.employment, 'posted on', b.posted, 'job requisition id', `R-0${b.n}4${b.n}1`, b.apply],
    bodyHeading: null, post: [b.similar, ...b.similarJobs], htmlTitle: `${b.title}`, url: `https://${slug(b.co)}.wd3.myworkdayjobs.com/en-US/Careers/job/${slug(b.city)}/${slug(b.title)}_R-0${b.n}4${b.n}1`,
  }),
  ashby: (b) => ({
    pre: [b.co], titleBlock: [b.title], meta: ['Location', b.city, 'Employment Type', b.employment, ...(b.wpTag ? ['Location Type', b.wpTag] : []), 'Department', DEPT[b.n % DEPT.length] ?? 'Engineering', 'Overview', 'Application'],
    bodyHeading: null, post: ['Apply for this Job', 'Powered by Ashby'], htmlTitle: `${b.title} @ ${b.co}`, url: `https://jobs.ashbyhq.com/${slug(b.co)}/9a${b.n}f-41${b.n}`,
  }),
  workable: (b) => ({
    pre: [], titleBlock: [b.title], meta: [b.co, `${b.city} · ${b.employment}`, 'Apply for this job'], bodyHeading: 'Description',
    post: ['Apply for this job', 'Powered by Workable'], htmlTitle: `${b.title} - ${b.co}`, url: `https://apply.workable.com/${slug(b.co)}/j/${b.n}A9F${b.n}C/`,
  }),
  personio: (b) => ({
    pre: [], titleBlock: [b.title], meta: [b.co, `${b.employment} · ${b.city}`, b.apply], bodyHeading: null,
    post: [b.apply, 'Powered by Personio', 'Impressum', 'Datenschutz'], htmlTitle: `${b.title} | Jobs bei ${b.co}`, url: `https://${slug(b.co)}.jobs.personio.de/job/1${b.n}09${b.n}`,
  }),
  smartrecruiters: (b) => ({
    pre: [b.co], titleBlock: [b.title], meta: [b.city, b.employment, "I'm interested"], bodyHeading: 'Job Description',
    post: ["I'm interested", 'Privacy Policy', 'Powered by SmartRecruiters'], htmlTitle: `${b.co} ${b.title} | SmartRecruiters`, url: `https://jobs.smartrecruiters.com/${slug(b.co).replace(/-/g, '')}/74399${b.n}${b.n}`,
  }),
  company: (b) => ({
    pre: [`Careers > Open positions > ${b.title}`], titleBlock: [b.title], meta: [`${b.city} · ${DEPT[b.n % DEPT.length]}`], bodyHeading: null,
    post: ['Back to all jobs', `© 2026 ${b.co}`], htmlTitle: `${b.title} – Careers – ${b.co}`, url: `https://www.${slug(b.co)}.com/careers/${slug(b.title)}`,
  }),
};

/** Boards each language's listings come from (a weighted pick: repeats weigh more). */
export const BOARDS_BY_LANG: Record<Lang, string[]> = {
  en: ['linkedin', 'linkedin', 'indeed', 'glassdoor', 'greenhouse', 'lever', 'workday', 'ashby', 'workable', 'smartrecruiters', 'company'],
  de: ['stepstone', 'stepstone', 'linkedin', 'indeed', 'personio', 'personio', 'greenhouse', 'workday', 'company', 'smartrecruiters'],
  fr: ['wttj', 'wttj', 'linkedin', 'indeed', 'lever', 'smartrecruiters', 'workable', 'company', 'glassdoor'],
  es: ['linkedin', 'linkedin', 'indeed', 'workable', 'smartrecruiters', 'personio', 'glassdoor', 'company', 'ashby'],
  nl: ['linkedin', 'linkedin', 'indeed', 'workable', 'ashby', 'greenhouse', 'company', 'workday', 'lever'],
};
