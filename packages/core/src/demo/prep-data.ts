// Demo story bank and listings for the preparation screens: fictional, written for the demo.

/** [id suffix, title, situation, task, action, result, skills, tags] */
export const DEMO_STORIES: ReadonlyArray<[string, string, string, string, string, string, string[], string[]]> = [
  ['sql-report', 'Cut the weekly ops report from a day to 20 minutes',
    'The weekly operations report was rebuilt by hand in spreadsheets every Monday and took most of a day.',
    'Automate it so the numbers were ready before the 10 am operations meeting.',
    'I rewrote the extraction, writing SQL with window functions and CTEs against our PostgreSQL data warehouse, added row-count checks, and scheduled it.',
    'The report ran in 20 minutes, freed a day a week, and two data errors a month disappeared.',
    ['SQL', 'PostgreSQL'], ['technical', 'automation']],
  ['dashboard', 'Built the delivery dashboard in Tableau',
    'Operations leads asked the data team for late-delivery numbers several times a week.',
    'Give them one place to see late deliveries by region and carrier.',
    'I interviewed four leads about their questions, modelled the data in SQL and built dashboards in Tableau with drill-downs by region.',
    'Ad-hoc requests fell by about 60% and the leads used it in their weekly review.',
    ['Tableau', 'data visualization', 'SQL'], ['stakeholders']],
  ['churn-python', 'Found why trial customers churned, in Python',
    'Half of trial customers did not convert and nobody knew why.',
    'Find the behaviours that predicted conversion.',
    'I joined product events with billing data in Python with pandas, ran a logistic regression and checked it on a later cohort.',
    'Two onboarding steps explained most of the gap; the product team changed onboarding and conversion rose 4 points.',
    ['Python', 'pandas', 'statistics'], ['analysis']],
  ['stakeholders', 'Explained a confusing metric to the sales leadership',
    'Sales and finance reported different revenue numbers and meetings turned into arguments about data.',
    'Get one definition everyone trusted.',
    'I explained the findings clearly in a one-page note in plain language for non-technical stakeholders, product and design, showed both calculations side by side and proposed one definition.',
    'Both teams adopted the definition and the weekly meeting went back to decisions instead of numbers.',
    ['communication', 'stakeholder management'], ['communication']],
  ['ab-test', 'Ran the checkout A/B test that changed pricing copy',
    'Marketing wanted to change the pricing page copy based on opinions.',
    'Design a test that would give a clear answer in three weeks.',
    'I sized the sample, set up the A/B test with the engineers, and wrote the analysis plan with basic statistics before launch.',
    'The new copy lifted checkout starts by 3% with a clear result; we shipped it.',
    ['A/B testing', 'statistics'], ['experimentation']],
  ['dbt', 'Moved our SQL transformations into dbt',
    'Forty SQL scripts ran in a fragile order from cron and broke silently.',
    'Make the transformations tested and documented.',
    'I moved them into dbt models with tests and documentation, one domain at a time, keeping the old outputs in parallel for two weeks.',
    'Failures became visible the same morning and new analysts onboarded in days instead of weeks.',
    ['dbt', 'SQL'], ['technical']],
  ['led-team', 'Led a team of four analysts through a reorg',
    'As the team lead I managed a team of four analysts who owned the company’s SQL reporting when our department was merged with finance.',
    'Keep my team productive and keep morale up during the merge.',
    'I held weekly one-on-ones, reassigned work across my team, delegated the reporting backlog and ran the performance reviews.',
    'Nobody on my team left and we delivered the quarter-end reports on time.',
    ['leadership', 'SQL', 'reporting'], ['leadership']],
  ['hired', 'Hired and onboarded two junior analysts',
    'Our team was short-staffed after two people left and the dashboards in Tableau fell behind.',
    'Hire two analysts within a quarter.',
    'I wrote the job description, ran the interviews, hired two juniors, and mentored my team’s new hires through their first projects.',
    'Both were productive within six weeks and one was promoted a year later.',
    ['hiring', 'Tableau', 'dashboards', 'communication'], ['leadership']],
  ['office-move', 'Organised the office move',
    'Our office moved across town over a weekend.',
    'Coordinate the move for the floor.',
    'I made the seating plan, booked the movers and kept everyone informed by email.',
    'Everyone was at their desk on Monday morning.',
    [], ['organisation']],
];

/** Story suffixes a well-prepared candidate picks for an analyst listing, and the ones that miss it. */
export const GOOD_PICKS = ['sql-report', 'dashboard', 'stakeholders', 'churn-python', 'ab-test', 'dbt'] as const;
export const POOR_PICKS = ['led-team', 'hired', 'office-move'] as const;

export const DEMO_LISTINGS = [
  `Business Intelligence Analyst

What you will do
Build and maintain reporting for finance and operations, and help teams answer their own questions.

What we are looking for
- 2+ years of experience writing SQL against a data warehouse
- Experience building dashboards in Power BI or Tableau
- Strong communication skills with non-technical stakeholders
- Experience with Python for data analysis is a plus

You will be an individual contributor on a team of six analysts. Fully remote within the US.`,
  `Product Analyst

About the role
Work with product managers and engineers to understand how customers use our app.

Requirements
- 3+ years in an analytics role using SQL
- Experience designing and analysing A/B tests
- Working knowledge of statistics
- Able to explain findings clearly to product and design

Nice to have
- Python (pandas)
- dbt

This role has no direct reports. Hybrid, three days a week in our Austin office.`,
] as const;

/** Answers to the core questions of the bank, as a prepared candidate writes them. */
export const DEMO_ANSWERS: Record<string, string> = {
  intro: 'Five years in analytics, from spreadsheets to a dbt and SQL warehouse; I like turning messy operational data into decisions.',
  strengths: 'That I make numbers people trust and explain them plainly to the people who act on them.',
  weakness: 'I used to polish analyses too long; now I share a rough version early and iterate with the person asking.',
  'why-job': 'The role sits close to operations, which is where my analyses have had the most effect.',
  'why-company': 'Your customers are small businesses, the kind I grew up around, and your team publishes how it works.',
  'why-leaving': 'My current team is moving to pure finance reporting and I want to stay close to product and operations.',
  'know-us': 'You sell scheduling software to clinics, grew to about 300 people, and launched a payments product this year.',
  'relevant-project': 'The delivery dashboard: interviews with four leads, a SQL model, and Tableau views they used weekly.',
  conflict: 'Sales and finance disagreed on revenue; I showed both calculations side by side and we agreed on one definition.',
  'feedback-received': 'My manager said my reports buried the answer; I now open every report with the one-sentence conclusion.',
  failure: 'A dashboard I built went unused because I never asked who would open it; I now start every project with interviews.',
  salary: 'Based on the range in the listing and my research, around the middle of your band works for me.',
  'questions-for-us': 'I have three questions ready about the team, the first ninety days and how success is measured.',
};

export const DEMO_QUESTIONS_TO_ASK = [
  'What would a great first ninety days look like in this role?',
  'Which decisions does the team’s analysis feed most often?',
  'How do analysts and product managers split the work on a new question?',
  'What is the hardest data problem the team has right now?',
];

export const DEMO_FUMBLED = [
  'Why are you leaving your current job?',
  'What do you know about our customers?',
  'Tell me about a time you disagreed with a colleague.',
  'What are your salary expectations?',
  'Walk me through a SQL query you are proud of.',
];

export const DEMO_NEXT_STEPS = [
  'They said they would decide over the next two weeks.',
  'The recruiter will call by Friday either way.',
  'They are interviewing three more people and will get back within 10 business days.',
  'Next step would be a take-home exercise; answer expected early next week.',
];
