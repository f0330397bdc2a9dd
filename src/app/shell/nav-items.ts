import {
  IconCalendarTime,
  IconClipboardList,
  IconSettings,
  IconShare,
  IconUpload,
  IconUsers,
} from '@tabler/icons-react';

/** The areas of the console; `key` is the letter of its `g` shortcut (`g o` → Orders). */
export const navItems = [
  { to: '/patients', labelKey: 'nav.patients', icon: IconUsers, key: 'p' },
  { to: '/orders', labelKey: 'nav.orders', icon: IconClipboardList, key: 'o' },
  { to: '/schedule', labelKey: 'nav.schedule', icon: IconCalendarTime, key: 's' },
  { to: '/uploads', labelKey: 'nav.uploads', icon: IconUpload, key: 'u' },
  { to: '/sharing', labelKey: 'nav.sharing', icon: IconShare, key: 'h' },
  { to: '/admin', labelKey: 'nav.admin', icon: IconSettings, key: 'a' },
] as const;

export type NavItem = (typeof navItems)[number];
