import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useAreas } from '../../../api/places';
import { useMe } from '../../../api/session';
import type { Area, Spot } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { AreaForm } from './AreaForm';
import { AreaSection } from './AreaSection';
import { SpotForm } from './SpotForm';

type Editing = { kind: 'area'; area?: Area } | { kind: 'spot'; areaId: string; spot?: Spot } | null;

/** Outreach areas, each with its spots (streets, clubs, stations…). */
export function AreasScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const areas = useAreas();
  const canManage = can(me.roles, 'areas.manage');
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const title =
    editing?.kind === 'area'
      ? editing.area
        ? t('areas.edit')
        : t('areas.new')
      : editing?.spot
        ? t('spots.edit')
        : t('spots.new');

  return (
    <div className="stack">
      <PageHeader
        title={t('nav.areas')}
        actions={
          canManage ? (
            <Button variant="primary" onPress={() => setEditing({ kind: 'area' })}>
              {t('areas.new')}
            </Button>
          ) : null
        }
      />
      <QueryState query={areas}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('areas.empty')}</p>
          ) : (
            items.map((area) => (
              <AreaSection
                key={area.id}
                area={area}
                canManage={canManage}
                onEditArea={() => setEditing({ kind: 'area', area })}
                onAddSpot={() => setEditing({ kind: 'spot', areaId: area.id })}
                onEditSpot={(spot) => setEditing({ kind: 'spot', areaId: area.id, spot })}
              />
            ))
          )
        }
      </QueryState>
      <ModalDialog title={title} isOpen={editing !== null} onOpenChange={(open) => !open && close()}>
        {editing?.kind === 'area' ? <AreaForm area={editing.area} onDone={close} /> : null}
        {editing?.kind === 'spot' ? <SpotForm areaId={editing.areaId} spot={editing.spot} onDone={close} /> : null}
      </ModalDialog>
    </div>
  );
}
