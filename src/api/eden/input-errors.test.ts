import { describe, expect, it } from 'vitest';
import { fullEdenOrder } from '../../test/eden.test-helpers';
import { countRequests, expectInputIssue } from '../../test/input-error.test-helpers';
import { createEdenOrderOnce } from './order-create-once';
import { cancelEdenOrder, createEdenOrder, listEdenOrders, updateEdenOrder } from './orders';

describe('Eden: bad input is an InputError (field path + translation key), and nothing is sent', () => {
  it('create: every bad field at once, each with its key', async () => {
    const sent = countRequests();
    const error = await expectInputIssue(
      createEdenOrder(fullEdenOrder({ folio: 'x'.repeat(81), patient_birth_date: '2026-02-30' })),
      'folio',
      'validation.tooLong',
      { maximum: 80 },
    );
    expect(error.issuesAt('patient_birth_date')).toEqual([
      { path: 'patient_birth_date', message: 'validation.noSuchDate' },
    ]);
    expect(error).toMatchObject({ vendor: 'eden', endpoint: 'POST /orders/', kind: 'input' });
    await expectInputIssue(
      createEdenOrderOnce(fullEdenOrder({ modality: 'MRI' })),
      'modality',
      'validation.modality',
    );
    expect(sent.count).toBe(0);
  });

  it('update, cancel and list', async () => {
    const sent = countRequests();
    await expectInputIssue(
      updateEdenOrder('x', { appointment_time: '25:00:00' }),
      'appointment_time',
      'validation.time24',
    );
    await expectInputIssue(
      cancelEdenOrder('x', 'weather' as 'other'),
      'cancel_reason',
      'validation.invalidChoice',
    );
    await expectInputIssue(listEdenOrders({}), 'start_date', 'validation.windowRequired');
    await expectInputIssue(
      listEdenOrders({ start_date: '2026-01-01', end_date: '2026-03-01' }),
      'end_date',
      'validation.windowTooLong',
    );
    expect(sent.count).toBe(0);
  });
});
