import { useTranslation } from 'react-i18next';
import type { HsdsImportKind, HsdsImportReport } from '../../../api/hsdsImport';
import { Alert } from '../../../ui/Alert';
import { DataTable } from '../../../ui/DataTable';

interface ListingRow {
  key: string;
  /** Where in the document (a JSON path), the row's header. */
  where: string;
  cells: string[];
}

/** One list of the report (refused records, fields left out), or a line saying it is empty. */
function Listing({ title, empty, head, rows }: { title: string; empty: string; head: string[]; rows: ListingRow[] }) {
  return (
    <>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <DataTable caption={title}>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="mono">
                  {row.where}
                </th>
                {row.cells.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's columns are fixed
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}

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
      <Listing
        title={t('directoryImport.refusedTitle')}
        empty={t('directoryImport.noneRefused')}
        head={[t('directoryImport.path'), t('directoryImport.recordId'), t('directoryImport.reason')]}
        rows={report.refused.map((r) => ({ key: r.path, where: r.path, cells: [r.id ?? '—', r.message] }))}
      />
      <Listing
        title={t('directoryImport.notesTitle')}
        empty={t('directoryImport.noNotes')}
        head={[t('directoryImport.field'), t('directoryImport.reason')]}
        // A field may be noted twice (for two reasons): the position keeps the rows apart.
        rows={report.notes.map((n, i) => ({ key: `${n.path}-${i}`, where: n.path, cells: [n.message] }))}
      />
    </section>
  );
}
