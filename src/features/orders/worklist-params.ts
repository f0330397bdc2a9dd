import { type EdenListOrdersParams, edenListOrdersParamsSchema, edenStatuses } from '@/api/eden/orders';
import type { InputIssue } from '@/api/errors';
import { localToday } from '@/components/forms/date-text';
import { zodIssues } from '@/components/forms/input-issues';
import { commonImagingModalities } from '@/lib/codes/dicom-modalities';

/** The worklist's view lives in the URL (`?from=…&to=…&modality=CT&modality=MR&status=NEW&patient=…&page=2`). */
export const WORKLIST_PAGE_SIZE = 25;

export interface WorklistView {
  from: string;
  to: string;
  modality: string[];
  status: string[];
  patient: string;
  page: number;
}

/** A week from today, on the user's wall clock (not UTC: late in the evening it is still today here). */
export function defaultWindow(today = new Date()): { from: string; to: string } {
  const end = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 6, 12);
  return { from: localToday(today), to: localToday(end) };
}

export function readWorklistView(params: URLSearchParams, today = new Date()): WorklistView {
  const window = defaultWindow(today);
  const page = Number(params.get('page') ?? '1');
  return {
    from: params.get('from') ?? window.from,
    to: params.get('to') ?? window.to,
    modality: params
      .getAll('modality')
      .filter((m) => (commonImagingModalities as readonly string[]).includes(m)),
    status: params.getAll('status').filter((s) => (edenStatuses as readonly string[]).includes(s)),
    patient: params.get('patient') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeWorklistView(view: WorklistView): URLSearchParams {
  const params = new URLSearchParams();
  params.set('from', view.from);
  params.set('to', view.to);
  for (const m of view.modality) params.append('modality', m);
  for (const s of view.status) params.append('status', s);
  if (view.patient.trim()) params.set('patient', view.patient.trim());
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** The Eden query for a view, or the field problems (translation keys) that stop it from being sent. */
export function toListParams(
  view: WorklistView,
): { ok: true; params: EdenListOrdersParams } | { ok: false; errors: Record<string, InputIssue> } {
  const params = {
    start_date: view.from || undefined,
    end_date: view.to || undefined,
    modality: view.modality.length ? view.modality : undefined,
    status: view.status.length ? view.status : undefined,
    patient_identifier: view.patient.trim() || undefined,
    limit: WORKLIST_PAGE_SIZE,
    offset: (view.page - 1) * WORKLIST_PAGE_SIZE,
  };
  const issues = zodIssues(edenListOrdersParamsSchema, params);
  if (issues.length === 0) return { ok: true, params: params as EdenListOrdersParams };
  const errors: Record<string, InputIssue> = {};
  for (const issue of issues) {
    const key = issue.path.split(/[.[]/)[0] ?? '';
    errors[key] ??= issue;
  }
  return { ok: false, errors };
}

/** The last page of `count` results (at least 1). */
export function lastPage(count: number): number {
  return Math.max(1, Math.ceil(count / WORKLIST_PAGE_SIZE));
}
