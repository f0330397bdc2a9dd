// @vitest-environment node
import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it, vi } from 'vitest';
import { layoutFreeMeasuring } from './virtual-list-layout';

/** An element that fails the test if its layout is read. */
const element = {
  get offsetHeight(): number {
    throw new Error('layout read during the commit');
  },
  getBoundingClientRect(): DOMRect {
    throw new Error('layout read during the commit');
  },
} as unknown as Element;

const instance = (sizes: Record<string, number>, scrollOffset = 0) =>
  ({
    options: { horizontal: false, getItemKey: (index: number) => `k${index}`, estimateSize: () => 132 },
    indexFromElement: () => 3,
    itemSizeCache: new Map(Object.entries(sizes)),
    scrollOffset,
  }) as unknown as Virtualizer<Element, Element>;

describe('layoutFreeMeasuring', () => {
  it('takes a new row’s size from the ResizeObserver’s entry, and never reads layout without one', () => {
    const entry = {
      borderBoxSize: [{ blockSize: 140.4, inlineSize: 300 }],
    } as unknown as ResizeObserverEntry;
    expect(layoutFreeMeasuring.measureElement(element, entry, instance({}))).toBe(140);
    // In the commit (no entry): the size measured before, or the estimate.
    expect(layoutFreeMeasuring.measureElement(element, undefined, instance({ k3: 150 }))).toBe(150);
    expect(layoutFreeMeasuring.measureElement(element, undefined, instance({}))).toBe(132);
  });

  it('does not scroll a list to the top it is at (its mount), and scrolls it anywhere else', () => {
    const scrollTo = vi.fn();
    const box = { scrollTo } as unknown as Element;
    const at = (offset: number) =>
      ({ ...instance({}, offset), scrollElement: box }) as Virtualizer<Element, Element>;
    layoutFreeMeasuring.scrollToFn(0, {}, at(0));
    expect(scrollTo).not.toHaveBeenCalled();
    layoutFreeMeasuring.scrollToFn(0, {}, at(400));
    layoutFreeMeasuring.scrollToFn(264, { adjustments: 0 }, at(0));
    expect(scrollTo.mock.calls.map(([options]) => options.top)).toEqual([0, 264]);
  });
});
