import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stockMovementKinds } from '#core/schemas/stock';
import { type StockHolder, useStockMovements } from '../../api/stock';
import { DataTable } from '../../ui/DataTable';
import { formatDateTime, intlLocale } from '../../ui/format';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useCatalogueNames, useMaterialLabel } from '../outreach/names';

const all = 'all';
const pageSize = 20;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
type Kind = (typeof stockMovementKinds)[number];

/** A quantity with its sign, as a movement changes the balance: +100, −5 (0 has none). */
export function signedQuantity(quantity: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { signDisplay: 'exceptZero' }).format(quantity);
}

/**
 * The movements behind the balances, newest first: what came in, what went out
 * on contact cards, what was brought back, the corrections — with who recorded
 * each. Filtered by material, kind and days, and paged on the server.
 */
export function StockMovements({ holder }: { holder: StockHolder }) {
  const { t, i18n } = useTranslation();
  const materials = useCatalogueNames('material');
  const label = useMaterialLabel();
  const [materialId, setMaterialId] = useState<string | undefined>(undefined);
  const [kind, setKind] = useState<Kind | undefined>(undefined);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const movements = useStockMovements(holder, {
    materialId,
    kind,
    from: isoDate.test(from) ? from : undefined,
    to: isoDate.test(to) ? to : undefined,
    page,
    pageSize,
  });

  return (
    <div className="stack">
      <h2 id="movements-title">{t('stock.movements')}</h2>
      <p className="muted">{t('stock.movementsIntro')}</p>
      <div className="filters">
        <Select
          name="materialId"
          label={t('stock.material')}
          options={[
            { id: all, label: t('stock.allMaterials') },
            ...materials.choices.map((item) => ({ id: item.id, label: label(item.id) })),
          ]}
          value={materialId ?? all}
          onChange={(v) => {
            setMaterialId(v === all ? undefined : v);
            setPage(1);
          }}
        />
        <Select
          name="kind"
          label={t('stock.kind')}
          options={[
            { id: all, label: t('stock.allKinds') },
            ...stockMovementKinds.map((id) => ({ id, label: t(`stock.kinds.${id}`) })),
          ]}
          value={kind ?? all}
          onChange={(v) => {
            setKind(v === all ? undefined : (v as Kind));
            setPage(1);
          }}
        />
        <TextField
          name="from"
          type="date"
          className="field-date"
          label={t('shifts.from')}
          value={from}
          onChange={(v) => {
            setFrom(v);
            setPage(1);
          }}
        />
        <TextField
          name="to"
          type="date"
          className="field-date"
          label={t('shifts.to')}
          value={to}
          onChange={(v) => {
            setTo(v);
            setPage(1);
          }}
        />
      </div>
      <QueryState query={movements}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('stock.noMovements')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t('stock.movementCount', { count: result.total })}
              </p>
              <DataTable caption={t('stock.movements')}>
                <thead>
                  <tr>
                    <th scope="col">{t('stock.at')}</th>
                    <th scope="col">{t('stock.material')}</th>
                    <th scope="col">{t('stock.kind')}</th>
                    <th scope="col" className="num">
                      {t('stock.quantity')}
                    </th>
                    <th scope="col">{t('stock.recordedBy')}</th>
                    <th scope="col">{t('stock.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((m) => (
                    <tr key={m.id}>
                      <td>{formatDateTime(m.at, i18n.language)}</td>
                      <th scope="row">{label(m.materialId)}</th>
                      <td>{t(`stock.kinds.${m.kind}`)}</td>
                      <td className="num">{signedQuantity(m.quantity, i18n.language)}</td>
                      <td>{m.recordedByName ?? t('clients.formerColleague')}</td>
                      <td>{m.note ?? (m.contactId ? t('stock.onContactCard') : '')}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              <Pager page={result.page} pageSize={result.pageSize} total={result.total} onPage={setPage} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
