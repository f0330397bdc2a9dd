import { MantineProvider, TextInput } from '@mantine/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, NetworkError, VendorError } from '@/api/errors';
import { i18n, initI18n, setLanguage } from '@/i18n';
import { stubMatchMedia } from '@/test/mantine.test-helpers';
import { describeError } from '../describe-error';
import { ErrorSummary, type SubmitFailure } from './ErrorSummary';
import {
  applyFormErrors,
  type FieldMap,
  firstStepWithError,
  flattenFieldErrors,
  inputResolver,
  toFormPath,
} from './form-errors';
import { useFieldErrors } from './use-field-error';

interface Values {
  name: string;
  sex: string;
  rows: { key: string }[];
}

const fieldMap: FieldMap<Values> = { patient_name: 'name', patient_gender: 'sex', patient_sex: 'sex' };

let apply: (error: unknown) => void = () => {};

function TestForm() {
  const form = useForm<Values>({ defaultValues: { name: '', sex: '', rows: [{ key: '' }] } });
  const { errorOf, idOf } = useFieldErrors(form);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  apply = (error) => setFailure({ error, ...applyFormErrors(form, error, fieldMap) });
  const labels: Record<string, string> = { name: 'Given names', sex: 'Sex' };
  return (
    <form>
      <ErrorSummary
        form={form}
        failure={failure}
        labelOf={(path) => labels[path] ?? path}
        title="Not saved"
      />
      <TextInput id={idOf('name')} label="Given names" error={errorOf('name')} {...form.register('name')} />
      <TextInput id={idOf('sex')} label="Sex" error={errorOf('sex')} {...form.register('sex')} />
    </form>
  );
}

function renderForm() {
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <TestForm />
      </MantineProvider>
    </I18nextProvider>,
  );
}

beforeAll(async () => {
  stubMatchMedia();
  await initI18n('en');
});

describe('applyFormErrors and ErrorSummary', () => {
  it('puts InputError issues next to their fields, focuses the first one on screen, and lists them', async () => {
    renderForm();
    act(() =>
      apply(
        new InputError('eden', 'POST /orders/', [
          { path: 'patient_gender', message: 'validation.required' },
          { path: 'patient_name', message: 'validation.tooLong', params: { maximum: 255 } },
        ]),
      ),
    );
    expect(
      await screen.findByText('At most 255 characters', { selector: '.mantine-InputWrapper-error' }),
    ).toBeTruthy();
    // The name comes first on screen, although the error named the sex first.
    expect(document.activeElement).toBe(screen.getByLabelText('Given names'));
    const summary = screen.getByTestId('error-summary');
    expect(summary.textContent).toContain('Some fields need attention');
    expect(summary.textContent).toContain('Nothing was sent to Eden: 2 values need correcting.');
    const links = [...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Given names: At most 255 characters', '#field-name'],
      ['Sex: Required', '#field-sex'],
    ]);
  });

  it('translates when shown: a language switch re-translates every message', async () => {
    renderForm();
    act(() =>
      apply(
        new InputError('eden', 'POST /orders/', [{ path: 'patient_name', message: 'validation.required' }]),
      ),
    );
    expect(await screen.findByText('Given names: Required')).toBeTruthy();
    await act(() => setLanguage('es'));
    expect(await screen.findByText('Given names: Obligatorio')).toBeTruthy();
    expect(screen.getByTestId('error-summary').textContent).toContain('Algunos campos necesitan atención');
    await act(() => setLanguage('en'));
  });

  it('places a vendor’s field errors through the map, aliases included, and keeps what has no field', async () => {
    renderForm();
    act(() =>
      apply(
        new VendorError('eden', 'POST /orders/', 400, 'x', {
          patient_sex: ['"X" is not a valid choice.'],
          shoe_size: ['Unknown field.'],
        }),
      ),
    );
    expect(
      await screen.findByText('Eden refused this value: “"X" is not a valid choice.”', {
        selector: '.mantine-InputWrapper-error',
      }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Sex'));
    const unplaced = screen.getByTestId('unplaced-errors');
    expect(unplaced.textContent).toBe('shoe_size: Eden refused this value: “Unknown field.”');
    expect(screen.getByTestId('error-summary').textContent).toContain(
      'Eden refused some values (400). They are marked on the form.',
    );
  });

  it('says plainly what went wrong when the failure is not about fields, and takes the focus', async () => {
    renderForm();
    act(() => apply(new NetworkError('eden', 'POST /orders/')));
    const summary = await screen.findByTestId('error-summary');
    expect(summary.textContent).toContain('Not saved');
    expect(summary.textContent).toContain('Could not reach Eden.');
    expect(summary.textContent).not.toContain('Some fields need attention');
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });
});

describe('inputResolver', () => {
  it('gives every field its first message, nested paths included, with params kept', async () => {
    const resolver = inputResolver<Values, Values>(() => ({
      ok: false,
      issues: [
        { path: 'rows[0].key', message: 'validation.extraKeyDuplicate' },
        { path: 'name', message: 'validation.tooLong', params: { maximum: 3 } },
        { path: 'name', message: 'validation.required' },
      ],
    }));
    const result = await resolver({ name: 'abcd', sex: '', rows: [{ key: 'a' }] }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    const flat = Object.fromEntries(
      flattenFieldErrors(result.errors).map(([path, error]) => [path, [error.message, error.params]]),
    );
    expect(flat).toEqual({
      'rows.0.key': ['validation.extraKeyDuplicate', undefined],
      name: ['validation.tooLong', { maximum: 3 }],
    });
  });
});

describe('helpers for every form', () => {
  it('tells a wizard which step holds the first bad field', () => {
    const steps = [['patient_name', 'birth'], ['body_parts'], ['gp.name', 'gp.email']];
    expect(firstStepWithError(['gp.email'], steps)).toBe(2);
    expect(firstStepWithError(['body_parts.0', 'birth'], steps)).toBe(0);
    expect(firstStepWithError(['other'], steps)).toBe(-1);
  });

  it('writes paths the way react-hook-form does', () => {
    expect(toFormPath('name[0].family')).toBe('name.0.family');
    expect(toFormPath('extra')).toBe('extra');
  });

  it('describes an InputError in one translated sentence, never its raw text', () => {
    const t = i18n.t.bind(i18n);
    const error = new InputError('solo', 'POST /x', [{ path: 'a', message: 'validation.required' }]);
    expect(describeError(t, error)).toBe(
      'Nothing was sent to Teladoc Health Solo: 1 value needs correcting.',
    );
    expect(describeError(t, new Error('[ { "code": "too_big" } ]'))).not.toContain('too_big');
    expect(describeError(t, new VendorError('eden', 'GET /orders/{id}/', 404, 'Not found.'))).toBe(
      'Eden has no such record (404).',
    );
  });
});
