/**
 * Skills that listings name often and that the ESCO/O*NET extracts in `/work/shared` lack or name
 * awkwardly ("Structured query language SQL"). Ours, not from either source; `build-taxonomy.ts`
 * merges them first so their names become the canonical ones. Format: `canonical|alias|alias…`;
 * an alias starting with `=` only matches with exactly that capitalisation (it is also an English
 * word: "Excel", "Go"). An entry starting with `~` is a general competence (kind `skill`:
 * "coaching", "budgeting", "project management"); every other entry is a named product, language,
 * platform or piece of equipment (kind `tool`), the rule the hand-labelled listings use. Used by the
 * build script only; the runtime reads `skills.json`.
 */
export const OURS_SKILLS: readonly string[] = [
  // programming languages and runtimes
  'Python|python3', 'Java|Oracle Java|Java SE', 'JavaScript|JS|ECMAScript', 'TypeScript', '=Go|Golang',
  'Rust|=Rust', 'C++|cpp', 'C#|csharp|C sharp', '=C|C language|ANSI C', '=R|R language|RStudio', 'Ruby|=Ruby', 'Ruby on Rails|=Rails',
  'PHP', 'Kotlin', '=Swift|Swift programming|SwiftUI', 'Scala', 'Elixir', 'Haskell', 'Perl', 'Bash|shell scripting|shell script',
  'PowerShell', 'SQL|Structured query language SQL|Structure query language SQL|T-SQL|PL/SQL', '~NoSQL', 'HTML|HTML5', 'CSS|CSS3|Sass',
  'Node.js|NodeJS|=Node', 'Deno', 'Solidity', 'MATLAB|The MathWorks MATLAB', 'SAS|SAS software', 'VBA|Visual Basic for Applications',
  // frameworks and libraries
  'React|React.js|ReactJS|React Native', 'Angular|AngularJS', 'Vue.js|Vue|VueJS', 'Next.js', 'Svelte', 'Redux',
  'Django', 'Flask', 'FastAPI', 'Spring|Spring Boot|Spring Framework', '.NET|dotnet|ASP.NET|.NET Core', 'Express.js|ExpressJS',
  'GraphQL', '~REST APIs|REST|RESTful APIs|RESTful|REST API|API design', 'gRPC', '~Microservices|microservice architecture',
  'pandas', 'NumPy', 'scikit-learn|sklearn', 'TensorFlow', 'PyTorch', 'Apache Spark|=Spark|PySpark', 'Hadoop|Apache Hadoop',
  'Apache Kafka|Kafka', 'Airflow|Apache Airflow', 'dbt', 'Snowflake', 'Databricks', 'BigQuery|Google BigQuery',
  'Tableau', 'Power BI|Microsoft Power BI|PowerBI', 'Looker', 'Excel|=Excel|Microsoft Excel|MS Excel|spreadsheets|spreadsheet',
  'Microsoft Word|MS Word|=Word', 'PowerPoint|Microsoft PowerPoint', 'Microsoft Outlook|Outlook', 'Microsoft Office|MS Office|Office 365|Microsoft 365|Pack Office',
  'Google Workspace|G Suite|Google Docs|Google Sheets', 'Jira|Atlassian JIRA|JIRA', 'Confluence|Atlassian Confluence', '=Slack',
  'Salesforce|Salesforce CRM|Salesforce software', 'HubSpot', 'SAP|SAP software|SAP ERP', 'Workday', 'QuickBooks|Intuit QuickBooks',
  'NetSuite|Oracle NetSuite', 'Figma', 'Sketch|=Sketch', 'Adobe Photoshop|Photoshop', 'Adobe Illustrator|Illustrator',
  'Adobe InDesign|InDesign', 'Adobe Creative Suite|Adobe Creative Cloud|Creative Cloud', 'AutoCAD|Autodesk AutoCAD', 'Revit|Autodesk Revit',
  'SolidWorks|Dassault Systemes SolidWorks', 'GIS|ArcGIS|ESRI ArcGIS|geographic information systems', 'SPSS|IBM SPSS Statistics', 'Stata',
  // data, ML, cloud, ops
  'PostgreSQL|Postgres', 'MySQL', 'MongoDB|Mongo', 'Redis', 'Elasticsearch', 'Oracle Database|Oracle DB', 'Microsoft SQL Server|SQL Server|MSSQL',
  'SQLite', 'DynamoDB', 'Cassandra|Apache Cassandra', 'AWS|Amazon Web Services|Amazon Web Services AWS', 'Microsoft Azure|Azure',
  'Google Cloud|GCP|Google Cloud Platform', 'Docker|containerization', 'Kubernetes|K8s|EKS|GKE', 'Terraform|infrastructure as code|IaC',
  'Ansible', '~CI/CD|continuous integration|continuous delivery|continuous deployment', 'GitHub Actions', 'Jenkins', 'Git|GitHub|GitLab|version control',
  'Linux|Unix|UNIX', 'Windows Server', '~networking|TCP/IP|network administration', '~DNS', '~cloud computing|cloud infrastructure|cloud platforms|cloud',
  '~DevOps', '~site reliability engineering|SRE', '~observability|monitoring and alerting', 'Prometheus', 'Grafana', 'Datadog', 'Splunk',
  '~cybersecurity|information security|security engineering|infosec', '~penetration testing|pen testing', '~SIEM', '~identity and access management|IAM',
  '~SOC 2', '~ISO 27001', '~NIST', '~machine learning|ML', '~deep learning', '~artificial intelligence|AI', '~natural language processing|NLP',
  '~computer vision', '~large language models|LLMs|LLM|generative AI|GenAI', '~statistics|statistical analysis|statistical modeling',
  '~data analysis|data analytics|analyze data|analyzing data|data analyst', '~data visualization|dashboards|dashboard', '~data modeling|data modelling',
  '~ETL|ELT|data pipelines|data pipeline', '~data engineering', '~data science', '~A/B testing|experimentation|split testing',
  '~distributed systems', '~system design|systems design|software architecture', '~unit testing|automated testing|test automation|TDD',
  'Selenium', 'Cypress', 'Playwright', '~QA|quality assurance|software testing', '~mobile development|iOS|Android', '~embedded systems|firmware',
  '~algorithms|data structures', '~object-oriented programming|OOP', '~code review|code reviews', '~agile|Scrum|Kanban|agile methodologies',
  '~technical writing|documentation', '~UX design|user experience|UX', '~UI design|user interface design|UI', '~user research|usability testing',
  '~prototyping|wireframing|wireframes', '~accessibility|WCAG|a11y', '~IT support|help desk|technical support|desktop support', '~troubleshooting|troubleshoot',
  'Active Directory', 'ServiceNow', 'Zendesk', 'Intercom', 'Freshdesk', '~incident response|incident management|respond to incidents', '~RF scanner|RF scanners|RF scanning|RF gun', 'Microsoft Windows|=Windows|Windows 10|Windows 11', '~API testing|testing APIs|testing REST APIs|API tests', '~ITIL', 'VMware', 'Cisco',
  // business, finance, sales, marketing
  '~project management|manage projects|project planning', '~program management', '~product management|product roadmap|roadmapping',
  '~stakeholder management|stakeholder communication|manage stakeholders|stakeholders', '~budgeting|budget management|budgets|budget',
  '~forecasting|financial forecasting|demand forecasting', '~financial modeling|financial modelling|financial models', '~financial analysis|financial reporting|financial statements',
  '~accounting|bookkeeping|general ledger|accounts payable|accounts receivable', '~GAAP|US GAAP', '~IFRS', '~CPA|Certified Public Accountant',
  '~CFA', '~auditing|audit|internal audit', '~tax preparation|taxation|tax returns', '~payroll', '~reconciliation|reconciliations|account reconciliation',
  '~risk management|risk assessment', '~compliance|regulatory compliance', '~anti-money laundering|AML|KYC', '~underwriting', '~valuation',
  '~investment analysis|portfolio management', '~sales|selling|B2B sales|inside sales', '~business development|new business', '~account management|client relationships|client relationship management',
  '~CRM|customer relationship management', '~negotiation|negotiate|negotiating', '~lead generation|prospecting|cold calling',
  '~marketing|digital marketing', '~SEO|search engine optimization', '~SEM|paid search|PPC|Google Ads', '~content marketing|content strategy|content creation',
  '~social media|social media marketing', '~email marketing', '~marketing analytics|Google Analytics', '~brand management|branding',
  '~copywriting|copy writing', '~public relations|media relations', '~market research|competitive analysis',
  '~customer success|customer retention|churn', '~customer service|customer support|customer care|client service|serve customers|guest service|guest services',
  '~operations management|business operations', '~process improvement|continuous improvement|process optimization', '~Lean|Lean Six Sigma|Six Sigma',
  '~supply chain|supply chain management|logistics', '~procurement|purchasing|sourcing', '~vendor management|supplier management|managing vendors|manage vendors',
  '~inventory management|inventory control|inventory|stock control', '~contract management|contract negotiation|contracts', '~business analysis|requirements gathering',
  '~strategic planning|business strategy', '~change management', '~recruiting|recruit|recruitment|talent acquisition|sourcing candidates', '~human resources|HR|HRIS',
  '~employee relations', '~onboarding', '~training delivery|train staff|deliver training|conduct training', '~performance management|performance reviews', '~people management|managing people|team management',
  '~hiring|hire|interviewing candidates|hiring plans', '~coaching|coach|mentoring|mentor|mentorship|mentor others', '~event planning|event management', '~scheduling|calendar management|appointment scheduling|schedule appointments|staff schedules|shift schedule|schedule staff|staff scheduling',
  '~data entry', '~office administration|administrative support|clerical', '~typing', '~record keeping|recordkeeping|records management',
  '~cash handling|handle cash|handling cash|cash register|count cash|counting cash', '~point of sale|POS', '~merchandising|visual merchandising', '~loss prevention', '~retail sales',
  '~food safety|ServSafe|food handling|food handler|food handler card|food handler certification', '~food preparation|cooking|food prep', '~hospitality', '~housekeeping|cleaning',
  // healthcare
  '~patient care|direct patient care|bedside care|assess patients|assessing patients|patient assessment|care for patients', '~electronic health records|EHR|EMR|electronic medical records', 'Epic|=Epic|Epic Systems',
  'Cerner', '~CPR|cardiopulmonary resuscitation', '~BLS|Basic Life Support', '~ACLS|Advanced Cardiac Life Support', '~PALS',
  '~registered nurse|RN|RN license', '~LPN|licensed practical nurse', '~CNA|certified nursing assistant', '~medication administration|administer medications|administering medications',
  '~phlebotomy|venipuncture|blood draws', '~vital signs', '~HIPAA', '~triage', '~wound care', '~infection control|infection prevention',
  '~medical terminology', '~medical billing|medical coding|ICD-10|CPT coding', '~care planning|care plans|care plan', '~case management',
  '~clinical documentation|charting', '~pharmacy|dispensing', '~physical therapy|rehabilitation', '~mental health|behavioral health', '~telehealth',
  // education and social work
  '~lesson planning|lesson plans', '~classroom management', '~curriculum development|curriculum design|curriculum', '~differentiated instruction',
  '~IEP|Individualized Education Program|IEPs', '~special education', '~teaching license|teaching certificate|teaching credential|teacher certification',
  '~tutoring', '~instructional design', 'learning management systems|LMS|=Canvas|Moodle|=Blackboard', '~student assessment|formative assessment|grading',
  '~parent communication|family engagement', '~ESL|English as a second language|TESOL|ELL', '~early childhood education',
  '~counseling|counselling', '~social work|LCSW|MSW', '~child safeguarding|safeguarding',
  // trades, logistics, field work
  '~electrical|electrical wiring|electrical systems|electrician', '~plumbing', '~HVAC|heating, ventilation and air conditioning',
  '~welding|MIG|TIG', '~carpentry', '~blueprint reading|read blueprints|reading blueprints|blueprints|technical drawings',
  '~OSHA|OSHA 10|OSHA 30', '~workplace safety|safety procedures|safety protocols|jobsite safety|job site safety|site safety|safety rules|safety standards', '~forklift|forklift operation|forklift certification',
  '~preventive maintenance|preventative maintenance', '~equipment maintenance|equipment repair|maintenance and repair', '~hand tools|power tools',
  '~CDL|commercial driver\'s license|Class A CDL', '~driver\'s license|driving license|valid driver\'s license', '~heavy equipment operation|heavy equipment',
  '~PLC|programmable logic controllers', '~CNC|CNC machining|CNC machine', '~machining', '~quality control|quality inspection|QC', '~warehouse operations|picking and packing|order picking|pick and pack|pick, pack',
  '~shipping and receiving', '~manufacturing', '~construction', '~National Electrical Code|NEC', '~journeyman license|journeyman', '~lifting|lift 50 pounds|lift up to 50 pounds',
  // government, legal, policy
  '~security clearance|Secret clearance|Top Secret|TS/SCI|public trust', '~policy analysis|public policy', '~grant writing|grants|grant management',
  '~public administration', '~property management|leasing|property manager', 'Yardi', 'AppFolio', '~laboratory safety|lab safety|biosafety', '~civil engineering', '~stormwater|stormwater management', '~credit analysis|credit skills|credit risk', '~legal research', '~contract law', '~litigation', '~regulatory affairs', '~report writing', '~case work|casework',
  '~program evaluation', '~community outreach|outreach', '~emergency management', '~law enforcement',
  // transversal
  '~communication|communication skills|verbal communication|written communication|communicate|communicator',
  '~teamwork|team player|collaboration|collaborate|collaborative|cross-functional|work in teams', '~leadership|leading teams|lead teams',
  '~problem solving|problem-solving|solve problems|troubleshoot problems', '~critical thinking', '~analytical skills|analytical thinking|analytical',
  '~attention to detail|detail-oriented|detail oriented|attention to details|meticulous', '~time management|manage time|prioritization|prioritize|prioritise',
  '~organizational skills|organisational skills|organized|organised|organization skills', '~multitasking|multi-tasking|multitask',
  '~presentation skills|presentations|public speaking|present to', '~interpersonal skills|relationship building|build relationships', '~adaptability|adaptable|flexibility',
  '~decision making|decision-making', '~conflict resolution|resolve conflicts|de-escalation', '~creativity|creative', '~written English|fluent English|English fluency|fluency in English|English proficiency',
  '~Spanish|bilingual Spanish|Spanish-speaking', '~French', '~German', '~Mandarin|Chinese', '~bilingual', '~writing skills|strong writer|editing|proofreading',
  '~research|research skills', '~self-motivated|self-starter|work independently|independently', '~customer focus|customer-focused|customer-centric',
  '~empathy|compassion|compassionate', '~mathematics|math|numeracy', '~physical stamina|stand for long periods|on your feet',
  // tools that European listings name often
  'DATEV', 'Shopify', 'Pipedrive', 'Power Query', 'Laravel', 'Zendesk', 'Personio',
  // tools the hand-written training listings name (bench/data/listings-hand/train)
  'Mixpanel', 'Amplitude|=Amplitude', 'Stripe|=Stripe|Stripe Connect', 'Adyen', 'Microsoft Project|MS Project', 'Gainsight', 'ChurnZero', '=Gong|Gong.io',
  'Delta Lake', 'Azure Data Factory|ADF', 'Azure Synapse|=Synapse|Synapse Analytics', 'Sidekiq', 'HiBob', 'Klaviyo', '=Maze', 'Tailwind CSS|Tailwind',
  'Jest', 'Vitest', 'Meta Ads|Facebook Ads', 'Google Analytics|GA4|Google Analytics 4', 'Looker Studio|Google Data Studio', 'Silae', '=Sage|Sage 100|Sage 50',
  'Exact Online', 'SAP SuccessFactors|SuccessFactors', '=Genesys|Genesys Cloud', 'Microsoft Dynamics|Dynamics 365|Dynamics CRM', 'Helpshift', 'PRINCE2|Prince2', 'Amazon Redshift|Redshift',
];
