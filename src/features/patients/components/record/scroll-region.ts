/**
 * A table's horizontal scroll area on a phone: reachable by keyboard (a scrollable region with nothing
 * focusable inside cannot be scrolled without a mouse), and named for screen readers.
 */
export function scrollRegion(label: string) {
  return { viewportProps: { tabIndex: 0, role: 'group', 'aria-label': label } };
}
