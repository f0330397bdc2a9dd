/**
 * Mantine reads the colour scheme and breakpoints through `matchMedia`, which jsdom lacks: a stand-in that
 * matches no query (light scheme, widest layout). Call it in `beforeAll` of a test that renders Mantine.
 */
export function stubMatchMedia(): void {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}
