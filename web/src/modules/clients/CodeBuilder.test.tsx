// @vitest-environment happy-dom
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { inputByLabel, render, typeInto } from '../../test/render';
import { CodeBuilder } from './CodeBuilder';
import type { CodeFacts } from './codeFacts';

afterEach(() => {
  document.body.innerHTML = '';
});

function Harness({ onFacts }: { onFacts?: (facts: CodeFacts) => void }) {
  const [facts, setFacts] = useState<CodeFacts>({});
  return (
    <form>
      <CodeBuilder
        scheme="cz-id-kod"
        facts={facts}
        onChange={(next) => {
          setFacts(next);
          onFacts?.(next);
        }}
      />
    </form>
  );
}

/** Types a number the way react-aria's number field takes it: typed, then committed on blur. */
async function typeNumber(input: HTMLInputElement, value: string) {
  await act(async () => input.focus());
  await typeInto(input, value);
  await act(async () => input.blur());
}

describe('CodeBuilder', () => {
  it('asks the scheme’s questions and shows the code live; only the code leaves the form', async () => {
    let last: CodeFacts = {};
    const { container } = await render(<Harness onFacts={(f) => (last = f)} />);
    const output = () => container.querySelector('output')?.textContent ?? '';
    expect(output()).toBe('no answers yet');

    await typeInto(inputByLabel(container, "Person's first name"), 'Tomáš');
    expect(output()).toBe('answer all 4 questions to see the code');
    // Once one answer is given the others are needed.
    expect(inputByLabel(container, "Mother's first name").required).toBe(true);

    await typeInto(inputByLabel(container, "Mother's first name"), 'Ludmila');
    await typeNumber(inputByLabel(container, 'Day of birth'), '7');
    await typeNumber(inputByLabel(container, 'Month of birth'), '8');
    expect(output()).toBe('LUD07TOM08');
    expect(last).toEqual({ clientFirstName: 'Tomáš', motherFirstName: 'Ludmila', birthDay: 7, birthMonth: 8 });
  });

  it('names the answer that cannot make a code', async () => {
    const { container } = await render(<Harness />);
    await typeInto(inputByLabel(container, "Person's first name"), 'Tomáš');
    await typeInto(inputByLabel(container, "Mother's first name"), 'Ludmila');
    await typeNumber(inputByLabel(container, 'Day of birth'), '31');
    await typeNumber(inputByLabel(container, 'Month of birth'), '4');
    expect(container.querySelector('output')?.textContent).toBe('these answers do not make a code');
    expect(container.textContent).toContain('Day of birth: this day does not exist in that month');
  });
});
