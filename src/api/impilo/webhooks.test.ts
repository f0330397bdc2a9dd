import { impiloStore } from '@mocks/impilo/store';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '../../test/query-wrapper';
import { InputError } from '../errors';
import { createImpiloPatient } from './patients';
import { useCreateImpiloWebhook, useDeleteImpiloWebhook, useImpiloWebhooks } from './queries';
import { createImpiloWebhook, deleteImpiloWebhook, impiloWebhookTypes, listImpiloWebhooks } from './webhooks';

describe('Impilo webhooks', () => {
  it('creates one of each type, lists and deletes them', async () => {
    for (const type of impiloWebhookTypes)
      await createImpiloWebhook({ type, url: `https://hooks.example.com/impilo/${type}` });
    const listed = await listImpiloWebhooks();
    expect(listed.map((w) => w.type)).toEqual([...impiloWebhookTypes]);
    await deleteImpiloWebhook(listed[0]?.id ?? '');
    expect(await listImpiloWebhooks()).toHaveLength(2);
  });

  it('a patient.created webhook records a delivery', async () => {
    await createImpiloWebhook({ type: 'patient.created', url: 'https://hooks.example.com/p' });
    await createImpiloPatient({ firstName: 'Web', lastName: 'Hook' });
    expect(impiloStore.get().deliveries.map((d) => d.type)).toEqual(['patient.created']);
  });

  it('refuses an unknown type or a non-https URL before sending; 404 on deleting an unknown one', async () => {
    await expect(
      createImpiloWebhook({ type: 'order.created' as never, url: 'https://x.example.com' }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      createImpiloWebhook({ type: 'order.status', url: 'http://x.example.com' }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(deleteImpiloWebhook('missing')).rejects.toMatchObject({ status: 404 });
  });

  it('hooks: create and delete refresh the list', async () => {
    const { wrapper } = createQueryWrapper();
    const list = renderHook(() => useImpiloWebhooks(), { wrapper });
    await waitFor(() => expect(list.result.current.data).toEqual([]));
    const create = renderHook(() => useCreateImpiloWebhook(), { wrapper });
    const created = await create.result.current.mutateAsync({
      type: 'order.status',
      url: 'https://h.example.com',
    });
    await waitFor(() => expect(list.result.current.data).toHaveLength(1));
    const remove = renderHook(() => useDeleteImpiloWebhook(), { wrapper });
    await remove.result.current.mutateAsync(created.id);
    await waitFor(() => expect(list.result.current.data).toEqual([]));
  });
});
