import { useTranslation } from 'react-i18next';

/** How the two organisations agreed to work together; kept inside Kontakt, never exported. */
export function CooperationProcedure({ procedure }: { procedure: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="partner-procedure">
      <h2 id="partner-procedure">{t('partners.procedure')}</h2>
      {procedure ? <p className="partner-text">{procedure}</p> : <p className="muted">{t('partners.noProcedure')}</p>}
      <p className="field-description">{t('partners.procedureInternal')}</p>
    </section>
  );
}
