import { describe, expect, it } from 'vitest';
import { EDEN_MAX_WINDOW_DAYS } from '@/api/eden/orders';
import { type ScanReferral, scanReferralStatuses } from '@/api/scan/referrals';
import {
  ALL_ORDERS_MAX_WINDOW_DAYS,
  type AllOrdersView,
  allOrdersCsvRows,
  applyAllOrdersView,
  inWindow,
  postDicomRow,
  readAllOrdersView,
  scanRow,
  uniqueRows,
  type WorklistRow,
  writeAllOrdersView,
} from './all-orders-model';

const row = (patch: Partial<WorklistRow>): WorklistRow => ({
  vendor: 'eden',
  key: `eden:${patch.reference ?? 'x'}`,
  href: '/orders/x',
  reference: 'x',
  patient: 'Ana',
  patientId: 'MRN-1',
  what: 'CT',
  status: 'requested',
  vendorStatus: 'NEW',
  date: '2026-03-10T09:00',
  priority: 'NORMAL',
  ...patch,
});

const view = (patch: Partial<AllOrdersView> = {}): AllOrdersView => ({
  vendors: [],
  statuses: [],
  q: '',
  from: '2026-03-03',
  to: '2026-03-17',
  sort: 'date',
  dir: 'desc',
  ...patch,
});

describe('worklist of every vendor', () => {
  it('asks for at most Eden’s window', () => expect(ALL_ORDERS_MAX_WINDOW_DAYS).toBe(EDEN_MAX_WINDOW_DAYS));

  it('the view round-trips through the URL; unknown values fall back to defaults', () => {
    const v = view({
      vendors: ['impilo', 'eden'],
      statuses: ['cancelled'],
      q: 'Núñez',
      sort: 'patient',
      dir: 'asc',
    });
    expect(readAllOrdersView(writeAllOrdersView(v))).toEqual(v);
    const odd = readAllOrdersView(
      new URLSearchParams('vendor=acme&status=lost&sort=nope&dir=up&from=yesterday'),
      new Date(2026, 2, 10, 15),
    );
    expect(odd).toEqual(view({ from: '2026-03-03', to: '2026-03-17' }));
  });

  it('filters by vendor, status and accent-blind text; sorts with ties newest first', () => {
    const rows = [
      row({ reference: 'a', patient: 'José Núñez', date: '2026-03-10T09:00' }),
      row({
        reference: 'b',
        vendor: 'impilo',
        what: 'Vitals kit',
        status: 'in-progress',
        date: '2026-03-11T08:00:00Z',
      }),
      row({ reference: 'c', vendor: 'postdicom', patient: 'Zoe', what: 'MR', date: '2026-03-09' }),
    ];
    expect(applyAllOrdersView(rows, view()).map((r) => r.reference)).toEqual(['b', 'a', 'c']);
    expect(applyAllOrdersView(rows, view({ q: 'nunez' })).map((r) => r.reference)).toEqual(['a']);
    expect(
      applyAllOrdersView(rows, view({ vendors: ['impilo', 'postdicom'] })).map((r) => r.reference),
    ).toEqual(['b', 'c']);
    expect(applyAllOrdersView(rows, view({ statuses: ['in-progress'] })).map((r) => r.reference)).toEqual([
      'b',
    ]);
    expect(applyAllOrdersView(rows, view({ sort: 'what', dir: 'asc' })).map((r) => r.reference)).toEqual([
      'a',
      'c',
      'b',
    ]);
    expect(applyAllOrdersView(rows, view({ sort: 'vendor', dir: 'desc' })).map((r) => r.vendor)).toEqual([
      'postdicom',
      'impilo',
      'eden',
    ]);
  });

  it('windows by the row’s day; PostDICOM rows read the DICOM name and have no status of their own', () => {
    expect(inWindow(row({ date: '2026-03-17T23:00' }), '2026-03-03', '2026-03-17')).toBe(true);
    expect(inWindow(row({ date: '2026-03-18' }), '2026-03-03', '2026-03-17')).toBe(false);
    expect(inWindow(row({ date: '' }), '2026-03-03', '2026-03-17')).toBe(false);
    const pd = postDicomRow({
      PatientOrderUuid: 'u-1',
      PatientOrderInstitutionUuid: 'i-1',
      PatientName: 'GARCÍA LÓPEZ^MARÍA^JOSÉ',
      PatientId: 'P-1',
      OrderModality: 'MR',
      OrderDate: '2026-03-10',
      OrderTime: '09:30',
      ImageCount: 0,
    });
    expect(pd).toMatchObject({
      patient: 'MARÍA JOSÉ GARCÍA LÓPEZ',
      status: 'requested',
      vendorStatus: 'images: 0',
      images: 0,
      date: '2026-03-10T09:30',
      href: '/orders/postdicom/u-1?institution=i-1',
    });
  });

  it('CSV rows: the header, then each row in the view’s order', () => {
    const rows = allOrdersCsvRows(
      [row({ reference: 'a' })],
      ['h1'],
      (v) => v.toUpperCase(),
      (s) => `S:${s}`,
    );
    expect(rows).toEqual([
      ['h1'],
      ['EDEN', 'a', 'Ana', 'MRN-1', 'CT', 'S:requested', 'NEW', '2026-03-10T09:00', 'NORMAL'],
    ]);
  });
});

