import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeidentifyChange } from '@/lib/dicom/deidentify';
import classes from '../components/SimpleTable.module.css';
import { formatDicomDate } from '../format';

/** Before / after of every tag the de-identification changes in one file. */
export function PreviewTable({ path, changes }: { path: string; changes: DeidentifyChange[] }) {
  const { t, i18n } = useTranslation('uploads');
  // Dates (YYYYMMDD on the wire) are shown as people read them, so a moved date is seen to move.
  const shown = (change: DeidentifyChange, value: string) =>
    change.keyword.endsWith('Date') ? formatDicomDate(value, i18n.language) : value;
  return (
    <>
      <Text size="sm" fw={600}>
        {t('deidentify.previewOf', { path })}
      </Text>
      {/* Narrow screens: one block per change. */}
      <Stack gap={6} hiddenFrom="sm" data-testid="deidentify-preview-list">
        {changes.map((change) => (
          <Box key={change.path} className={classes.card}>
            <Text size="sm" fw={600}>
              {change.keyword} · {t(`deidentify.actions.${change.action}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {change.path}
            </Text>
            <Text size="sm" className={classes.wrap}>
              {t('deidentify.before')}: {shown(change, change.before) || '—'}
            </Text>
            <Text size="sm" className={classes.wrap}>
              {t('deidentify.after')}: {shown(change, change.after) || '—'}
            </Text>
          </Box>
        ))}
      </Stack>
      <Box
        component="section"
        visibleFrom="sm"
        className={classes.scroll}
        // A scrollable region must be reachable by keyboard.
        tabIndex={0}
        aria-label={t('deidentify.previewOf', { path })}
      >
        <table className={classes.table} data-testid="deidentify-preview-table">
          <thead>
            <tr>
              <th scope="col">{t('deidentify.attribute')}</th>
              <th scope="col">{t('deidentify.before')}</th>
              <th scope="col">{t('deidentify.after')}</th>
              <th scope="col">{t('deidentify.action')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.path}>
                <td>
                  <Text size="sm">{change.keyword}</Text>
                  <Text size="xs" c="dimmed">
                    {change.path}
                  </Text>
                </td>
                <td className={classes.wrap}>{shown(change, change.before)}</td>
                <td className={classes.wrap}>{shown(change, change.after)}</td>
                <td>{t(`deidentify.actions.${change.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
    </>
  );
}
