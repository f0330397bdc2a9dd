import type { Page } from '@playwright/test';

/**
 * Waits until nothing on the page is animating (CSS transitions and animations, Web Animations). Axe reads
 * colours as they are drawn: a toast that is still fading in has a lower contrast than the one the user
 * reads, and on a busy machine the fade lasts long enough for axe to catch it. Infinite animations
 * (spinners, skeleton shimmer) never finish and are not waited for.
 */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => {
      if (animation.playState !== 'running') return true;
      const timing = animation.effect?.getComputedTiming();
      return timing?.endTime === Number.POSITIVE_INFINITY || timing?.iterations === Number.POSITIVE_INFINITY;
    }),
  );
}
