// Fictional companies and people for the demo search: any likeness to real ones is chance.
export const DEMO_COMPANIES = [
  'Northwind Analytics', 'Bluefin Health', 'Cobalt Ledger', 'Harbor & Pine', 'Lumen Grid', 'Quarry Labs',
  'Saltmarsh Logistics', 'Tern Robotics', 'Vellum Press', 'Wexford Mutual', 'Yarrow Foods', 'Zephyr Mobility',
  'Alder Street Bank', 'Brightwater Schools', 'Cedar Point Clinics', 'Driftwood Games', 'Ember Energy',
  'Foxglove Retail', 'Granite Insurance', 'Heron Biotech', 'Indigo Travel', 'Juniper Software', 'Kestrel Media',
  'Larkspur Legal', 'Meridian Freight', 'Nimbus Cloudworks', 'Oakridge Manufacturing', 'Pelican Payments',
  'Quill & Ink', 'Redwood Civic Tech', 'Sable Security', 'Tidewater Foods', 'Umber Studio', 'Verdant Farms',
  'Willow Care', 'Xylem Water Works', 'Yellowstone Outfitters', 'Zinnia Cosmetics', 'Aster Data', 'Bramble Books',
  'Copperleaf Hotels', 'Dunlin Aerospace',
] as const;

export const DEMO_ROLES = [
  'Data Analyst', 'Senior Data Analyst', 'Business Intelligence Analyst', 'Analytics Engineer', 'Product Analyst',
  'Reporting Analyst', 'Data Analyst II', 'Marketing Data Analyst',
] as const;

export const DEMO_SOURCES = ['LinkedIn', 'Company site', 'Referral', 'Indeed', 'Recruiter', 'Meetup'] as const;
export const DEMO_LOCATIONS = ['Chicago, IL', 'Remote (US)', 'Austin, TX', 'Denver, CO', 'New York, NY', 'Remote (Americas)'] as const;

export const DEMO_PEOPLE = [
  { name: 'Siobhán Kelly', title: 'Analytics Manager', pronunciation: 'shiv-AWN' },
  { name: 'Jon Park', title: 'Senior Data Scientist', pronunciation: null },
  { name: 'Zoë Martín', title: 'Head of BI', pronunciation: 'ZOH-ee mar-TEEN' },
  { name: "Liam O'Brien", title: 'Recruiter', pronunciation: null },
  { name: 'Jean-Luc Moreau', title: 'Director of Data', pronunciation: 'zhahn-LOOK mor-OH' },
  { name: 'Priya Raghunathan', title: 'Staff Analyst', pronunciation: 'PREE-yah rah-goo-NAH-tahn' },
  { name: 'Katherine McDonald', title: 'Talent Partner', pronunciation: null },
  { name: 'Nguyễn Thị Mai', title: 'Data Engineering Lead', pronunciation: 'win tee my' },
  { name: 'Oluwaseun Adeyemi', title: 'Product Manager', pronunciation: 'oh-loo-wah-SHAY-oon' },
  { name: 'Marta Kowalczyk', title: 'VP Analytics', pronunciation: 'koh-VAHL-chick' },
  { name: 'Sean Gallagher', title: 'Hiring Manager', pronunciation: null },
  { name: 'Aiko Tanaka', title: 'Senior Analyst', pronunciation: 'EYE-koh' },
] as const;

export const DEMO_CLOSED_REASONS = {
  rejected: ['Went with a candidate with more SQL depth', 'No reason given', 'Moved forward with other candidates', 'Looking for more stakeholder experience'],
  position_closed: ['Position on hold: budget cut', 'Filled internally', 'Role cancelled after reorg', 'Hiring freeze'],
  withdrawn: ['Salary below range', 'Accepted to interview elsewhere first'],
  no_answer: ['Never heard back'],
} as const;

export const DEMO_LISTING = `Data Analyst — Analytics team

About the role
You will turn messy operational data into decisions. You will partner with product and operations leads, own weekly reporting, and answer ad-hoc questions quickly and carefully.

Requirements
- 3+ years of experience with SQL (window functions, CTEs)
- Experience building dashboards in Tableau or Power BI
- Comfortable with Python or R for analysis
- Clear written communication with non-technical stakeholders

Nice to have
- Experience with dbt
- A/B testing and basic statistics

This is an individual contributor role with no direct reports. Hybrid: two days a week in our Chicago office.`;
