import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Query keys of coach access: a person's shares, and what a coach reads (refetched on each visit). */
export const coachKeys = {
  shares: ['coach-shares'] as const,
  people: ['coach', 'people'] as const,
  cohort: ['coach', 'cohort'] as const,
  person: (personId: string) => ['coach', 'person', personId] as const,
};

const noRetry = { retry: false, staleTime: 0 } as const;

export function useCoachShares() {
  return useQuery({ queryKey: coachKeys.shares, queryFn: async () => unwrap(await api['coach-shares'].$get()), retry: false });
}

export function useSharedPeople() {
  return useQuery({ queryKey: coachKeys.people, queryFn: async () => unwrap(await api.coach.people.$get()), ...noRetry });
}

export function useCohort() {
  return useQuery({ queryKey: coachKeys.cohort, queryFn: async () => unwrap(await api.coach.cohort.$get()), ...noRetry });
}

export function usePersonBoard(personId: string) {
  return useQuery({ queryKey: [...coachKeys.person(personId), 'applications'], queryFn: async () => unwrap(await api.coach.people[':personId'].applications.$get({ param: { personId }, query: {} })), ...noRetry });
}

export function usePersonDiagnosis(personId: string) {
  return useQuery({ queryKey: [...coachKeys.person(personId), 'diagnosis'], queryFn: async () => unwrap(await api.coach.people[':personId'].diagnosis.$get({ param: { personId } })), ...noRetry });
}

export function usePersonPrep(personId: string, applicationId: string) {
  return useQuery({
    queryKey: [...coachKeys.person(personId), 'prep', applicationId],
    queryFn: async () => unwrap(await api.coach.people[':personId'].applications[':id'].prep.$get({ param: { personId, id: applicationId } })),
    ...noRetry,
  });
}
