import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { GatewayApiError } from '@/api/gateway/admin';
import { recordGatewayShare } from '@/api/gateway/shares';
import { server } from '../../../mocks/node';
import { gatewayShareRows } from './gateway-share-copy';
import {
  createMemoryShareRegister,
  type ShareEntry,
  type ShareRecord,
  withServerCopy,
} from './share-register';

const ordersByEmail: ShareRecord = {
  id: 'r1',
  sharedAt: '2026-03-10T14:00:00.000Z',
  vendor: 'postdicom',
  kind: 'orders-email',
  target: { type: 'orders', ids: ['o-1', 'o-2'] },
  subjects: [{ patientName: 'Núñez^María', patientId: '14571782', modality: 'CT' }],
  recipients: [
    { kind: 'email', label: 'ana@example.org' },
    { kind: 'password-email', label: 'clave@example.org' },
  ],
  expiresOn: '2026-03-17',
  permissions: { download: false, upload: false, password: 'vendor-emailed' },
  link: null,
};

describe('the gateway’s copy of a share (POST /api/gateway/shares rows)', () => {
  it('one row per recipient, never the password’s address; ids only; the end of the last day in the user’s zone', () => {
    expect(gatewayShareRows(ordersByEmail, 'Europe/Madrid')).toEqual([
      {
        vendor: 'postdicom',
        patientKey: 'postdicom:14571782',
        item: 'orders-email:o-1,o-2',
        kind: 'email',
        recipient: 'ana@example.org',
        // Midnight after Mar 17 in Madrid (UTC+1).
        expiresAt: '2026-03-17T23:00:00.000Z',
      },
    ]);
  });

  it('links carry no recipient; users and groups by name; no expiry, no patient: null', () => {
    const link = gatewayShareRows(
      {
        ...ordersByEmail,
        kind: 'orders-link',
        recipients: [{ kind: 'link', label: '' }],
        subjects: [],
        expiresOn: null,
      },
      'UTC',
    );
    expect(link).toEqual([
      {
        vendor: 'postdicom',
        patientKey: null,
        item: 'orders-link:o-1,o-2',
        kind: 'link',
        recipient: null,
        expiresAt: null,
      },
    ]);
    const groups = gatewayShareRows(
      {
        ...ordersByEmail,
        kind: 'folder-groups',
        target: { type: 'folder', ids: ['f-9'], label: 'Urgencias' },
        recipients: [
          { kind: 'group', label: 'Radiólogos' },
          { kind: 'user', label: 'Dra. Ruiz' },
        ],
      },
      'UTC',
    );
    expect(groups.map((r) => [r.item, r.kind, r.recipient])).toEqual([
      ['folder-groups:f-9', 'account-group', 'Radiólogos'],
      ['folder-groups:f-9', 'account-user', 'Dra. Ruiz'],
    ]);
  });

  it('is sent to the gateway and its answer checked', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post('*/api/gateway/shares', async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ id: 41 }, { status: 201 });
      }),
    );
    const [row] = gatewayShareRows(ordersByEmail, 'Europe/Madrid');
    if (!row) throw new Error('no row');
    expect(await recordGatewayShare(row)).toBe(41);
    expect(sent).toEqual([row]);
    server.use(http.post('*/api/gateway/shares', () => HttpResponse.json({ nope: true }, { status: 201 })));
    await expect(recordGatewayShare(row)).rejects.toBeInstanceOf(GatewayApiError);
  });
});

describe('withServerCopy', () => {
  const entry: ShareEntry = { ...ordersByEmail };

  it('adds to the tab’s register first; a failed copy is reported and changes nothing on screen', async () => {
    const local = createMemoryShareRegister(() => new Date('2026-03-10T14:00:00Z'));
    const copied: ShareRecord[] = [];
    const failed = vi.fn();
    let fail = false;
    const register = withServerCopy(
      local,
      async (record) => {
        if (fail) throw new Error('down');
        copied.push(record);
      },
      failed,
    );
    const first = await register.add(entry);
    await vi.waitFor(() => expect(copied).toEqual([first]));
    fail = true;
    const second = await register.add(entry);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith(second, expect.any(Error)));
    expect(register.list()).toEqual([second, first]);
    register.clear();
    expect(local.list()).toEqual([]);
  });
});
