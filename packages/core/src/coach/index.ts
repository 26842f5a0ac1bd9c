export { cohortView, cohortSchema, cohortStallSchema, cohortReasonSchema, MIN_COHORT_PEOPLE, type Cohort, type CohortMember } from './cohort';
export { cohortSummaryOf, readCohortSummary, cohortSummarySchema, COHORT_SUMMARY_KEY, type CohortSummary } from './summary';
