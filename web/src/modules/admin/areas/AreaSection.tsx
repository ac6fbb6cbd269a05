import { useTranslation } from 'react-i18next';
import type { Area, Spot } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { ActiveBadge } from '../shared/ActiveBadge';
import { EditButton } from '../shared/EditButton';

export interface AreaSectionProps {
  area: Area;
  canManage: boolean;
  onEditArea: () => void;
  onAddSpot: () => void;
  onEditSpot: (spot: Spot) => void;
}

/** One area: its heading, description and a table of its spots. */
export function AreaSection({ area, canManage, onEditArea, onAddSpot, onEditSpot }: AreaSectionProps) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 6 });
  const headingId = `area-${area.id}`;
  return (
    <section className="panel stack" aria-labelledby={headingId}>
      <div className="page-header">
        <h2 id={headingId}>
          {area.name} <ActiveBadge active={area.active} />
        </h2>
        {canManage ? (
          <div className="btn-row">
            <EditButton name={area.name} onPress={onEditArea} />
            <Button onPress={onAddSpot} aria-label={t('spots.addTo', { name: area.name })}>
              {t('spots.new')}
            </Button>
          </div>
        ) : null}
      </div>
      {area.description ? <p>{area.description}</p> : null}
      {area.spots.length === 0 ? (
        <p className="muted">{t('spots.empty')}</p>
      ) : (
        <DataTable caption={t('spots.caption', { name: area.name })}>
          <thead>
            <tr>
              <th scope="col">{t('spots.name')}</th>
              <th scope="col">{t('spots.kind')}</th>
              <th scope="col" className="num">
                {t('spots.latitude')}
              </th>
              <th scope="col" className="num">
                {t('spots.longitude')}
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
            {area.spots.map((spot) => (
              <tr key={spot.id}>
                <th scope="row">{spot.name}</th>
                <td>{t(`spotKinds.${spot.kind}`)}</td>
                <td className="num">{spot.latitude === null ? '' : nf.format(spot.latitude)}</td>
                <td className="num">{spot.longitude === null ? '' : nf.format(spot.longitude)}</td>
                <td>
                  <ActiveBadge active={spot.active} />
                </td>
                {canManage ? (
                  <td>
                    <EditButton name={spot.name} onPress={() => onEditSpot(spot)} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
