import {
  IconCalendarTime,
  IconClipboardList,
  IconSettings,
  IconShare,
  IconUpload,
  IconUsers,
} from '@tabler/icons-react';

export const navItems = [
  { to: '/patients', labelKey: 'nav.patients', icon: IconUsers },
  { to: '/orders', labelKey: 'nav.orders', icon: IconClipboardList },
  { to: '/schedule', labelKey: 'nav.schedule', icon: IconCalendarTime },
  { to: '/uploads', labelKey: 'nav.uploads', icon: IconUpload },
  { to: '/sharing', labelKey: 'nav.sharing', icon: IconShare },
  { to: '/admin', labelKey: 'nav.admin', icon: IconSettings },
] as const;
