import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type ShiftStatus, shiftStatuses } from '#core/schemas/shifts';
import { useMe } from '../../api/session';
import { useShifts } from '../../api/shifts';
import { compact } from '../../app/search';
import { Button, TextLink } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { formatDay } from '../clients/labels';
import { usePlaceNames } from '../outreach/names';
import { PlanShiftForm } from './PlanShiftForm';
import { plannedTimes, ShiftStatusBadge } from './ShiftBits';
import './shifts.css';

const all = 'all';
const pageSize = 25;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function asStatus(value: string | undefined): ShiftStatus | undefined {
  return (shiftStatuses as readonly string[]).includes(value ?? '') ? (value as ShiftStatus) : undefined;
}

/** Outreach shifts in the user's scope, newest first, filtered and paged on the server (filters in the URL). */
export function ShiftsScreen() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/shifts' });
  const search = useSearch({ from: '/app/shifts' });
  const places = usePlaceNames();
  const [planning, setPlanning] = useState(false);
  const canPlan = can(me.roles, 'shifts.manage');
  const status = asStatus(search.status);
  const from = search.from && isoDate.test(search.from) ? search.from : undefined;
  const to = search.to && isoDate.test(search.to) ? search.to : undefined;
  const teamId = search.team && uuid.test(search.team) ? search.team : undefined;
  const shifts = useShifts({ from, to, status, teamId, page: search.page ?? 1, pageSize });
  const setFilter = (patch: Partial<typeof search>) =>
    void navigate({ search: compact({ ...search, ...patch, page: undefined }) });

  return (
    <div className="stack">
      <PageHeader
        title={t('nav.shifts')}
        actions={
          canPlan ? (
            <Button variant="primary" onPress={() => setPlanning(true)}>
              {t('shifts.planTitle')}
            </Button>
          ) : null
        }
      >
        <p className="muted">{t('shifts.intro')}</p>
      </PageHeader>
      <div className="filters">
        <TextField
          name="from"
          type="date"
          className="field-date"
          label={t('shifts.from')}
          value={from ?? ''}
          onChange={(v) => setFilter({ from: isoDate.test(v) ? v : undefined })}
        />
        <TextField
          name="to"
          type="date"
          className="field-date"
          label={t('shifts.to')}
          value={to ?? ''}
          onChange={(v) => setFilter({ to: isoDate.test(v) ? v : undefined })}
        />
        <Select
          name="status"
          label={t('common.status')}
          options={[
            { id: all, label: t('shifts.allStatuses') },
            ...shiftStatuses.map((id) => ({ id, label: t(`shifts.statuses.${id}`) })),
          ]}
          value={status ?? all}
          onChange={(v) => setFilter({ status: v === all ? undefined : v })}
        />
        {places.teams.length > 0 ? (
          <Select
            name="team"
            label={t('shifts.team')}
            options={[
              { id: all, label: t('shifts.allTeams') },
              ...places.teams.map((x) => ({ id: x.id, label: x.name })),
            ]}
            value={teamId ?? all}
            onChange={(v) => setFilter({ team: v === all ? undefined : v })}
          />
        ) : null}
      </div>
      <QueryState query={shifts}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('shifts.empty')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t('shifts.count', { count: result.total })}
              </p>
              <DataTable caption={t('nav.shifts')}>
                <thead>
                  <tr>
                    <th scope="col">{t('shifts.date')}</th>
                    <th scope="col">{t('shifts.plannedTime')}</th>
                    <th scope="col">{t('shifts.channel')}</th>
                    {places.readable.areas ? <th scope="col">{t('shifts.area')}</th> : null}
                    {places.readable.teams ? <th scope="col">{t('shifts.team')}</th> : null}
                    <th scope="col">{t('common.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((shift) => (
                    <tr key={shift.id}>
                      <th scope="row">
                        <TextLink href={`/shifts/${shift.id}`}>{formatDay(shift.date, i18n.language)}</TextLink>
                      </th>
                      <td>{plannedTimes(shift)}</td>
                      <td>{t(`shifts.channels.${shift.channel}`)}</td>
                      {places.readable.areas ? (
                        <td>{shift.areaId ? places.area(shift.areaId) : t('shifts.noArea')}</td>
                      ) : null}
                      {places.readable.teams ? <td>{places.team(shift.teamId)}</td> : null}
                      <td>
                        <ShiftStatusBadge status={shift.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              <Pager
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                onPage={(page) => void navigate({ search: (s) => ({ ...s, page }) })}
              />
            </>
          )
        }
      </QueryState>
      <ModalDialog title={t('shifts.planTitle')} isOpen={planning} onOpenChange={setPlanning}>
        {planning ? (
          <PlanShiftForm
            onDone={(shift) => {
              setPlanning(false);
              void navigate({ to: '/shifts/$shiftId', params: { shiftId: shift.id } });
            }}
          />
        ) : null}
      </ModalDialog>
    </div>
  );
}
