import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { NetworkError, SessionError, VendorError } from '@/api/errors';
import { initI18n } from '@/i18n';
import { describeError } from './describe-error';

/** A `t` that shows which key was chosen, with its parameters. */
const t = ((key: string, params?: Record<string, unknown>) =>
  `${key} ${JSON.stringify(params ?? {})}`) as TFunction;

describe('describeError: one sentence of ours for each kind of failure', () => {
  it('a 403 (a role the account lacks) says so, without the vendor’s or the gateway’s wording', () => {
    const refused = new VendorError('solo', 'GET /qapi/v1/reports/csv-data-dump', 403, 'HTTP 403');
    expect(describeError(t, refused)).toBe('errors.forbidden {"vendor":"Teladoc Health Solo"}');
  });

  it('a 404 says there is no such record; other statuses keep the vendor’s words after ours', () => {
    expect(
      describeError(t, new VendorError('impilo', 'GET /api/v3/order/x', 404, 'Order not found')),
    ).toMatch(/^errors\.notFound /);
    expect(describeError(t, new VendorError('eden', 'POST /orders/', 500, 'boom'))).toMatch(
      /^errors\.vendor .*"status":500.*"message":"boom"/,
    );
    expect(describeError(t, new NetworkError('eden', 'GET /orders/'))).toMatch(/^errors\.network /);
    expect(describeError(t, new Error('anything'))).toBe('errors.unknown {}');
  });

  it('says why a Scan.com session is missing or ended, never "something unexpected"', async () => {
    const i18n = await initI18n('en');
    const translate = i18n.t.bind(i18n);
    expect(describeError(translate, new SessionError('scan', 'GET /api/v1/body_parts', 'missing'))).toBe(
      'There is no Scan.com session in this tab yet. Start one first.',
    );
    expect(describeError(translate, new SessionError('scan', 'POST /api/v1/referrals', 'refused'))).toContain(
      'Scan.com refused to renew the sign-in',
    );
  });
});
