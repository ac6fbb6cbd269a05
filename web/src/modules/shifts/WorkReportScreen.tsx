import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useMe } from '../../api/session';
import { blankCardPdfPath, useWorkReport, type WorkReport, workReportPdfPath } from '../../api/shifts';
import { Button, TextLink } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { useCatalogueNames, useMaterialLabel, useNumberFormat, useWorkerNames } from '../outreach/names';
import { ShiftFacts } from './ShiftBits';
import '../clients/clients.css';
import './shifts.css';
import './report.css';

/** A table of label → number, with an empty-state line when there is nothing to count. */
function CountTable({
  caption,
  head,
  rows,
  empty,
}: {
  caption: string;
  head: [string, ...string[]];
  rows: { key: string; cells: [ReactNode, ...number[]] }[];
  empty: string;
}) {
  const nf = useNumberFormat();
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.cells[0]}</th>
            {row.cells.slice(1).map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
              <td key={i} className="num">
                {nf.number(n as number)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Report({ report }: { report: WorkReport }) {
  const { t, i18n } = useTranslation();
  const nf = useNumberFormat();
  const services = useCatalogueNames('service');
  const reasons = useCatalogueNames('referral_reason');
  const materialLabel = useMaterialLabel();
  const workers = useWorkerNames();
  const { shift } = report;
  const genderLabel = (key: string) =>
    key === 'unknown' ? t('print.gender_unknown') : t(`clients.genderChoices.${key}`);
  const ageLabel = (key: string) => (key === 'unknown' ? t('report.unknownAge') : t(`clients.ageBands.${key}`));

  return (
    <div className="work-report stack">
      <Section id="report-shift" title={t('report.shift')}>
        <ShiftFacts shift={shift} />
      </Section>

      <Section id="report-hours" title={t('print.hours')}>
        <dl className="report-figures">
          <div>
            <dt>{t('print.shiftHours')}</dt>
            <dd>{nf.hours(report.hours.shift)}</dd>
          </div>
          <div>
            <dt>{t('print.personHours')}</dt>
            <dd>{nf.hours(report.hours.personHours)}</dd>
          </div>
          <div>
            <dt>{t('print.members')}</dt>
            <dd>{nf.number(report.hours.members)}</dd>
          </div>
        </dl>
      </Section>

      <Section id="report-people" title={t('print.people')}>
        <dl className="report-figures">
          <div>
            <dt>{t('print.newPeople')}</dt>
            <dd>{nf.number(report.people.new)}</dd>
          </div>
          <div>
            <dt>{t('print.knownPeople')}</dt>
            <dd>{nf.number(report.people.known)}</dd>
          </div>
          <div>
            <dt>{t('print.anonymousPeople')}</dt>
            <dd>{nf.number(report.people.anonymous)}</dd>
          </div>
        </dl>
        <p className="field-description">{t('report.peopleNote')}</p>
        <div className="report-columns">
          <CountTable
            caption={t('print.byGender')}
            head={[t('print.byGender'), t('print.count')]}
            rows={report.people.byGender.map((g) => ({ key: g.key, cells: [genderLabel(g.key), g.count] }))}
            empty={t('report.nobodyNamed')}
          />
          <CountTable
            caption={t('print.byAgeBand')}
            head={[t('print.byAgeBand'), t('print.count')]}
            rows={report.people.byAgeBand.map((g) => ({ key: g.key, cells: [ageLabel(g.key), g.count] }))}
            empty={t('report.nobodyNamed')}
          />
        </div>
      </Section>

      <Section id="report-contacts" title={t('print.contactsByKind')}>
        <CountTable
          caption={t('print.contactsByKind')}
          head={[t('contacts.card'), t('print.count')]}
          rows={report.contactsByKind.map((k) => ({ key: k.key, cells: [t(`contacts.kinds.${k.key}`), k.count] }))}
          empty={t('contacts.noneYet')}
        />
      </Section>

      <Section id="report-services" title={t('print.services')}>
        <CountTable
          caption={t('print.services')}
          head={[t('report.service'), t('print.count'), t('print.minutes')]}
          rows={report.services.map((s) => ({
            key: s.serviceId,
            cells: [services.name(s.serviceId), s.count, s.minutes],
          }))}
          empty={t('report.noServices')}
        />
      </Section>

      <Section id="report-materials" title={t('print.materials')}>
        <CountTable
          caption={t('print.materials')}
          head={[t('report.material'), t('print.quantity'), t('print.returned'), t('print.secondaryFor')]}
          rows={report.materials.map((m) => ({
            key: m.materialId,
            cells: [materialLabel(m.materialId), m.quantity, m.returned, m.secondaryFor],
          }))}
          empty={t('contacts.noMaterials')}
        />
      </Section>

      <Section id="report-referrals" title={t('print.referrals')}>
        <CountTable
          caption={t('print.referrals')}
          head={[t('print.reason'), t('print.count')]}
          rows={report.referrals.map((r) => ({
            key: r.reasonId ?? 'none',
            cells: [r.reasonId ? reasons.name(r.reasonId) : t('report.noReason'), r.count],
          }))}
          empty={t('report.noReferrals')}
        />
        <dl className="report-figures">
          <div>
            <dt>{t('print.followUps')}</dt>
            <dd>{nf.number(report.followUps)}</dd>
          </div>
          <div>
            <dt>{t('print.incidents')}</dt>
            <dd>{nf.number(report.incidents)}</dd>
          </div>
        </dl>
      </Section>

      <Section id="report-narrative" title={t('print.narrative')}>
        <p className="report-narrative">
          {shift.narrative || <span className="missing">{t('shifts.noNarrative')}</span>}
        </p>
      </Section>

      <Section id="report-review" title={t('report.review')}>
        <dl className="facts">
          <dt>{t('print.submittedAt')}</dt>
          <dd>{shift.submittedAt ? formatDateTime(shift.submittedAt, i18n.language) : t('shifts.notYet')}</dd>
          <dt>{t('report.reviewed')}</dt>
          <dd>
            {shift.reviewedAt
              ? t('report.reviewedBy', {
                  name: workers.name(shift.reviewedBy),
                  date: formatDateTime(shift.reviewedAt, i18n.language),
                })
              : t('shifts.notYet')}
          </dd>
        </dl>
      </Section>

      {/* Only on paper, like the printed form: room to sign. */}
      <div className="print-only report-signatures" aria-hidden="true">
        <p>{t('print.signatureWorker')}</p>
        <p>{t('print.signatureCoordinator')}</p>
      </div>
    </div>
  );
}

/**
 * The work report ("raport z pracy") of one shift, computed by the server from
 * its records, with catalogue names in the reader's language. The browser
 * prints it like the paper form (report.css); the PDF is the server's.
 */
export function WorkReportScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const { shiftId } = useParams({ from: '/app/shifts/$shiftId/report' });
  const report = useWorkReport(shiftId);
  return (
    <div className="stack">
      <p className="report-actions">
        <TextLink href={`/shifts/${shiftId}`}>{t('report.backToShift')}</TextLink>
      </p>
      <PageHeader title={t('report.title')} />
      <div className="btn-row report-actions">
        <Button variant="primary" onPress={() => window.print()}>
          {t('report.print')}
        </Button>
        <a className="btn" href={workReportPdfPath(shiftId)} download>
          {t('report.downloadPdf')}
        </a>
        {can(me.roles, 'contacts.create') ? (
          <>
            <a className="btn" href={blankCardPdfPath('first')} download>
              {t('report.blankFirstCard')}
            </a>
            <a className="btn" href={blankCardPdfPath('repeat')} download>
              {t('report.blankRepeatCard')}
            </a>
          </>
        ) : null}
      </div>
      <QueryState query={report}>{(r) => <Report report={r} />}</QueryState>
    </div>
  );
}