describe('one row per order', () => {
  it('an order read on two pages is one row: the later read, in the place of the first', () => {
    const first = row({ reference: 'A', status: 'requested' });
    const other = row({ reference: 'B' });
    const again = row({ reference: 'A', status: 'in-progress' });
    const rows = uniqueRows([first, other, again, row({ reference: 'C' })]);
    expect(rows.map((r) => r.key)).toEqual(['eden:A', 'eden:B', 'eden:C']);
    expect(rows[0]?.status).toBe('in-progress');
  });
});

describe('Scan.com rows', () => {
  const referral = (patch: Partial<ScanReferral> = {}): ScanReferral => ({
    id: 42,
    status: 'submitted',
    patient_information: {
      first_name: 'Siân',
      last_name: 'Ó Briain',
      email: 'sian@example.com',
      phone: null,
      date_of_birth: '1980-05-17',
      address_line_1: null,
      address_line_2: null,
      address_city: null,
      address_postcode: 'M1 1AE',
      gender: 'female',
    },
    modality: 'X-Ray',
    body_part_ids: [3],
    referral_information: null,
    imaging_provider_id: null,
    time_slot_ids: [],
    gp_details: null,
    safety_question_answers: [],
    additional_documents: [],
    created_at: '2026-03-10T12:00:00Z',
    updated_at: null,
    ...patch,
  });

  it('reads a referral: id as reference, its page, the name, Scan.com’s modality word, both statuses', () => {
    expect(scanRow(referral())).toEqual({
      vendor: 'scan',
      key: 'scan:42',
      href: '/orders/scan/42',
      reference: '42',
      patient: 'Siân Ó Briain',
      patientId: '',
      what: 'X-Ray',
      status: 'requested',
      vendorStatus: 'submitted',
      date: '2026-03-10T12:00:00Z',
      priority: '',
    });
    expect(scanRow(referral({ modality: null, status: 'confirmed' }))).toMatchObject({
      what: '',
      status: 'in-progress',
      vendorStatus: 'confirmed',
    });
  });

  it('maps every Scan.com status to a console status other than "unknown"', () => {
    for (const status of scanReferralStatuses)
      expect(scanRow(referral({ status })).status, status).not.toBe('unknown');
  });

  it('is filtered by vendor, found by the referral id and in the CSV as Scan.com', () => {
    const rows = [row({ reference: 'E1' }), scanRow(referral())];
    expect(applyAllOrdersView(rows, view({ vendors: ['scan'] })).map((r) => r.key)).toEqual(['scan:42']);
    expect(applyAllOrdersView(rows, view({ q: '42' })).map((r) => r.key)).toEqual(['scan:42']);
    expect(inWindow(scanRow(referral()), '2026-03-09', '2026-03-11')).toBe(true);
    const csv = allOrdersCsvRows(
      applyAllOrdersView(rows, view({ vendors: ['scan'] })),
      ['h'],
      (v) => (v === 'scan' ? 'Scan.com' : v),
      (s) => s,
    );
    expect(csv[1]).toEqual([
      'Scan.com',
      '42',
      'Siân Ó Briain',
      '',
      'X-Ray',
      'requested',
      'submitted',
      '2026-03-10T12:00:00Z',
      '',
    ]);
  });
});
