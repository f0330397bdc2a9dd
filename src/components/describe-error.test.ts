import { describe, expect, it } from 'vitest';
import { SessionError } from '@/api/errors';
import { initI18n } from '@/i18n';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('says why a Scan.com session is missing or ended, never "something unexpected"', async () => {
    const i18n = await initI18n('en');
    const t = i18n.t.bind(i18n);
    expect(describeError(t, new SessionError('scan', 'GET /api/v1/body_parts', 'missing'))).toBe(
      'There is no Scan.com session in this tab yet. Start one first.',
    );
    expect(describeError(t, new SessionError('scan', 'POST /api/v1/referrals', 'refused'))).toContain(
      'Scan.com refused to renew the sign-in',
    );
  });
});
