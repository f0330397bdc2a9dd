import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UrlViewPatch } from '@/components/use-url-view';
import { initI18n, loadNamespaces } from '@/i18n';
import { stubMatchMedia } from '@/test/mantine.test-helpers';
import { defaultFilters, type ResultFilters } from '../result-view';
import { SearchFilters } from './SearchFilters';

beforeAll(async () => {
  stubMatchMedia();
  await initI18n('en');
  await loadNamespaces('patients');
});

describe('SearchFilters', () => {
  it('keeps both of two vendor chips clicked before the page draws the first click, in the vendors’ order', async () => {
    // The URL's filters: each change applies to them, while the chips stay drawn from the old ones.
    let url: ResultFilters = defaultFilters;
    const onChange = (patch: UrlViewPatch<ResultFilters>) => {
      url = { ...url, ...(typeof patch === 'function' ? patch(url) : patch) };
    };
    render(
      <MantineProvider>
        <SearchFilters filters={defaultFilters} modalities={[]} onChange={onChange} />
      </MantineProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByTestId('filter-vendor-scan'));
    await user.click(screen.getByTestId('filter-vendor-eden'));
    expect(url.vendors).toEqual(['eden', 'scan']);
  });
});
