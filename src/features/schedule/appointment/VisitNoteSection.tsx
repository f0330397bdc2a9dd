import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSoloVisitNote, useUpdateSoloVisitNote } from '@/api/solo/queries';
import type { SoloVisitNote } from '@/api/solo/visit-notes';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ZonedTime } from '@/components/scheduling/ZonedTime';
import { useFormDraft } from '@/components/use-form-draft';
import {
  isVisitNoteAnswers,
  toVisitNoteUpdate,
  type VisitNoteAnswers,
  visitNoteQuestions,
} from './visit-note-model';

function NoteForm({
  appointmentId,
  note,
  timeZone,
}: {
  appointmentId: number;
  note: SoloVisitNote;
  timeZone: string;
}) {
  const { t } = useTranslation('schedule');
  const questions = useMemo(() => visitNoteQuestions(note), [note]);
  const defaults = useMemo(
    () => Object.fromEntries(questions.map((q) => [q.id, q.answer.join('\n')])) as VisitNoteAnswers,
    [questions],
  );
  const form = useForm<VisitNoteAnswers>({ defaultValues: defaults });
  const draft = useFormDraft(form, `schedule.visit-note.${appointmentId}.${note.id}`, isVisitNoteAnswers);
  const save = useUpdateSoloVisitNote();

  return (
    <Card withBorder padding="sm" data-testid="visit-note" data-template={note.template.name}>
      <form
        onSubmit={form.handleSubmit((answers) =>
          save.mutate(
            { appointmentId, input: toVisitNoteUpdate(note, answers) },
            { onSuccess: () => draft.clear() },
          ),
        )}
      >
        <Stack gap="sm">
          <Title order={3} size="h5">
            {note.template.name}
          </Title>
          {questions.length === 0 && <Text size="sm">{t('visitNote.noQuestions')}</Text>}
          {questions.map((question) => (
            <Textarea
              key={question.id}
              label={`${question.section ? `${question.section} · ` : ''}${question.text}`}
              description={
                question.answeredAt
                  ? t('visitNote.answeredAt', { when: question.answeredAt })
                  : t('visitNote.unanswered')
              }
              autosize
              minRows={1}
              {...form.register(question.id)}
              data-question={question.id}
            />
          ))}
          {save.isError && <ErrorAlert error={save.error} />}
          {save.isSuccess && !form.formState.isDirty && (
            <Text size="sm" role="status" data-testid="visit-note-saved">
              {t('visitNote.saved')}
            </Text>
          )}
          {questions.length > 0 && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} data-testid="save-visit-note">
                {t('visitNote.save')}
              </Button>
            </Group>
          )}
          {note.comments.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('visitNote.comments')}
              </Text>
              {note.comments.map((comment) => (
                <Text size="sm" key={comment.id}>
                  <Text span size="xs" c="dimmed">
                    <ZonedTime at={comment.postedAt * 1000} timeZone={timeZone} withDay size="xs" /> ·{' '}
                    {comment.author.username}
                  </Text>
                  <br />
                  {comment.message}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      </form>
    </Card>
  );
}

/** The visit note: the template's questions with their answers (editable), and the providers' comments. */
export function VisitNoteSection({ appointmentId, timeZone }: { appointmentId: number; timeZone: string }) {
  const { t } = useTranslation('schedule');
  const notes = useSoloVisitNote(appointmentId);
  if (notes.isPending) return <Text size="sm">{t('common.loading')}</Text>;
  if (notes.isError) return <ErrorAlert error={notes.error} onRetry={() => void notes.refetch()} />;
  if (notes.data.length === 0) return <Text size="sm">{t('visitNote.none')}</Text>;
  return (
    <Stack gap="sm">
      {notes.data.map((note) => (
        <NoteForm key={note.id} appointmentId={appointmentId} note={note} timeZone={timeZone} />
      ))}
    </Stack>
  );
}
