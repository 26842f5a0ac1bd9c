/** Tables of issue 4 (preparation): the story bank, prep sheets and debriefs. */
export interface PrepTables {
  stories: StoriesTable;
  prepSheets: PrepSheetsTable;
  debriefs: DebriefsTable;
}

export interface StoriesTable {
  id: string;
  ownerId: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  /** JSON array of strings. */
  skills: string;
  /** JSON array of strings. */
  tags: string;
  createdAt: string;
  updatedAt: string;
  /** `storyTerms` of the story as JSON (derived; not in backups); null until worked out. */
  matchTerms?: string | null;
  /** The ANALYSER_VERSION that wrote `matchTerms`; another (or none) means recompute them. */
  matchTermsVersion?: number | null;
}

export interface PrepSheetsTable {
  id: string;
  ownerId: string;
  interviewId: string;
  /** The PrepSheet as JSON. */
  data: string;
  updatedAt: string;
}

export interface DebriefsTable {
  id: string;
  ownerId: string;
  interviewId: string;
  /** 1 yes, 0 no, null not answered. */
  namesRight: number | null;
  researchShown: number | null;
  whyThisJobAnswered: number | null;
  /** JSON array of strings. */
  fumbledQuestions: string;
  /** JSON array of story ids. */
  storiesTold: string;
  /** What they said about next steps and timeline, free text (read by the follow-up planner). */
  nextSteps: string | null;
  feeling: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}
