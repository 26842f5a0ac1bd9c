import { Accordion, Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';
import { keys, useSettings } from '../api/queries';

const RATES = [
  { key: 'applied', label: 'Applied → screen or interview' },
  { key: 'screen', label: 'Screen → round 1' },
  { key: 'firstToSecond', label: 'Round 1 → round 2' },
  { key: 'finalToOffer', label: 'Final round → offer' },
] as const;
type RateKey = (typeof RATES)[number]['key'];

/** Let the person set the waiting time and their own typical rates (e.g. figures for their field). */
export function DiagnosisSettings() {
  const qc = useQueryClient();
  const settings = useSettings();
  const [waitingDays, setWaitingDays] = useState<number | string>(21);
  const [rates, setRates] = useState<Partial<Record<RateKey, number | string>>>({});
  useEffect(() => {
    const d = settings.data?.diagnosis;
    if (!d) return;
    if (d.waitingDays) setWaitingDays(d.waitingDays);
    const next: Partial<Record<RateKey, number>> = {};
    for (const r of RATES) {
      const typical = d.baseRates?.[r.key]?.typical;
      if (typical !== undefined) next[r.key] = Math.round(typical * 100);
    }
    setRates(next);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: async () => {
      const baseRates = Object.fromEntries(
        RATES.filter((r) => rates[r.key] !== undefined && rates[r.key] !== '').map((r) => [r.key, { typical: Number(rates[r.key]) / 100 }]),
      );
      return unwrap(await api.settings.$patch({ json: { diagnosis: { ...settings.data?.diagnosis, waitingDays: Number(waitingDays), baseRates } } }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.settings });
      void qc.invalidateQueries({ queryKey: keys.applications });
    },
  });
  return (
    <Accordion variant="contained">
      <Accordion.Item value="settings">
        <Accordion.Control>Adjust: waiting time and typical rates</Accordion.Control>
        <Accordion.Panel>
          <Stack>
            <NumberInput label="Days without news before an application counts as not advanced" min={1} max={365} value={waitingDays} onChange={setWaitingDays} w={360} />
            <Text size="sm">Your own typical rates (percent), if you know better figures for your field. Leave empty for the published averages.</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {RATES.map((r) => (
                <NumberInput key={r.key} label={r.label} suffix="%" min={1} max={99} value={rates[r.key] ?? ''} onChange={(v) => setRates({ ...rates, [r.key]: v })} />
              ))}
            </SimpleGrid>
            {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
            <Group>
              <Button onClick={() => save.mutate()} loading={save.isPending}>Save and recompute</Button>
              {save.isSuccess && <Text size="sm" role="status">Saved.</Text>}
            </Group>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
