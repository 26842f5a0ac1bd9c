export { parseTimeline, TimelineResultSchema, FOLLOW_UP_AFTER_STATED, FOLLOW_UP_DEFAULT } from './parse-timeline';
export type { TimelineResult, TimelineOptions } from './parse-timeline';
export { planFollowUp, FollowUpRecordSchema } from './plan-follow-up';
export type { FollowUpPlan, FollowUpPlanInput, FollowUpRecord, FollowUpFlagCode } from './plan-follow-up';
export { businessDaysAfter } from './business-days';
export { isValidTimeZone } from './civil-day';
