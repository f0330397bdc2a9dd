import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '@/i18n';
import { lazyPage } from './lazy-page';

beforeAll(async () => {
  await initI18n('en');
});

function Page() {
  const [text, setText] = useState('');
  return <input aria-label="Typed" value={text} onChange={(event) => setText(event.target.value)} />;
}

const host = (Lazy: ReturnType<typeof lazyPage>) => (
  <Suspense fallback={<p>Loading</p>}>
    <Lazy />
  </Suspense>
);

describe('lazyPage', () => {
  it('renders a preloaded page in the first render, with no fallback before it', async () => {
    const Lazy = lazyPage(async () => ({ default: Page }));
    await Lazy.preload();
    render(host(Lazy));
    // Synchronously there: not through React.lazy, which would show the fallback first.
    expect(screen.queryByText('Loading')).toBeNull();
    expect(screen.getByLabelText('Typed')).toBeTruthy();
  });

  it('keeps a page shown through the fallback mounted once it has loaded (nothing typed is lost)', async () => {
    let resolve!: (page: { default: typeof Page }) => void;
    const Lazy = lazyPage(() => new Promise((done) => (resolve = done)));
    const view = render(host(Lazy));
    expect(screen.getByText('Loading')).toBeTruthy();
    await act(async () => resolve({ default: Page }));
    const input = (await screen.findByLabelText('Typed')) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Ana' } });
    expect(input.value).toBe('Ana');
    // A later render of the same place (the page is loaded by now) must not swap it for a new one.
    view.rerender(host(Lazy));
    expect((screen.getByLabelText('Typed') as HTMLInputElement).value).toBe('Ana');
    expect(screen.getByLabelText('Typed')).toBe(input);
  });
});
