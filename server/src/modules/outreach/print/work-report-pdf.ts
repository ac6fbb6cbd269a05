import type { Locale } from '#core/i18n/locales';
import type { WorkReport } from '#core/schemas/work-report';
import type { Tx } from '../../../platform/db/tenancy';
import { PaperForm } from './document';
import { ageBandLabel, catalogueLabels, printText } from './labels';

const dateTime = (locale: Locale, timeZone: string, iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso))
    : '—';

/**
 * The work report as the paper "raport z pracy": the shift, hours, people met,
 * contacts, services, materials, referrals, incidents and the narrative, with
 * places to sign. Only counts and the worker's own narrative: no person is named.
 */
export async function workReportPdf(
  tx: Tx,
  organisationId: string,
  report: WorkReport,
  locale: Locale,
): Promise<Buffer> {
  const t = printText(locale);
  const { shift } = report;
  const org = await tx
    .selectFrom('organisations')
    .select(['name', 'time_zone'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const team = await tx.selectFrom('teams').select('name').where('id', '=', shift.teamId).executeTakeFirst();
  const area = shift.areaId
    ? await tx.selectFrom('areas').select('name').where('id', '=', shift.areaId).executeTakeFirst()
    : undefined;
  const spots = shift.spotIds.length
    ? await tx.selectFrom('spots').select('name').where('id', 'in', shift.spotIds).execute()
    : [];
  const members = shift.memberIds.length
    ? await tx
        .selectFrom('users')
        .select('display_name')
        .where('id', 'in', shift.memberIds)
        .orderBy('display_name')
        .execute()
    : [];
  const labels = await catalogueLabels(tx, locale);
  const label = (id: string | null) => (id ? (labels.get(id) ?? '—') : t('unknown'));
  const when = (iso: string | null) => dateTime(locale, org.time_zone, iso);

  const form = new PaperForm(t('workReportTitle'));
  form.field(t('organisation'), org.name);
  form.field(t('team'), team?.name ?? '—');
  form.field(
    t('date'),
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${shift.date}T12:00:00Z`)),
  );
  form.field(t('planned'), `${shift.plannedStart}–${shift.plannedEnd}`);
  form.field(t('actual'), `${when(shift.actualStart)} – ${when(shift.actualEnd)}`);
  form.field(t('channel'), t(`channel_${shift.channel}`));
  form.field(t('area'), area?.name ?? '—');
  form.field(t('spots'), spots.map((s) => s.name).join(', ') || '—');
  form.field(t('members'), members.map((m) => m.display_name).join(', ') || '—');
  form.field(t('status'), t(`status_${shift.status}`));

  form.heading(t('hours'));
  form.field(t('shiftHours'), new Intl.NumberFormat(locale).format(report.hours.shift));
  form.field(t('personHours'), new Intl.NumberFormat(locale).format(report.hours.personHours));

  form.heading(t('people'));
  form.field(t('newPeople'), String(report.people.new));
  form.field(t('knownPeople'), String(report.people.known));
  form.field(t('anonymousPeople'), String(report.people.anonymous));
  form.field(t('byGender'), report.people.byGender.map((g) => `${t(`gender_${g.key}`)}: ${g.count}`).join(', ') || '—');
  form.field(
    t('byAgeBand'),
    report.people.byAgeBand
      .map((b) => `${b.key === 'unknown' ? t('unknown') : ageBandLabel(b.key)}: ${b.count}`)
      .join(', ') || '—',
  );

  form.heading(t('contactsByKind'));
  form.table(
    [t('contactsByKind'), t('count')],
    report.contactsByKind.map((k) => [t(`kind_${k.key}`), k.count]),
    t('none'),
  );

  form.heading(t('services'));
  form.table(
    [t('services'), t('count'), t('minutes')],
    report.services.map((s) => [label(s.serviceId), s.count, s.minutes]),
    t('none'),
  );

  form.heading(t('materials'));
  form.table(
    [t('materials'), t('quantity'), t('returned'), t('secondaryFor')],
    report.materials.map((m) => [label(m.materialId), m.quantity, m.returned, m.secondaryFor]),
    t('none'),
  );

  form.heading(t('referrals'));
  form.table(
    [t('reason'), t('count')],
    report.referrals.map((r) => [label(r.reasonId), r.count]),
    t('none'),
  );
  form.field(t('followUps'), String(report.followUps));
  form.field(t('incidents'), String(report.incidents));

  form.heading(t('narrative'));
  form.paragraph(shift.narrative ?? '—');
  if (shift.reviewComment) {
    form.heading(t('reviewComment'));
    form.paragraph(shift.reviewComment);
  }
  form.field(t('submittedAt'), when(shift.submittedAt));
  form.field(t('reviewedAt'), when(shift.reviewedAt));
  form.doc.moveDown(2);
  form.writeIn(t('signatureWorker'));
  form.writeIn(t('signatureCoordinator'));
  return form.end();
}
