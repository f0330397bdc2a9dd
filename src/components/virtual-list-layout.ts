import { elementScroll, observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/**
 * Options for a virtualized list (@tanstack/react-virtual) that never read layout while React commits.
 *
 * By default the virtualizer reads each new row's height (`offsetHeight`) in its ref callback, and when it
 * mounts reads the scroll box's size and sets its scroll position (to the top it is already at), all during
 * the commit: each of those forces the browser to recalculate style and lay out the rows just inserted,
 * synchronously, inside the commit's task (on the all-orders worklist, 110-160 ms unthrottled in Lighthouse's
 * run). With these options the first render uses the estimates and the `initialRect` the list gives, and the
 * real sizes come from the ResizeObserver the virtualizer already keeps, which reports them after the
 * browser's own layout: a row whose height differs from its estimate is corrected in the next render (the
 * rows flow one after another, so only the spacers' heights move).
 */
export const layoutFreeMeasuring = {
  measureElement<S extends Element, E extends Element>(
    element: E,
    entry: ResizeObserverEntry | undefined,
    instance: Virtualizer<S, E>,
  ): number {
    const box = entry?.borderBoxSize?.[0];
    if (box) return Math.round(instance.options.horizontal ? box.inlineSize : box.blockSize);
    if (entry) {
      const rect = entry.target.getBoundingClientRect(); // after layout (a ResizeObserver callback): no forced layout
      return Math.round(instance.options.horizontal ? rect.width : rect.height);
    }
    const index = instance.indexFromElement(element);
    return (
      instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
    );
  },
  observeElementRect<S extends Element, E extends Element>(
    instance: Virtualizer<S, E>,
    cb: (rect: Rect) => void,
  ): undefined | (() => void) {
    const element = instance.scrollElement;
    const view = instance.targetWindow;
    // Without a ResizeObserver (no browser today), the library's own: it reads the size at once.
    if (!element || !view?.ResizeObserver) return observeElementRect(instance, cb) ?? undefined;
    // A ResizeObserver reports the box's size once observed, after the next layout: no read now.
    const observer = new view.ResizeObserver(() =>
      cb({ width: Math.round(element.clientWidth), height: Math.round(element.clientHeight) }),
    );
    observer.observe(element, { box: 'content-box' });
    return () => observer.disconnect();
  },
  /** Scrolls the box, except to the top while the list is there already (its mount): no write, no layout. */
  scrollToFn<S extends Element, E extends Element>(
    offset: number,
    options: { adjustments?: number; behavior?: ScrollBehavior },
    instance: Virtualizer<S, E>,
  ): void {
    if (offset + (options.adjustments ?? 0) === 0 && (instance.scrollOffset ?? 0) === 0) return;
    elementScroll(offset, options, instance);
  },
};
