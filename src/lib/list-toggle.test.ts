import { describe, expect, it } from 'vitest';
import { toggled } from './list-toggle';

describe('toggled', () => {
  it('applies the one clicked value to the list the URL holds now, not to the list last drawn', () => {
    // Drawn: Eden ticked; the URL has since lost it (the untick's navigation is not drawn yet); PostDICOM is clicked.
    expect(toggled(['eden', 'postdicom'], ['eden'], [])).toEqual(['postdicom']);
    // Unticking what is drawn ticked removes it from the current list, whatever else the URL holds.
    expect(toggled([], ['eden'], ['eden', 'impilo'])).toEqual(['impilo']);
  });

  it('is the plain toggle when the drawn list is the current one', () => {
    expect(toggled(['eden', 'impilo'], ['eden'], ['eden'])).toEqual(['eden', 'impilo']);
    expect(toggled(['impilo'], ['eden', 'impilo'], ['eden', 'impilo'])).toEqual(['impilo']);
  });
});
