import { describe, expect, it } from 'vitest';
import { patchFields } from './url-view-patch';

describe('patchFields', () => {
  it('takes a patch as it is, and a function of the current view applied to it', () => {
    const current = { modality: ['CT'], page: 3 };
    expect(patchFields({ page: 1 }, current)).toEqual({ page: 1 });
    expect(patchFields((now: typeof current) => ({ modality: [...now.modality, 'MR'] }), current)).toEqual({
      modality: ['CT', 'MR'],
    });
  });
});
