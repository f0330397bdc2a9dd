/**
 * How a page offers its search box to the `/` shortcut (src/app/shell/keyboard-shortcuts.ts): spread
 * `searchShortcutTarget` on the input. The shell focuses the first visible one.
 */
export const SEARCH_SHORTCUT_ATTRIBUTE = 'data-shortcut';
export const searchShortcutTarget = { [SEARCH_SHORTCUT_ATTRIBUTE]: 'search' } as const;
export const searchShortcutSelector = `[${SEARCH_SHORTCUT_ATTRIBUTE}="search"]`;
