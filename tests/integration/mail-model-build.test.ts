import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainMailModel } from '../../packages/core/src/mail/model';
import { MODEL_FILE, mailExamples } from '../../scripts/build-mail-model';

describe('the committed mail model', () => {
  it('is what scripts/build-mail-model.ts builds from the labelled splits', () => {
    const built = trainMailModel(mailExamples()).toJson();
    // A mismatch means a split or a label changed after the file was built: run the script.
    expect(built === readFileSync(MODEL_FILE, 'utf8')).toBe(true);
  }, 180_000);
});
