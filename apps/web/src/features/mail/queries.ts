import type { ImapPatch, MailSyncStatus } from '@secondround/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const IMAP_KEY = ['settings', 'imap'] as const;
export const SYNC_KEY = ['mail-sync'] as const;

export function useImapSettings() {
  return useQuery({ queryKey: IMAP_KEY, queryFn: async () => (await unwrap(await api.settings.imap.$get())).imap });
}

export function useSaveImap() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async (json: ImapPatch) => unwrap(await api.settings.imap.$patch({ json })), onSuccess: (imap) => qc.setQueryData(IMAP_KEY, imap) });
}

export function useRemoveImap() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async () => unwrap(await api.settings.imap.$delete()), onSuccess: () => qc.setQueryData(IMAP_KEY, null) });
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
