import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType } from 'hono/client';
import { api, unwrap } from '../../api/client';
import { keys } from '../../api/queries';
import { offerUndo } from '../../components/UndoNotices';

/*
 * References and the work-style profile hang under the `applications` key prefix, so every write
 * here also refetches the Diagnosis and the application pages that read them.
 */
export const peopleKeys = {
  profile: [...keys.applications, 'profile'] as const,
  references: [...keys.applications, 'references'] as const,
  uses: (applicationId: string) => [...keys.applications, 'reference-uses', applicationId] as const,
  fit: (applicationId: string) => [...keys.applications, 'fit', applicationId] as const,
  brief: (useId: string) => [...keys.applications, 'brief', useId] as const,
};

export type ProfileBody = InferRequestType<typeof api.profile.$put>['json'];
export type NewReference = InferRequestType<typeof api.references.$post>['json'];
export type ReferenceEdit = InferRequestType<(typeof api.references)[':id']['$patch']>['json'];
export type NewUse = InferRequestType<(typeof api.applications)[':id']['references']['$post']>['json'];
export type UseEdit = InferRequestType<(typeof api)['reference-uses'][':id']['$patch']>['json'];

function useInvalidateAll() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: keys.applications });
}

export function useProfile() {
  return useQuery({ queryKey: peopleKeys.profile, queryFn: async () => unwrap(await api.profile.$get()) });
}

export function useSaveProfile() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (json: ProfileBody) => unwrap(await api.profile.$put({ json })), onSuccess: invalidate });
}

export function useFit(applicationId: string) {
  return useQuery({ queryKey: peopleKeys.fit(applicationId), queryFn: async () => unwrap(await api.applications[':id'].fit.$get({ param: { id: applicationId } })) });
}

/** Every reference, read page after page: the picker on an application needs them all (at most 200). */
export function useReferences() {
  return useQuery({
    queryKey: peopleKeys.references,
    queryFn: async () => {
      const first = await unwrap(await api.references.$get({ query: { limit: '200' } }));
      const all = [...first.references];
      for (let cursor = first.nextCursor; cursor; ) {
        const page = await unwrap(await api.references.$get({ query: { limit: '200', cursor } }));
        all.push(...page.references);
        cursor = page.nextCursor;
      }
      return all;
    },
  });
}

/** References per "Show more" on the References page. */
export const REFERENCE_PAGE = 50;

/** The references a page at a time, for the References page; `fetchNextPage` is "Show more". */
export function useReferencePages() {
  return useInfiniteQuery({
    queryKey: [...peopleKeys.references, 'pages'],
    initialPageParam: '',
    queryFn: async ({ pageParam }) => unwrap(await api.references.$get({ query: { limit: String(REFERENCE_PAGE), ...(pageParam ? { cursor: pageParam } : {}) } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateReference() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (json: NewReference) => unwrap(await api.references.$post({ json })), onSuccess: invalidate });
}

export function usePatchReference() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async ({ id, json }: { id: string; json: ReferenceEdit }) => unwrap(await api.references[':id'].$patch({ param: { id }, json })), onSuccess: invalidate });
}

export function useDeleteReference() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.references[':id'].$delete({ param: { id } })), onSuccess: (d) => { void invalidate(); offerUndo(d.undo); } });
}

export function useReferenceUses(applicationId: string) {
  return useQuery({ queryKey: peopleKeys.uses(applicationId), queryFn: async () => (await unwrap(await api.applications[':id'].references.$get({ param: { id: applicationId } }))).uses });
}

export function useGiveReference(applicationId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (json: NewUse) => unwrap(await api.applications[':id'].references.$post({ param: { id: applicationId }, json })), onSuccess: invalidate });
}

export function usePatchUse() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async ({ id, json }: { id: string; json: UseEdit }) => unwrap(await api['reference-uses'][':id'].$patch({ param: { id }, json })), onSuccess: invalidate });
}

export function useDeleteUse() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api['reference-uses'][':id'].$delete({ param: { id } })), onSuccess: (d) => { void invalidate(); offerUndo(d.undo); } });
}

export function useBrief(useId: string, enabled: boolean) {
  return useQuery({ queryKey: peopleKeys.brief(useId), queryFn: async () => unwrap(await api['reference-uses'][':id'].brief.$get({ param: { id: useId } })), enabled });
}

export function useSendBrief() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api['reference-uses'][':id'].brief.send.$post({ param: { id }, json: {} })), onSuccess: invalidate });
}

/** Today as YYYY-MM-DD in the browser's zone: the day a person means by "today". */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
