import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { requiresTwoFactor } from '#core/roles';
import { useMe } from '../../api/session';
import type { Shift } from '../../api/shifts';
import { useShifts } from '../../api/shifts';
import type { Me } from '../../api/types';
import { visibleNavItems } from '../../app/navigation';
import { PageHeader } from '../../ui/PageHeader';
import { formatDay } from '../clients/labels';
import '../shifts/shifts.css';

const isoToday = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** "18:00–22:00 · Street": enough to tell today's shifts apart, nothing about the people met. */
function ShiftLine({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  return (
    <span className="muted">
      {shift.plannedStart}–{shift.plannedEnd} · {t(`shifts.channels.${shift.channel}`)}
    </span>
  );
}

/**
 * What needs the user now: the shift a field worker is on (or starts today), a
 * work report returned to them, and for coordinators the reports waiting for
 * review. Nothing renders until there is something to point at.
 */
function Today({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const readsShifts = can(me.roles, 'shifts.read');
  const today = isoToday();
  const mine = (items: Shift[] | undefined) => (items ?? []).filter((s) => s.memberIds.includes(me.id));
  const open = useShifts({ status: 'open', pageSize: 50 }, readsShifts);
  const planned = useShifts({ status: 'planned', from: today, to: today, pageSize: 50 }, readsShifts);
  const returned = useShifts({ status: 'returned', pageSize: 50 }, readsShifts && can(me.roles, 'shifts.manage'));
  const waiting = useShifts({ status: 'submitted', pageSize: 1 }, can(me.roles, 'shifts.review'));
  const openMine = mine(open.data?.items);
  const plannedMine = mine(planned.data?.items);
  const returnedMine = mine(returned.data?.items);
  const waitingCount = waiting.data?.total ?? 0;
  if (openMine.length + plannedMine.length + returnedMine.length === 0 && waitingCount === 0) return null;
  return (
    <section aria-labelledby="home-today" className="panel stack">
      <h2 id="home-today">{t('home.today')}</h2>
      <ul className="today-list">
        {openMine.map((shift) => (
          <li key={shift.id}>
            <Link to="/shifts/$shiftId" params={{ shiftId: shift.id }} className="btn btn-primary btn-big">
              {shift.date === today ? t('home.continueShift') : t('home.continueOpenShift')}
            </Link>
            <ShiftLine shift={shift} />
          </li>
        ))}
        {plannedMine.map((shift) => (
          <li key={shift.id}>
            <Link to="/shifts/$shiftId" params={{ shiftId: shift.id }} className="btn btn-big">
              {t('home.plannedShift')}
            </Link>
            <ShiftLine shift={shift} />
          </li>
        ))}
        {returnedMine.map((shift) => (
          <li key={shift.id}>
            <Link to="/shifts/$shiftId" params={{ shiftId: shift.id }} className="btn">
              {t('home.returnedShift')}
            </Link>
            <span className="muted">{formatDay(shift.date, i18n.language)}</span>
          </li>
        ))}
        {waitingCount > 0 ? (
          <li>
            <Link to="/shifts" search={{ status: 'submitted' }} className="btn btn-primary">
              {t('home.reportsWaiting', { count: waitingCount })}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/**
 * The start screen: a welcome that fits the user's roles and the screens they can
 * open. Router links rather than react-aria ones: this is the first screen of a
 * signed-in worker, and plain links need none of react-aria's press handling.
 */
export function HomeScreen() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const roleNames = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    me.roles.map((role) => t(`roles.${role}`)),
  );
  const items = visibleNavItems(me.roles).filter((item) => item.to !== '/');
  return (
    <div className="stack">
      <PageHeader title={t('home.title')}>
        <p className="lead">{t('home.welcome', { name: me.displayName })}</p>
      </PageHeader>
      <Today me={me} />
      <section aria-labelledby="home-roles" className="stack">
        <h2 id="home-roles">{t('home.yourRoles', { count: me.roles.length, roles: roleNames })}</h2>
        <ul className="plain-list">
          {me.roles.map((role) => (
            <li key={role}>{t(`roleSummaries.${role}`)}</li>
          ))}
        </ul>
      </section>
      {!me.twoFactorEnabled && !requiresTwoFactor(me.roles) ? (
        <p className="alert alert-info">
          {t('home.twoFactorHint')}{' '}
          <Link to="/account/two-factor" className="link">
            {t('home.twoFactorLink')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="home-links">
        <h2 id="home-links">{t('home.whatYouCanDo')}</h2>
        <ul className="card-grid">
          {items.map((item) => (
            <li key={item.to}>
              <Link to={item.to} className="nav-card">
                <span className="nav-card-title">{t(item.labelKey)}</span>
                <span className="nav-card-text">{t(item.descriptionKey)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
