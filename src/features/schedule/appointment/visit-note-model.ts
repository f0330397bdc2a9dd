import { z } from 'zod';
import type { SoloUpdateVisitNoteInput, SoloVisitNote } from '@/api/solo/visit-notes';

/**
 * A visit note's template as questions to answer. Solo's page leaves the template's `flow.sections`
 * undescribed; sections are read as `{ title, questions: [{ id, text }] }` and anything else is skipped.
 */
const sectionSchema = z.object({
  title: z.string().optional(),
  questions: z.array(z.object({ id: z.string().min(1), text: z.string().optional() })).optional(),
});

export interface VisitNoteQuestion {
  id: string;
  section: string;
  text: string;
  /** The current answer (responses are matched by section title and question text). */
  answer: string[];
  answeredAt: string | null;
}

export function visitNoteQuestions(note: SoloVisitNote): VisitNoteQuestion[] {
  return note.template.flow.sections.flatMap((raw) => {
    const section = sectionSchema.safeParse(raw);
    if (!section.success) return [];
    const title = section.data.title ?? '';
    return (section.data.questions ?? []).map((question) => {
      const text = question.text ?? question.id;
      const response = note.responses.find((r) => r.question[0] === title && r.question[1] === text);
      return {
        id: question.id,
        section: title,
        text,
        answer: response?.response ?? [],
        answeredAt: response
          ? `${response.dateTime.date.slice(0, 16)} (${response.dateTime.timezone})`
          : null,
      };
    });
  });
}

export type VisitNoteAnswers = Record<string, string>;

export const isVisitNoteAnswers = (value: unknown): value is VisitNoteAnswers =>
  z.record(z.string(), z.string()).safeParse(value).success;

/** The form's answers → the update body: every question, an empty answer as `[]`, a list split on new lines. */
export function toVisitNoteUpdate(note: SoloVisitNote, answers: VisitNoteAnswers): SoloUpdateVisitNoteInput {
  return {
    name: note.template.name,
    questions: visitNoteQuestions(note).map((question) => ({
      id: question.id,
      value: (answers[question.id] ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    })),
  };
}
