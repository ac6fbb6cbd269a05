import { useTranslation } from 'react-i18next';
import type { HsdsImportKind, HsdsImportReport } from '../../../api/hsdsImport';
import { Alert } from '../../../ui/Alert';
import { DataTable } from '../../../ui/DataTable';

const kinds: readonly HsdsImportKind[] = ['organizations', 'locations', 'services', 'service_at_locations'];

/**
 * What an import did: how many records of each kind it added and updated,
 * every record it refused with the reason (in the user's language, from the
 * server), and the fields it left out of the records it took.
 */
export function ImportReport({ report }: { report: HsdsImportReport }) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const taken = kinds.reduce((n, k) => n + report.created[k] + report.updated[k], 0);
  return (
    <section className="stack" aria-labelledby="import-report">
      <h2 id="import-report">{t('directoryImport.reportTitle')}</h2>
      <Alert tone={report.refused.length > 0 ? 'warning' : 'success'}>
        {t('directoryImport.summary', { count: taken })}{' '}
        {report.refused.length > 0 ? t('directoryImport.refusedCount', { count: report.refused.length }) : null}
      </Alert>
      <DataTable caption={t('directoryImport.countsTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('directoryImport.kind')}</th>
            <th scope="col" className="num">
              {t('directoryImport.created')}
            </th>
            <th scope="col" className="num">
              {t('directoryImport.updated')}
            </th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`directoryImport.kinds.${kind}`)}</th>
              <td className="num">{nf.format(report.created[kind])}</td>
              <td className="num">{nf.format(report.updated[kind])}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <h3>{t('directoryImport.refusedTitle')}</h3>
      {report.refused.length === 0 ? (
        <p className="muted">{t('directoryImport.noneRefused')}</p>
      ) : (
        <DataTable caption={t('directoryImport.refusedTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('directoryImport.path')}</th>
              <th scope="col">{t('directoryImport.recordId')}</th>
              <th scope="col">{t('directoryImport.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.refused.map((r) => (
              <tr key={r.path}>
                <th scope="row" className="mono">
                  {r.path}
                </th>
                <td className="mono">{r.id ?? '—'}</td>
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h3>{t('directoryImport.notesTitle')}</h3>
      {report.notes.length === 0 ? (
        <p className="muted">{t('directoryImport.noNotes')}</p>
      ) : (
        <DataTable caption={t('directoryImport.notesTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('directoryImport.field')}</th>
              <th scope="col">{t('directoryImport.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.notes.map((n, i) => (
              // A field may be noted twice (for two reasons): the position keeps the rows apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the report is fixed once received
              <tr key={`${n.path}-${i}`}>
                <th scope="row" className="mono">
                  {n.path}
                </th>
                <td>{n.message}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
