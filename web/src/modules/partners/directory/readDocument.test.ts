import { describe, expect, it } from 'vitest';
import { limits } from '#core/limits';
import { readDocument } from './readDocument';

describe('reading an HSDS document in the browser', () => {
  it('takes an object, a list of objects or an API page', () => {
    expect(readDocument('{"id":"x","name":"A"}')).toEqual({ doc: { id: 'x', name: 'A' } });
    expect(readDocument('[{"id":"x"},{"id":"y"}]')).toEqual({ doc: [{ id: 'x' }, { id: 'y' }] });
    expect(readDocument('{"contents":[]}')).toEqual({ doc: { contents: [] } });
  });

  it('says nothing was given', () => {
    expect(readDocument('  \n ')).toEqual({ problem: 'empty' });
  });

  it('says the text is not JSON, and where when the engine tells', () => {
    // V8 names the position of a missing comma: the third line, where "name" starts.
    expect(readDocument('{\n  "id": "x"\n  "name": "A"\n}')).toEqual({ problem: 'notJson', line: 3, column: 3 });
    // When it does not (an unexpected token), only that it is not JSON.
    expect(readDocument('{\n  "name": \n}')).toMatchObject({ problem: 'notJson' });
  });

  it('refuses JSON that is no document: a number, a string, null, an empty list, a list of numbers', () => {
    for (const text of ['42', '"text"', 'null', '[]', '[1, 2]', '[{"id":"x"}, 3]'])
      expect(readDocument(text), text).toEqual({ problem: 'notDocument' });
  });

  it('refuses a document larger than one request may be', () => {
    const big = JSON.stringify({ description: 'x'.repeat(limits.bodyBytesMax) });
    expect(readDocument(big)).toEqual({ problem: 'tooBig' });
  });
});
