import { describe, expect, it } from 'vitest';
import { countRequests, expectInputIssue } from '../../test/input-error.test-helpers';
import { createImpiloOrder } from './orders';
import { createImpiloPatient, getImpiloPatient, listImpiloPatients } from './patients';
import { createImpiloWebhook } from './webhooks';

describe('Impilo: bad input is an InputError (field path + translation key), and nothing is sent', () => {
  it('patients, orders and webhooks', async () => {
    const sent = countRequests();
    await expectInputIssue(
      createImpiloPatient({ firstName: 'Ana', lastName: '' }),
      'lastName',
      'validation.required',
    );
    await expectInputIssue(
      createImpiloPatient({ firstName: 'Ana', lastName: 'Ruiz', dateOfBirth: '1990-02-30' }),
      'dateOfBirth',
      'validation.noSuchDate',
    );
    await expectInputIssue(listImpiloPatients({ size: 251 }), 'size', 'validation.tooBig', { maximum: 250 });
    await expectInputIssue(
      listImpiloPatients({ dateOfBirthMin: '2000-01-02', dateOfBirthMax: '2000-01-01' }),
      'dateOfBirthMax',
      'validation.windowReversed',
    );
    await expectInputIssue(getImpiloPatient(''), 'patientId', 'validation.required');
    await expectInputIssue(
      createImpiloOrder({ orderItems: [{ id: 'i' }] }),
      'patient',
      'validation.patientOrSite',
    );
    await expectInputIssue(createImpiloOrder({ patient: { id: 'p' } }), 'orderItems', 'validation.itemOrKit');
    await expectInputIssue(
      createImpiloWebhook({ type: 'order.status', url: 'http://example.com/hook' }),
      'url',
      'validation.httpsUrl',
    );
    expect(sent.count).toBe(0);
  });
});
