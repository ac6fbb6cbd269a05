import { useTranslation } from 'react-i18next';
import { useTestStatistics } from '../../api/healthTests';
import { DataTable } from '../../ui/DataTable';
import { QueryState } from '../../ui/QueryState';
import { useCatalogueNames, useNumberFormat } from '../outreach/names';
import type { StatisticsPeriod } from './period';

/**
 * Tests done, reactive, referred and linked to care per test type. A count the
 * server hides (too few tests to say it without pointing at a person) reads
 * "fewer than N" — never a person, never one result.
 */
export function TestFigures({ period }: { period: StatisticsPeriod }) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const types = useCatalogueNames('test_type');
  const stats = useTestStatistics(period, period.valid);
  return (
    <section className="panel stack" aria-labelledby="indoor-tests">
      <h2 id="indoor-tests">{t('indoorStats.tests')}</h2>
      <QueryState query={stats}>
        {(s) => {
          const shown = (n: number | null) =>
            n === null ? t('indoorStats.hidden', { threshold: nf.number(s.threshold) }) : nf.number(n);
          return s.items.length === 0 ? (
            <p>{t('indoorStats.noTests')}</p>
          ) : (
            <DataTable caption={t('indoorStats.testsCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('counselling.testType')}</th>
                  <th scope="col">{t('indoorStats.testsDone')}</th>
                  <th scope="col">{t('counselling.results.reactive')}</th>
                  <th scope="col">{t('counselling.linkages.referred')}</th>
                  <th scope="col">{t('indoorStats.linked')}</th>
                </tr>
              </thead>
              <tbody>
                {s.items.map((x) => (
                  <tr key={x.testTypeId}>
                    <th scope="row">{types.name(x.testTypeId)}</th>
                    <td>{nf.number(x.done)}</td>
                    <td>{shown(x.reactive)}</td>
                    <td>{shown(x.referred)}</td>
                    <td>{shown(x.linked)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          );
        }}
      </QueryState>
    </section>
  );
}
