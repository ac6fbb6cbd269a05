// @vitest-environment happy-dom
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../test/render';
import { Stepper } from './Stepper';

afterEach(() => {
  document.body.innerHTML = '';
});

function Harness({ min = 0 }: { min?: number }) {
  const [value, setValue] = useState(min);
  return (
    <>
      <Stepper label="Condom" value={value} minValue={min} onChange={setValue} />
      <output>{value}</output>
    </>
  );
}

const button = (container: HTMLElement, name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

/** A tap: react-aria listens to pointer events. */
async function tap(element: HTMLElement) {
  await act(async () => {
    element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch', button: 0 }));
    element.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerType: 'touch', button: 0 }));
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
  });
}

describe('Stepper', () => {
  it('counts with its buttons, named after the thing counted, and never goes below the minimum', async () => {
    const { container } = await render(<Harness />);
    const value = () => container.querySelector('output')?.textContent;
    const minus = button(container, 'Less: Condom');
    expect(minus.hasAttribute('disabled') || minus.getAttribute('aria-disabled') === 'true').toBe(true);
    await tap(button(container, 'More: Condom'));
    await tap(button(container, 'More: Condom'));
    expect(value()).toBe('2');
    await tap(button(container, 'Less: Condom'));
    expect(value()).toBe('1');
    expect(container.querySelector('input')?.getAttribute('inputmode')).toBe('numeric');
  });

  it('starts a head count at one', async () => {
    const { container } = await render(<Harness min={1} />);
    expect(container.querySelector('input')?.value).toBe('1');
  });
});
