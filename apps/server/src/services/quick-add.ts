import { UserError, type ApplicationCreate, type Application, type Interview, type InterviewInput, type Interviewer, type InterviewerInput } from '@secondround/core';
import type { Store } from '@secondround/store';
import { checkRecordCap } from './caps';
import { assertPlausibleDate } from './records';

export interface QuickAddInput {
  application: ApplicationCreate;
  round: InterviewInput | null;
  interviewers: InterviewerInput[];
}

export interface QuickAddRecords {
  application: Application;
  interview: Interview | null;
  interviewers: Interviewer[];
}

/**
 * An application with its first round and that round's interviewers, as the quick-add dialog
 * records an invitation: one transaction, so a refusal half-way (a name given twice, the database
 * saying no) leaves nothing behind instead of an application without the round it was added for.
 */
export async function quickAdd(store: Store, ownerId: string, input: QuickAddInput): Promise<QuickAddRecords> {
  assertPlausibleDate(input.application.stageDate, 'first stage');
  if (input.round) assertPlausibleDate(input.round.startsAt, 'interview');
  if (!input.round && input.interviewers.length > 0) throw new UserError('VALIDATION', 'interviewers: add the day and time of their round to record who interviews you', 422);
  checkRecordCap('applications', await store.counts.records(ownerId, 'applications'), 1);
  return store.transaction(async (tx) => {
    const application = await tx.applications.create(ownerId, input.application);
    if (!input.round) return { application, interview: null, interviewers: [] };
    const interview = await tx.interviews.create(ownerId, application.id, input.round);
    // The application was written in this same transaction, so its round has somewhere to go.
    if (!interview) throw new Error('quick add: the new application was not found in its own transaction');
    const interviewers: Interviewer[] = [];
    for (const person of input.interviewers) {
      const added = await tx.interviews.addInterviewer(ownerId, interview.id, person);
      if (!added) throw new Error('quick add: the new round was not found in its own transaction');
      interviewers.push(added);
    }
    return { application, interview, interviewers };
  });
}
