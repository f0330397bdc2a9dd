import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, loadNamespaces } from '@/i18n';
import type { ScanBlockCheck } from '@/lib/scheduling/scan-blocks';
import { stubMatchMedia } from '@/test/mantine.test-helpers';
import { ScanBlockPicker } from './ScanBlockPicker';

beforeAll(async () => {
  stubMatchMedia();
  await initI18n('en');
  await loadNamespaces('schedule');
});

const wrap = ({ children }: { children: ReactNode }) => <MantineProvider>{children}</MantineProvider>;

// Two X-ray slots of one block each, back to back, then one an hour later (London, in summer).
const slots = [
  { ids: [16523], start_time: '2026-06-10T09:00:00.000+01:00', end_time: '2026-06-10T09:15:00.000+01:00' },
  { ids: [16539], start_time: '2026-06-10T09:15:00.000+01:00', end_time: '2026-06-10T09:30:00.000+01:00' },
  { ids: [16571], start_time: '2026-06-10T10:30:00.000+01:00', end_time: '2026-06-10T10:45:00.000+01:00' },
];

function Harness({ onCheck }: { onCheck: (ids: number[], check: ScanBlockCheck) => void }) {
  const [value, setValue] = useState<number[]>([]);
  return (
    <ScanBlockPicker
      slots={slots}
      value={value}
      timeZone="Europe/London"
      onChange={(ids, check) => {
        setValue(ids);
        onCheck(ids, check);
      }}
    />
  );
}

describe('ScanBlockPicker', () => {
  it('takes two consecutive blocks and gives their ids out in time order', async () => {
    const seen: { ids: number[]; check: ScanBlockCheck }[] = [];
    render(<Harness onCheck={(ids, check) => seen.push({ ids, check })} />, { wrapper: wrap });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^09:15 AM GMT\+1/ }));
    await user.click(screen.getByRole('button', { name: /^09:00 AM GMT\+1/ }));
    const last = seen.at(-1);
    expect(last?.check).toMatchObject({ ok: true, ids: [16523, 16539] });
    expect(screen.getByTestId('scan-block-summary')).toHaveTextContent(
      'Chosen: 09:00 AM GMT+1 to 09:30 AM GMT+1 (2 blocks, 30 min)',
    );
    expect(screen.getByRole('button', { name: /^09:00 AM GMT\+1/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('refuses blocks that are not consecutive and says why', async () => {
    const seen: ScanBlockCheck[] = [];
    render(<Harness onCheck={(_ids, check) => seen.push(check)} />, { wrapper: wrap });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^09:00 AM GMT\+1/ }));
    await user.click(screen.getByRole('button', { name: /^10:30 AM GMT\+1/ }));
    expect(seen.at(-1)).toMatchObject({ ok: false, refusal: { reason: 'not-consecutive', gapMinutes: 75 } });
    expect(screen.getByTestId('scan-block-refusal')).toHaveTextContent(
      'These blocks are not consecutive: 75 minutes lie between the block at 09:00 AM GMT+1 and the one at 10:30 AM GMT+1.',
    );
    expect(screen.queryByTestId('scan-block-summary')).toBeNull();
  });

  it('moves between blocks with the arrow keys and toggles with Space', async () => {
    render(<Harness onCheck={() => undefined} />, { wrapper: wrap });
    const user = userEvent.setup();
    const group = screen.getByRole('group');
    const [first, second] = within(group).getAllByRole('button');
    first?.focus();
    await user.keyboard('{ArrowRight}');
    expect(second).toHaveFocus();
    await user.keyboard(' ');
    expect(second).toHaveAttribute('aria-pressed', 'true');
  });
});
