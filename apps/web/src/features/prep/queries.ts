import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType } from 'hono/client';
import { api, unwrap } from '../../api/client';
import { offerUndo } from '../../components/UndoNotices';
import { keys } from '../../api/queries';

/*
 * Preparation data hangs under the `applications` key prefix, so that every write here also
 * refetches the board and the diagnosis, which read the same records.
 */
export const prepKeys = {
  stories: [...keys.applications, 'stories'] as const,
  analysis: (applicationId: string) => [...keys.applications, 'analysis', applicationId] as const,
  status: (applicationId: string) => [...keys.applications, 'prep-status', applicationId] as const,
  sheet: (interviewId: string) => [...keys.applications, 'prep', interviewId] as const,
  debrief: (interviewId: string) => [...keys.applications, 'debrief', interviewId] as const,
};

export type NewStory = InferRequestType<typeof api.stories.$post>['json'];
export type StoryEdit = InferRequestType<(typeof api.stories)[':id']['$patch']>['json'];
export type PrepSheetBody = InferRequestType<(typeof api.interviews)[':id']['prep']['$put']>['json'];
export type DebriefBody = InferRequestType<(typeof api.interviews)[':id']['debrief']['$put']>['json'];

function useInvalidateAll() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: keys.applications });
}

/** Every story of the bank, read page after page: the pickers (prep sheet, debrief, references) need them all. */
export function useStories() {
  return useQuery({
    queryKey: prepKeys.stories,
    queryFn: async () => {
      const first = await unwrap(await api.stories.$get({ query: { limit: '500' } }));
      const all = [...first.stories];
      for (let cursor = first.nextCursor; cursor; ) {
        const page = await unwrap(await api.stories.$get({ query: { limit: '500', cursor } }));
        all.push(...page.stories);
        cursor = page.nextCursor;
      }
      return all;
    },
  });
}

/** Stories per "Show more" on the story bank's page. */
export const STORY_PAGE = 50;

/** The story bank a page at a time, for its own page; `fetchNextPage` is "Show more". */
export function useStoryPages() {
  return useInfiniteQuery({
    queryKey: [...prepKeys.stories, 'pages'],
    initialPageParam: '',
    queryFn: async ({ pageParam }) => unwrap(await api.stories.$get({ query: { limit: String(STORY_PAGE), ...(pageParam ? { cursor: pageParam } : {}) } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateStory() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (json: NewStory) => unwrap(await api.stories.$post({ json })), onSuccess: invalidate });
}

export function usePatchStory() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async ({ id, json }: { id: string; json: StoryEdit }) => unwrap(await api.stories[':id'].$patch({ param: { id }, json })), onSuccess: invalidate });
}

export function useDeleteStory() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.stories[':id'].$delete({ param: { id } })), onSuccess: (d) => { invalidate(); offerUndo(d.undo); } });
}

export function useImportStories() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (text: string) => unwrap(await api.stories.import.$post({ json: { text, format: 'auto' } })), onSuccess: invalidate });
}

export function useAnalysis(applicationId: string, enabled = true) {
  return useQuery({
    queryKey: prepKeys.analysis(applicationId),
    queryFn: async () => unwrap(await api.applications[':id'].analysis.$get({ param: { id: applicationId } })),
    enabled,
    retry: false,
  });
}

export function usePrepStatus(applicationId: string) {
  return useQuery({ queryKey: prepKeys.status(applicationId), queryFn: async () => (await unwrap(await api.applications[':id'].prep.$get({ param: { id: applicationId } }))).interviews });
}

export function usePrepSheet(interviewId: string) {
  return useQuery({ queryKey: prepKeys.sheet(interviewId), queryFn: async () => unwrap(await api.interviews[':id'].prep.$get({ param: { id: interviewId } })) });
}

export function useSavePrepSheet(interviewId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (json: PrepSheetBody) => unwrap(await api.interviews[':id'].prep.$put({ param: { id: interviewId }, json })),
    onSuccess: (data) => {
      qc.setQueryData(prepKeys.sheet(interviewId), data);
      void qc.invalidateQueries({ queryKey: keys.applications, predicate: (q) => q.queryKey[2] !== interviewId });
    },
  });
}

export function useDebrief(interviewId: string) {
  return useQuery({ queryKey: prepKeys.debrief(interviewId), queryFn: async () => unwrap(await api.interviews[':id'].debrief.$get({ param: { id: interviewId } })) });
}

export function useSaveDebrief(interviewId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (json: DebriefBody) => unwrap(await api.interviews[':id'].debrief.$put({ param: { id: interviewId }, json })), onSuccess: invalidate });
}
