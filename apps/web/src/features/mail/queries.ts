import type { ImapPatch, MailSchedule, MailSchedulePatch, MailSyncStatus } from '@secondround/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const IMAP_KEY = ['settings', 'imap'] as const;
export const SYNC_KEY = ['mail-sync'] as const;
export const SCHEDULE_KEY = ['mail-sync', 'schedule'] as const;

export function useImapSettings() {
  return useQuery({ queryKey: IMAP_KEY, queryFn: async () => (await unwrap(await api.settings.imap.$get())).imap });
}

export function useSaveImap() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async (json: ImapPatch) => unwrap(await api.settings.imap.$patch({ json })), onSuccess: (imap) => qc.setQueryData(IMAP_KEY, imap) });
}

export function useRemoveImap() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.settings.imap.$delete()),
    onSuccess: () => {
      qc.setQueryData(IMAP_KEY, null);
      // Removing the account turns its periodic check off too.
      void qc.invalidateQueries({ queryKey: SCHEDULE_KEY });
    },
  });
}

/** The sync's state, read again every second and a half while a run is queued or running. */
export function useSyncStatus() {
  return useQuery({
    queryKey: SYNC_KEY,
    queryFn: async (): Promise<MailSyncStatus> => unwrap(await api.mail.sync.$get()),
    refetchInterval: (q) => (q.state.data?.isRunning ? 1_500 : false),
  });
}

export function useStartSync() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async () => unwrap(await api.mail.sync.$post({ json: {} })), onSuccess: (status) => qc.setQueryData(SYNC_KEY, status) });
}

/** "Check for new mail every N hours": off (null) or the period, and when the next check is due. */
export function useMailSchedule() {
  return useQuery({ queryKey: SCHEDULE_KEY, queryFn: async (): Promise<MailSchedule> => unwrap(await api.mail.sync.schedule.$get()) });
}

export function useSaveMailSchedule() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async (json: MailSchedulePatch) => unwrap(await api.mail.sync.schedule.$put({ json })), onSuccess: (s) => qc.setQueryData(SCHEDULE_KEY, s) });
}
