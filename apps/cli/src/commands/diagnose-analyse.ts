// The Diagnosis input for listings without a kept analysis, which analyses their texts: imported by
// `diagnose` only then, so its usual run loads none of the listing rules.
export { diagnosisInputFromBackup } from '@secondround/core';
