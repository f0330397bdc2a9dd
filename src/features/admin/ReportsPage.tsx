import {
  Alert,
  Button,
  Group,
  Paper,
  PasswordInput,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCreateSoloEncounterReport,
  useDownloadSoloCsvDataDump,
  useDownloadSoloEncounterReport,
  useSoloEncounterReportStatus,
} from '@/api/solo/integration-queries';
import { toSoloAtom } from '@/api/solo/reports';
import { ErrorAlert } from '@/components/ErrorAlert';
import { AdminShell } from './components/AdminShell';
import { DayInput } from './components/DayInput';
import { useNotify } from './components/use-notify';
import { saveFile } from './format';

type Range = { from: string | null; to: string | null };
type RangeProblem = { from?: 'reports.required'; to?: 'reports.required' | 'reports.rangeInvalid' };

function checkRange(range: Range): RangeProblem {
  const problem: RangeProblem = {};
  if (!range.from) problem.from = 'reports.required';
  if (!range.to) problem.to = 'reports.required';
  else if (range.from && range.to < range.from) problem.to = 'reports.rangeInvalid';
  return problem;
}

function RangeInputs({
  range,
  onChange,
  problem,
  idPrefix,
}: {
  range: Range;
  onChange: (r: Range) => void;
  problem: RangeProblem;
  idPrefix: string;
}) {
  const { t } = useTranslation('admin');
  return (
    <Group align="flex-start" wrap="wrap">
      <DayInput
        w={180}
        id={`${idPrefix}-from`}
        label={t('reports.from')}
        value={range.from}
        onChange={(from) => onChange({ ...range, from })}
        error={problem.from ? t(problem.from) : undefined}
        required
      />
      <DayInput
        w={180}
        id={`${idPrefix}-to`}
        label={t('reports.to')}
        value={range.to}
        onChange={(to) => onChange({ ...range, to })}
        error={problem.to ? t(problem.to) : undefined}
        required
      />
    </Group>
  );
}

/** Solo's CSV data dump for a date range, and encounter reports: create → status polled → download. */
export default function ReportsPage() {
  const { t } = useTranslation('admin');
  const [csvRange, setCsvRange] = useState<Range>({ from: null, to: null });
  const [csvProblem, setCsvProblem] = useState<RangeProblem>({});
  const csv = useDownloadSoloCsvDataDump();
  const notify = useNotify();
  const [reportRange, setReportRange] = useState<Range>({ from: null, to: null });
  const [reportProblem, setReportProblem] = useState<RangeProblem>({});
  const [presetId, setPresetId] = useState('');
  const [password, setPassword] = useState('');
  const [fieldProblem, setFieldProblem] = useState<{ preset?: boolean; password?: boolean }>({});
  const create = useCreateSoloEncounterReport();
  const reportId = create.data?.id ?? '';
  const status = useSoloEncounterReportStatus(reportId);
  const download = useDownloadSoloEncounterReport();
  const state = status.data?.status ?? (create.isPending ? 'pending' : null);

  const downloadCsv = () => {
    const problem = checkRange(csvRange);
    setCsvProblem(problem);
    if (problem.from || problem.to) return;
    csv.mutate(
      { from: (csvRange.from as string).slice(0, 10), to: (csvRange.to as string).slice(0, 10) },
      {
        onSuccess: (file) => {
          const name = file.fileName ?? `solo-data-${csvRange.from}-${csvRange.to}.csv`;
          saveFile(file.blob, name);
          notify(t('reports.downloaded', { name }));
        },
      },
    );
  };

  const createReport = () => {
    const problem = checkRange(reportRange);
    const fields = { preset: !presetId.trim(), password: !password };
    setReportProblem(problem);
    setFieldProblem(fields);
    if (problem.from || problem.to || fields.preset || fields.password) return;
    const from = new Date(`${(reportRange.from as string).slice(0, 10)}T00:00:00Z`);
    const to = new Date(`${(reportRange.to as string).slice(0, 10)}T23:59:59Z`);
    create.mutate({ from: toSoloAtom(from), to: toSoloAtom(to), presetId: presetId.trim(), password });
  };

  return (
    <AdminShell section="reports">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>{t('reports.csvTitle')}</Title>
          <Text size="sm">{t('reports.csvBody')}</Text>
          <RangeInputs idPrefix="csv" range={csvRange} onChange={setCsvRange} problem={csvProblem} />
          <Group>
            <Button onClick={downloadCsv} loading={csv.isPending} data-testid="csv-download">
              {t('reports.download')}
            </Button>
          </Group>
          {csv.isError && <ErrorAlert error={csv.error} title={t('reports.failed')} />}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>{t('reports.encounterTitle')}</Title>
          <Text size="sm">{t('reports.encounterBody')}</Text>
          <RangeInputs
            idPrefix="report"
            range={reportRange}
            onChange={setReportRange}
            problem={reportProblem}
          />
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label={t('reports.preset')}
              value={presetId}
              onChange={(e) => setPresetId(e.currentTarget.value)}
              error={fieldProblem.preset ? t('reports.required') : undefined}
              required
            />
            <PasswordInput
              label={t('reports.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldProblem.password ? t('reports.required') : undefined}
              autoComplete="new-password"
              required
            />
          </Group>
          <Group>
            <Button onClick={createReport} loading={create.isPending} data-testid="report-create">
              {t('reports.create')}
            </Button>
          </Group>
          {create.isError && <ErrorAlert error={create.error} title={t('reports.failed')} />}
          {state && (
            <Stack gap={4} data-testid="report-status">
              <Text size="sm" aria-live="polite">
                {t('reports.status', { status: t(`reports.statuses.${state}`) })}
              </Text>
              <Progress
                value={state === 'pending' ? 50 : 100}
                animated={state === 'pending'}
                color={state === 'failed' ? 'red' : undefined}
                aria-label={t(`reports.statuses.${state}`)}
              />
            </Stack>
          )}
          {status.isError && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
          {state === 'failed' && <Alert color="red">{t('reports.failed')}</Alert>}
          {state === 'completed' && (
            <Group>
              <Button
                variant="light"
                loading={download.isPending}
                data-testid="report-download"
                onClick={() =>
                  download.mutate(reportId, {
                    onSuccess: (file) => {
                      const name = file.fileName ?? `encounter-report-${reportId}.zip`;
                      saveFile(file.blob, name);
                      notify(t('reports.downloaded', { name }));
                    },
                  })
                }
              >
                {t('reports.downloadReport')}
              </Button>
            </Group>
          )}
          {download.isError && <ErrorAlert error={download.error} />}
        </Stack>
      </Paper>
    </AdminShell>
  );
}
