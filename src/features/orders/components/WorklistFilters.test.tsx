import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UrlViewPatch } from '@/components/use-url-view';
import { initI18n, loadNamespaces } from '@/i18n';
import { stubMatchMedia } from '@/test/mantine.test-helpers';
import type { WorklistView } from '../worklist-params';
import { WorklistFilters } from './WorklistFilters';

beforeAll(async () => {
  stubMatchMedia();
  await initI18n('en');
  await loadNamespaces('orders');
});

const drawn: WorklistView = {
  from: '2026-03-01',
  to: '2026-03-31',
  modality: [],
  status: [],
  patient: '',
  page: 1,
};

describe('WorklistFilters', () => {
  it('keeps both of two chips clicked before the page draws the first click (the first was written back)', async () => {
    // The URL's view, as `useUrlView` holds it: each change applies to it, while the filters stay drawn
    // from the old view (a navigation renders in a transition, late on a busy machine).
    let url = drawn;
    const onChange = (patch: UrlViewPatch<WorklistView>) => {
      url = { ...url, ...(typeof patch === 'function' ? patch(url) : patch) };
    };
    render(
      <MantineProvider>
        <WorklistFilters view={drawn} errors={{}} onChange={onChange} onClear={() => undefined} />
      </MantineProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'CT' }));
    await user.click(screen.getByRole('checkbox', { name: 'MR' }));
    await user.click(screen.getByRole('checkbox', { name: 'New' }));
    await user.click(screen.getByRole('checkbox', { name: 'Cancelled' }));
    expect(url.modality).toEqual(['CT', 'MR']);
    expect(url.status).toEqual(['NEW', 'CANCELLED']);
    expect(url.page).toBe(1);
  });
});
