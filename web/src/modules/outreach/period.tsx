import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import { today } from '../clients/labels';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The first day of the current month (a period picker's default start). */
export function monthStart(): string {
  return `${today().slice(0, 8)}01`;
}

/** A period from the URL, falling back to this month so far; `valid` is false when it ends before it starts. */
export function periodOf(search: { from?: string; to?: string }) {
  const from = search.from && isoDate.test(search.from) ? search.from : monthStart();
  const to = search.to && isoDate.test(search.to) ? search.to : today();
  return { from, to, valid: from <= to };
}

/** From and to dates of a period; an end before the start is said next to the end date. */
export function PeriodFields({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  onChange: (period: { from?: string; to?: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="from"
        type="date"
        className="field-date"
        label={t('outreachStats.from')}
        value={from}
        onChange={(v) => isoDate.test(v) && onChange({ from: v })}
      />
      <TextField
        name="to"
        type="date"
        className="field-date"
        label={t('outreachStats.to')}
        value={to}
        isInvalid={to < from}
        aria-describedby={to < from ? 'period-error' : undefined}
        onChange={(v) => isoDate.test(v) && onChange({ to: v })}
      />
      {to < from ? (
        <p id="period-error" className="field-error period-error">
          {t('validation.end_before_start')}
        </p>
      ) : null}
    </>
  );
}
