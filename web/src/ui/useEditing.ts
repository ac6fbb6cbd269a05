import { useEffect, useState } from 'react';
import { useSubmitCount } from './Form';

/**
 * Tracks whether the user is editing a field, to hide its error meanwhile.
 *
 * Why: react-aria re-checks a field when it loses focus. If an error message
 * under the field disappears at that moment, everything below moves up — and a
 * click on "Save" that started the blur (mouse down) ends (mouse up) somewhere
 * else, so the form is not sent. Hiding the message as soon as the user types
 * means the blur caused by that click moves nothing. The message comes back on
 * blur, on a submit (Enter) and when the browser reports the field invalid.
 */
export function useEditing<V>(onChange?: (value: V) => void) {
  const [editing, setEditing] = useState(false);
  const submits = useSubmitCount();
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetting on each new submit is the point
  useEffect(() => setEditing(false), [submits]);
  const stop = () => setEditing(false);
  return {
    editing,
    onChange: (value: V) => {
      setEditing(true);
      onChange?.(value);
    },
    onBlur: stop,
    onInvalid: stop,
  };
}
