import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../ui/Disclosure';

/** Whether any of the form's errors belongs to one of these fields (to open the part they are in). */
export const anyError = (errors: Record<string, string>, prefix: string) =>
  Object.keys(errors).some((path) => path === prefix || path.startsWith(`${prefix}.`));

export function OptionalPart({
  title,
  filled,
  invalid,
  children,
}: {
  title: string;
  filled: boolean;
  invalid: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Disclosure
      title={title}
      summary={invalid ? t('contacts.needsAttention') : filled ? t('contacts.filledIn') : undefined}
      defaultOpen={invalid}
    >
      {children}
    </Disclosure>
  );
}
