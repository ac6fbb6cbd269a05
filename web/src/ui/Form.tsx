import { createContext, type FormEvent, startTransition, useContext, useState } from 'react';
import { type FormProps, Form as RACForm } from 'react-aria-components';

const SubmitCount = createContext(0);

/** How many times the enclosing form was submitted; fields show their errors again on each. */
export function useSubmitCount(): number {
  return useContext(SubmitCount);
}

/**
 * react-aria's Form (field errors from `validationErrors`, native validation),
 * counting submissions so fields hidden while being edited (useEditing) show
 * their messages again when the user submits with Enter.
 */
export function Form({ onSubmit, ...props }: FormProps) {
  const [count, setCount] = useState(0);
  return (
    <SubmitCount.Provider value={count}>
      <RACForm
        {...props}
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          // A transition: every field re-renders for it, and on a cheap phone that must
          // not hold up what the submit itself shows (a "saved" notice, the next screen).
          startTransition(() => setCount((c) => c + 1));
          onSubmit?.(event);
        }}
      />
    </SubmitCount.Provider>
  );
}
