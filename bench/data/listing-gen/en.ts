import type { Bank } from './types';

export const en: Bank = {
  lang: 'en',
  gender: ['', '', '', ' (m/f/d)'],
  roles: [
    ['Engineering Manager', 'people', 'eng'], ['Customer Support Manager', 'people', 'support'], ['Manager, Data Engineering', 'people', 'data'],
    ['Director of Engineering', 'people', 'eng'], ['Finance Manager', 'people', 'finance'], ['Sales Manager, EMEA', 'people', 'sales'],
    ['Head of Data', 'head', 'data'], ['Head of Customer Support', 'head', 'support'], ['VP of Product', 'head', 'product'], ['Head of Marketing', 'head', 'marketing'],
    ['Team Lead, Backend', 'teamlead', 'eng'], ['Customer Service Team Lead', 'teamlead', 'support'], ['Tech Lead - Payments', 'teamlead', 'eng'],
    ['Analytics Engineering Lead', 'leadx', 'data'], ['Lead Data Engineer', 'leadx', 'data'], ['QA Lead', 'leadx', 'eng'],
    ['Senior Software Engineer', 'bodyonly', 'eng'], ['Senior Consultant', 'bodyonly', 'finance'],
    ['Senior Backend Engineer', 'senior', 'eng'], ['Staff Data Engineer', 'senior', 'data'], ['Senior Data Scientist', 'senior', 'data'], ['Principal Software Engineer', 'senior', 'eng'],
    ['Data Analyst', 'senior', 'data'], ['Frontend Developer', 'senior', 'eng'], ['Lead Generation Specialist', 'senior', 'sales'],
    ['Account Manager', 'trap', 'sales'], ['Product Manager', 'trap', 'product'], ['Project Manager', 'trap', 'product'], ['Key Account Manager', 'trap', 'sales'],
    ['Customer Success Manager', 'trap', 'support'], ['Social Media Manager', 'trap', 'marketing'],
  ],
  companies: ['Northwind Logistics', 'Brightwave', 'Kestrel Health', 'Ledgerline', 'Harbour & Finch', 'Quillon', 'Tessellate Labs', 'Copperleaf Energy', 'Mosaic Learning', 'Oakridge Insurance', 'Parcelly', 'Blue Heron Foods'],
  cities: ['London', 'Manchester', 'Dublin', 'Edinburgh', 'Bristol', 'Austin, TX', 'New York, NY', 'Toronto'],
  area: {
    eng: ['the payments platform', 'our customer-facing web app', 'the checkout services'], data: ['the data warehouse', 'our reporting stack', 'the analytics platform'],
    sales: ['our mid-market accounts', 'the UK and Ireland territory', 'new business in retail'], support: ['the support desk', 'our customer care operation', 'tier 2 support'],
    product: ['the mobile app', 'our onboarding journey', 'the partner portal'], finance: ['month-end close', 'group reporting', 'the finance operations team'],
    marketing: ['our brand channels', 'demand generation', 'the content calendar'],
  },
  intro: [
    '{co} builds software that helps {n}00 companies run {area}.', 'At {co}, we believe good tools make work better. We are growing fast and our team in {city} is expanding.',
    '{co} is a {n}0-person company on a mission to make {area} simple.', 'Founded in 2014, {co} serves customers across Europe from offices in {city} and Lisbon.',
    'We are {co}, a profitable scale-up with a friendly, low-ego culture.', '{co} is one of the leading providers in its market, with more than {n},000 customers.',
  ],
  roleIntro: [
    'We are looking for a {title} to join us in {city}.', 'As our new {title}, you will own {area}.', 'This is an exciting opportunity for a {title} who wants real ownership.',
    "You'll be joining at a key moment: {area} is our biggest bet this year.", 'We are hiring a {title} to help us take {area} to the next level.',
  ],
  duties: [
    'Design, build and run {area} using {tool}', 'Work closely with product and design to ship features every week', 'Own the quality of {area} end to end',
    'Improve monitoring and alerting with {tool}', 'Write clear documentation and share knowledge across the company', 'Analyse performance and propose improvements to {area}',
    'Partner with stakeholders to turn questions into reports in {tool}', 'Keep our customers happy and handle escalations with care', 'Plan and prioritise the work on {area}',
    'Take part in an on-call rotation (one week in eight)', 'Build dashboards in {tool} for the leadership team', 'Drive renewals and upsell opportunities',
  ],
  req: [
    '{n}+ years of experience with {tool}', 'Strong skills in {tool} and {tool2}', 'Hands-on experience with {tool} in production', 'Solid knowledge of {tool}',
    'You have worked with {tool} and {tool2} before', 'Proficiency in {tool}', '{n}+ years in a similar role, ideally using {tool}', 'Experience building reports in {tool}',
    'At least {n} years of professional experience with {tool}',
  ],
  reqSoft: ['Excellent written and spoken English', 'A structured way of working and a bias for action', 'Great communication skills with technical and non-technical people', 'A degree in a quantitative field or equivalent experience', 'Right to work in the UK'],
  pref: ['Experience with {tool}', 'Familiarity with {tool} is a plus', 'Knowledge of {tool}', 'Any exposure to {tool}', 'A second language'],
  inlinePref: ['Nice to have:', 'Bonus:', 'Preferred:'],
  inlineReq: ['Requirements:', 'Must have:', 'You need:'],
  mgr: [
    'You will manage a team of {n} engineers and grow them through regular one-on-ones.', 'You will lead a team of {n} people, including hiring and performance reviews.',
    'The role has {n} direct reports.', 'You will be responsible for hiring, coaching and developing the team.', "You'll own the team's budget and headcount plan.",
    'Line management of {n} analysts is part of the job.', 'You lead and grow a team of {n}, set goals and run performance reviews.',
  ],
  ic: [
    'You will report to the {boss}.', 'This is an individual contributor role with no direct reports.', 'Reporting to the {boss}, you will work alongside a team of specialists.',
    'This role has no direct reports; you will work hands-on every day.', 'You report to our {boss} and work closely with the team lead.',
  ],
  bosses: ['Head of Engineering', 'Head of Data', 'VP of Sales', 'Engineering Manager', 'Director of Customer Success', 'Chief Product Officer'],
  neutralTeam: ["You'll join a team of {n} friendly colleagues.", 'Our team of {n} works closely with sales and support.', 'You will be part of a cross-functional squad of {n}.'],
  workplace: {
    remote: ['This is a fully remote role (anywhere in Europe).', 'Remote-first: work from anywhere in the UK.', 'You can work from home full time; we meet in person twice a year.', 'Location: Remote'],
    hybrid: ['Hybrid: two days a week in our {city} office.', 'We work hybrid, with three days a week in the office.', 'This is a hybrid role based in {city}.', 'Flexible hybrid working (2 days a week in the office).'],
    onsite: ['This role is based on-site in our {city} office.', 'This is an on-site position in {city}.', 'You will work from our {city} office five days a week.', 'Work location: in person, {city}.'],
  },
  wpTag: { remote: ['Remote'], hybrid: ['Hybrid'], onsite: ['On-site'] },
  benefits: ['25 days of holiday plus bank holidays', 'Private health insurance', '£1,500 yearly learning budget', 'Pension matching up to 5%', 'Cycle to work scheme', 'Regular team events and a yearly offsite', 'Enhanced parental leave', 'A new laptop of your choice'],
  headings: {
    about: ['About us', 'About {co}', 'Who we are'], duties: ["What you'll do", 'Responsibilities', 'The role', 'Your impact'],
    req: ["What you'll bring", 'Requirements', 'Who you are', 'Qualifications', "What we're looking for"], pref: ['Nice to have', 'Bonus points', 'Preferred qualifications'],
    benefits: ['What we offer', 'Benefits', 'Perks'],
  },
  chrome: {
    apply: ['Apply now', 'Easy Apply', 'Apply for this job', 'Apply', 'Save'], similar: ['Similar jobs', 'People also viewed', 'More jobs like this'],
    cookie: ['We use cookies to improve your experience. Accept all cookies | Manage preferences', 'This site uses cookies. By continuing you agree to our Cookie Policy. OK'],
    posted: ['2 days ago', '1 week ago', 'Posted 5 days ago', 'Reposted 3 weeks ago', '30+ days ago'], employment: ['Full-time', 'Permanent', 'Full-time · Permanent'],
    applicants: ['Over 100 applicants', '47 applicants', 'Be among the first 25 applicants'], showMore: ['Show more', 'See more', '…more'],
  },
};
