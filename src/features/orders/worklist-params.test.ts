import { describe, expect, it } from 'vitest';
import {
  defaultWindow,
  lastPage,
  readWorklistView,
  toListParams,
  writeWorklistView,
} from './worklist-params';

describe('worklist URL state', () => {
  // Local wall-clock time: the default window starts on the user's today, whatever the zone.
  const today = new Date(2026, 10, 21, 10);

  it('defaults to a week from today', () => {
    expect(readWorklistView(new URLSearchParams(), today)).toEqual({
      from: '2026-11-21',
      to: '2026-11-27',
      modality: [],
      status: [],
      patient: '',
      page: 1,
    });
  });

  it('round-trips every filter through the URL, so a link reproduces the view', () => {
    const view = {
      from: '2026-11-01',
      to: '2026-11-30',
      modality: ['CT', 'MR'],
      status: ['NEW'],
      patient: 'MRN-1',
      page: 3,
    };
    const url = writeWorklistView(view).toString();
    expect(url).toBe('from=2026-11-01&to=2026-11-30&modality=CT&modality=MR&status=NEW&patient=MRN-1&page=3');
    expect(readWorklistView(new URLSearchParams(url), today)).toEqual(view);
  });

  it('ignores unknown modalities, statuses and bad pages from a hand-edited link', () => {
    const view = readWorklistView(new URLSearchParams('modality=XX&status=LOST&page=-2'), today);
    expect(view.modality).toEqual([]);
    expect(view.status).toEqual([]);
    expect(view.page).toBe(1);
  });

  it('turns a view into Eden list params with the page offset', () => {
    const result = toListParams({
      from: '2026-11-01',
      to: '2026-11-30',
      modality: ['CT'],
      status: [],
      patient: '',
      page: 2,
    });
    expect(result).toEqual({
      ok: true,
      params: { start_date: '2026-11-01', end_date: '2026-11-30', modality: ['CT'], limit: 25, offset: 25 },
    });
  });

  it('refuses a window longer than a month, next to the end date', () => {
    const result = toListParams({
      from: '2026-01-01',
      to: '2026-03-01',
      modality: [],
      status: [],
      patient: '',
      page: 1,
    });
    expect(result).toEqual({
      ok: false,
      errors: { end_date: { path: 'end_date', message: 'validation.windowTooLong' } },
    });
  });

  it('starts the default window on the local day, late in the evening too', () => {
    expect(defaultWindow(new Date(2026, 11, 31, 23, 30))).toEqual({ from: '2026-12-31', to: '2027-01-06' });
  });

  it('knows the last page of a count', () => {
    expect(lastPage(0)).toBe(1);
    expect(lastPage(25)).toBe(1);
    expect(lastPage(26)).toBe(2);
  });
});
