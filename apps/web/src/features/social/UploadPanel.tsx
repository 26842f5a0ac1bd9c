import { Alert, Button, Card, FileButton, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { keys } from '../../api/queries';
import type { SocialUploadResult } from './queries';
import { uploadExport, UploadError, type UploadProgress } from './upload';

const PLATFORM_NAMES: Record<string, string> = { x: 'X (Twitter)', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', reddit: 'Reddit' };

export function platformName(p: string | null | undefined): string {
  return p ? (PLATFORM_NAMES[p] ?? p) : 'unknown platform';
}

/** Choose an export, watch it upload (to this app only) and scan, then see what was found. */
export function UploadPanel() {
  const qc = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [result, setResult] = useState<SocialUploadResult | null>(null);
  const [error, setError] = useState<UploadError | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function onFile(file: File | null) {
    if (!file) return;
    setFileName(file.name);
    setResult(null);
    setError(null);
    setProgress({ phase: 'uploading', fraction: 0 });
    abort.current = new AbortController();
    try {
      const r = await uploadExport(file, setProgress, abort.current.signal);
      setResult(r);
    } catch (e) {
      setError(e instanceof UploadError ? e : new UploadError(0, 'UNKNOWN', (e as Error).message));
    } finally {
      setProgress(null);
      abort.current = null;
      await qc.invalidateQueries({ queryKey: keys.applications });
    }
  }

  const busy = progress !== null;
  const percent = progress?.fraction == null ? 100 : Math.round(progress.fraction * 100);
  const label = progress ? (progress.phase === 'uploading' ? `Uploading ${fileName} to this app: ${percent}%` : progress.fraction == null ? `Reading ${fileName}…` : progress.platform ? `Scanning ${platformName(progress.platform)} export: ${percent}%` : `Scanning ${fileName}: ${percent}%`) : '';
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">Scan an export</Title>
        <Text size="sm">
          Download your data from the platform (X: Settings → Your account → Download an archive; LinkedIn: Settings → Data privacy → Get a copy of your data; Facebook and Instagram: Accounts Center → Download your information, as JSON; Reddit: Settings → Request your data), then choose the .zip here, or one file of it such as <code>tweets.js</code> or <code>Shares.csv</code>. Photos and videos in the archive are skipped unread.
        </Text>
        <Group>
          <FileButton onChange={(f) => void onFile(f)} accept=".zip,.js,.json,.csv,application/zip">
            {(props) => (
              <Button {...props} loading={busy} aria-describedby="social-privacy">
                Choose an export…
              </Button>
            )}
          </FileButton>
          {busy && progress?.phase === 'uploading' && (
            <Button variant="subtle" color="gray" onClick={() => abort.current?.abort()}>
              Cancel
            </Button>
          )}
        </Group>
        {busy && (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">{label}</Text>
            <Progress value={percent} animated={progress?.fraction == null} size="lg" aria-label={label} data-testid="upload-progress" />
          </Stack>
        )}
        {error && (
          <Alert color="red" role="alert" title={`Not scanned (${error.code})`}>
            {error.message}. Your earlier findings are kept as they were.
          </Alert>
        )}
        {result && (
          <Alert color={result.findingsCount > 0 ? 'orange' : 'teal'} role="status" title={`${platformName(result.audit.platform)}: ${result.items} items read, ${result.findingsCount} finding${result.findingsCount === 1 ? '' : 's'}`}>
            <List size="sm">
              {result.carriedMarks > 0 && <List.Item>{result.carriedMarks} finding{result.carriedMarks === 1 ? '' : 's'} you had already dealt with kept that mark.</List.Item>}
              {result.truncated && <List.Item>Only the first 5,000 findings are listed; clean those up and scan again.</List.Item>}
              <List.Item>This export replaced the findings of your last {platformName(result.audit.platform)} export.</List.Item>
            </List>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
