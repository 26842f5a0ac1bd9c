export { cohortView, cohortSchema, cohortStallSchema, cohortReasonSchema, MIN_COHORT_PEOPLE, type Cohort, type CohortMember } from './cohort';
