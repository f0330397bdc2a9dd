import { describe, expect, it } from 'vitest';
import type { SoloVisitNote } from '@/api/solo/visit-notes';
import { toVisitNoteUpdate, visitNoteQuestions } from './visit-note-model';

const note: SoloVisitNote = {
  id: 'tpl-1',
  template: {
    name: 'Imaging Results Review',
    flow: {
      sections: [
        {
          title: 'Study',
          questions: [
            { id: 'q1', text: 'Modality' },
            { id: 'q2', text: 'Body part' },
          ],
        },
        'not a section',
      ],
    },
  },
  comments: [],
  responses: [
    {
      dateTime: { date: '2026-11-20 10:15:00.000000', timezone_type: 3, timezone: 'America/New_York' },
      question: ['Study', 'Modality'],
      response: ['MR'],
    },
  ],
};

describe('visit note template', () => {
  it('reads the questions with their current answers, skipping what it cannot read', () => {
    expect(visitNoteQuestions(note)).toEqual([
      {
        id: 'q1',
        section: 'Study',
        text: 'Modality',
        answer: ['MR'],
        answeredAt: '2026-11-20 10:15 (America/New_York)',
      },
      { id: 'q2', section: 'Study', text: 'Body part', answer: [], answeredAt: null },
    ]);
  });
  it('answers every question of the template, a line per value', () => {
    expect(toVisitNoteUpdate(note, { q1: 'MR', q2: 'Knee\n left ' })).toEqual({
      name: 'Imaging Results Review',
      questions: [
        { id: 'q1', value: ['MR'] },
        { id: 'q2', value: ['Knee', 'left'] },
      ],
    });
  });
});
