import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/shared.js';

test('corpus/sco-summit-2024.txt is the reference article byte for byte', () => {
  const bytes = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'));
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(
    '2000e97cd791a6b79e9e1a970048cec99ae7eae0fbf6c652e4154435708a391b',
  );
});
