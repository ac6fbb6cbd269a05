import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { can } from '#core/permissions/index';
import { stockMovementBody, stockThresholdBody } from '#core/schemas/stock';
import { useMe } from '../../api/session';
import {
  type StockBalance,
  type StockHolder,
  useRecordStockMovement,
  useSetStockThreshold,
  useStock,
} from '../../api/stock';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { NumberField } from '../../ui/NumberField';
import { PageHeader } from '../../ui/PageHeader';
import { Loading, QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { useCatalogueNames, useMaterialLabel, useNumberFormat, usePlaceNames } from '../outreach/names';
import { StockMovements } from './StockMovements';

type Dialog = { kind: 'received' | 'adjustment' } | { kind: 'threshold'; materialId: string | null } | null;

const holderBody = (holder: StockHolder) => ({ teamId: holder.teamId ?? null, siteId: holder.siteId ?? null });

function useMaterialOptions() {
  const materials = useCatalogueNames('material');
  const label = useMaterialLabel();
  return materials.choices.map((item) => ({ id: item.id, label: label(item.id) }));
}

function MovementForm({
  holder,
  kind,
  onDone,
}: {
  holder: StockHolder;
  kind: 'received' | 'adjustment';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordStockMovement();
  const form = useSchemaForm(stockMovementBody, record.error);
  const options = useMaterialOptions();
  const [materialId, setMaterialId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState(Number.NaN);
  const [note, setNote] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      ...holderBody(holder),
      materialId: materialId ?? '',
      kind,
      quantity: Number.isNaN(quantity) ? 0 : quantity,
      note,
    };
    if (!form.check(body)) return;
    record.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={record.error} fieldNames={['materialId', 'quantity', 'note']} />
      <p>{kind === 'received' ? t('stock.receivedIntro') : t('stock.adjustmentIntro')}</p>
      <Select
        name="materialId"
        label={t('stock.material')}
        isRequired
        options={options}
        value={materialId}
        onChange={setMaterialId}
      />
      <NumberField
        name="quantity"
        label={kind === 'received' ? t('stock.quantityReceived') : t('stock.quantityAdjustment')}
        description={kind === 'adjustment' ? t('stock.adjustmentHint') : undefined}
        isRequired
        minValue={kind === 'received' ? 1 : -limits.quantityMax}
        maxValue={limits.quantityMax}
        step={1}
        value={quantity}
        onChange={setQuantity}
      />
      <TextField name="note" label={t('stock.note')} maxLength={limits.shortTextMax} value={note} onChange={setNote} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={record.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}

function ThresholdForm({
  holder,
  balance,
  materialId: fixed,
  onDone,
}: {
  holder: StockHolder;
  balance: StockBalance | undefined;
  materialId: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const setThreshold = useSetStockThreshold();
  const form = useSchemaForm(stockThresholdBody, setThreshold.error);
  const options = useMaterialOptions();
  const label = useMaterialLabel();
  const [materialId, setMaterialId] = useState<string | null>(fixed);
  const [threshold, setValue] = useState(balance?.threshold ?? Number.NaN);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      ...holderBody(holder),
      materialId: materialId ?? '',
      threshold: Number.isNaN(threshold) ? -1 : threshold,
    };
    if (!form.check(body)) return;
    setThreshold.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={setThreshold.error} fieldNames={['materialId', 'threshold']} />
      <p>{t('stock.thresholdIntro')}</p>
      {fixed ? (
        <p className="lead">{label(fixed)}</p>
      ) : (
        <Select
          name="materialId"
          label={t('stock.material')}
          isRequired
          options={options}
          value={materialId}
          onChange={setMaterialId}
        />
      )}
      <NumberField
        name="threshold"
        label={t('stock.threshold')}
        isRequired
        minValue={0}
        maxValue={limits.quantityMax}
        step={1}
        value={threshold}
        onChange={setValue}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={setThreshold.isPending}>
          {t('common.save')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}

function Balances({ holder, canManage }: { holder: StockHolder; canManage: boolean }) {
  const { t } = useTranslation();
  const stock = useStock(holder);
  const label = useMaterialLabel();
  const nf = useNumberFormat();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <QueryState query={stock}>
      {({ items }) => {
        const rows = [...items].sort(
          (a, b) => Number(b.low) - Number(a.low) || label(a.materialId).localeCompare(label(b.materialId)),
        );
        const low = rows.filter((b) => b.low);
        return (
          <div className="stack">
            {canManage ? (
              <div className="btn-row">
                <Button variant="primary" onPress={() => setDialog({ kind: 'received' })}>
                  {t('stock.recordReceived')}
                </Button>
                <Button onPress={() => setDialog({ kind: 'adjustment' })}>{t('stock.recordAdjustment')}</Button>
                <Button onPress={() => setDialog({ kind: 'threshold', materialId: null })}>
                  {t('stock.setThreshold')}
                </Button>
              </div>
            ) : null}
            {low.length > 0 ? (
              <Alert tone="warning">
                <p>
                  <strong>{t('stock.lowTitle', { count: low.length })}</strong>
                </p>
                <ul className="plain-list">
                  {low.map((b) => (
                    <li key={b.materialId}>
                      {t('stock.lowLine', { name: label(b.materialId), count: nf.number(b.balance) })}
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            {rows.length === 0 ? (
              <p>{t('stock.empty')}</p>
            ) : (
              <DataTable caption={t('stock.balances')}>
                <thead>
                  <tr>
                    <th scope="col">{t('stock.material')}</th>
                    <th scope="col" className="num">
                      {t('stock.balance')}
                    </th>
                    <th scope="col" className="num">
                      {t('stock.threshold')}
                    </th>
                    <th scope="col">{t('common.status')}</th>
                    {canManage ? (
                      <th scope="col">
                        <span className="visually-hidden">{t('common.actions')}</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((b) => (
                    <tr key={b.materialId}>
                      <th scope="row">{label(b.materialId)}</th>
                      <td className="num">{nf.number(b.balance)}</td>
                      <td className="num">{b.threshold === null ? t('stock.noThreshold') : nf.number(b.threshold)}</td>
                      <td>
                        {b.low ? (
                          <span className="badge badge-warn">{t('stock.low')}</span>
                        ) : (
                          <span className="badge badge-on">{t('stock.enough')}</span>
                        )}
                      </td>
                      {canManage ? (
                        <td>
                          <Button
                            aria-label={t('stock.setThresholdNamed', { name: label(b.materialId) })}
                            onPress={() => setDialog({ kind: 'threshold', materialId: b.materialId })}
                          >
                            {t('stock.setThresholdShort')}
                          </Button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
            <ModalDialog
              title={
                dialog?.kind === 'threshold'
                  ? t('stock.setThreshold')
                  : dialog?.kind === 'adjustment'
                    ? t('stock.recordAdjustment')
                    : t('stock.recordReceived')
              }
              isOpen={dialog !== null}
              onOpenChange={(open) => !open && close()}
            >
              {dialog?.kind === 'threshold' ? (
                <ThresholdForm
                  holder={holder}
                  materialId={dialog.materialId}
                  balance={items.find((b) => b.materialId === dialog.materialId)}
                  onDone={close}
                />
              ) : dialog ? (
                <MovementForm holder={holder} kind={dialog.kind} onDone={close} />
              ) : null}
            </ModalDialog>
          </div>
        );
      }}
    </QueryState>
  );
}

/**
 * Materials in stock at a team or a site: each balance is the sum of what was
 * received, handed out in contacts and corrected; low stock is flagged in
 * words, and the movements behind the balances are listed below them. Roles
 * that manage stock record deliveries, corrections and levels.
 */
export function StockScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/stock' });
  const search = useSearch({ from: '/app/stock' });
  const places = usePlaceNames();
  const teams = places.teams.filter((x) => x.active);
  const sites = places.sites.filter((x) => x.active);
  const options = [
    ...teams.map((x) => ({ id: `team:${x.id}`, label: t('stock.holderTeam', { name: x.name }) })),
    ...sites.map((x) => ({ id: `site:${x.id}`, label: t('stock.holderSite', { name: x.name }) })),
  ];
  const mine = teams.find((x) => x.memberIds.includes(me.id)) ?? teams[0];
  const chosen = search.team
    ? `team:${search.team}`
    : search.site
      ? `site:${search.site}`
      : mine
        ? `team:${mine.id}`
        : sites[0]
          ? `site:${sites[0].id}`
          : null;
  const known = chosen !== null && options.some((o) => o.id === chosen);
  const holder: StockHolder | null =
    known && chosen ? (chosen.startsWith('team:') ? { teamId: chosen.slice(5) } : { siteId: chosen.slice(5) }) : null;

  return (
    <div className="stack">
      <PageHeader title={t('nav.stock')}>
        <p className="muted">{t('stock.intro')}</p>
      </PageHeader>
      {options.length > 0 ? (
        <div className="filters">
          <Select
            name="holder"
            label={t('stock.holder')}
            options={options}
            value={known ? chosen : null}
            onChange={(id) =>
              void navigate({
                search: id.startsWith('team:') ? { team: id.slice(5) } : { site: id.slice(5) },
              })
            }
          />
        </div>
      ) : null}
      {holder ? (
        <>
          <Balances key={chosen} holder={holder} canManage={can(me.roles, 'stock.manage')} />
          <StockMovements key={`movements-${chosen}`} holder={holder} />
        </>
      ) : places.loading ? (
        <Loading />
      ) : options.length === 0 ? (
        <p>{t('stock.noHolders')}</p>
      ) : null}
    </div>
  );
}
