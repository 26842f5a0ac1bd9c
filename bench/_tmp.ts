import { openStore, LOCAL_OWNER_ID } from '@secondround/store';
import { diagnosisInputFromBackup, diagnose } from '@secondround/core';
import { prepDiagnosisParts } from '../packages/core/src/prep/diagnosis';
import { followupDiagnosisParts } from '../packages/core/src/followup/diagnosis';
import { cultureFitByApplication } from '../packages/core/src/profile/diagnosis';
import { materialsByApplication } from '../packages/core/src/materials/diagnosis';
import { socialAuditStateFromBackup } from '../packages/core/src/social/audit';
const store = await openStore({ file: process.argv[2]! });
const backup = await store.backup.export(LOCAL_OWNER_ID);
const saved = await store.settings.get(LOCAL_OWNER_ID);
await store.close();
for (let k = 0; k < 3; k++) {
  const t = (label: string, f: () => unknown) => { const t0 = performance.now(); const r = f(); console.log(`  ${label} ${(performance.now() - t0).toFixed(0)} ms`); return r; };
  console.log('pass', k);
  t('prep', () => prepDiagnosisParts(backup));
  t('followup', () => followupDiagnosisParts(backup));
  t('culture', () => cultureFitByApplication(backup));
  t('materials', () => materialsByApplication(backup));
  t('social', () => socialAuditStateFromBackup(backup));
  const input = t('input', () => diagnosisInputFromBackup(backup)) as any;
  t('diagnose', () => diagnose(input, { now: new Date(), settings: saved.diagnosis }));
}
