import { useTranslation } from 'react-i18next';
import type { HousingUnit } from '../../api/housing';
import type { Site } from '../../api/types';
import { ModalDialog } from '../../ui/Dialog';
import { CancelBookingForm } from './CancelBookingForm';
import { EndStayForm } from './EndStayForm';
import type { ChosenPerson, Stay } from './housingText';
import { MoveForm } from './MoveForm';
import { PlaceForm } from './PlaceForm';
import { PlannedEndForm } from './PlannedEndForm';
import { UnitForm } from './UnitForm';
import { WaitingForm } from './WaitingForm';

/** What the housing screen has open: one dialog at a time, opened from the board, the lists or the units. */
export type HousingDialog =
  | { kind: 'place'; unitId?: string; person?: ChosenPerson }
  | { kind: 'end' | 'move' | 'plannedEnd' | 'cancel'; stay: Stay }
  | { kind: 'wait' }
  | { kind: 'unit'; unit?: HousingUnit };

const titles = {
  place: 'housing.placeTitle',
  end: 'housing.endTitle',
  move: 'housing.moveTitle',
  plannedEnd: 'housing.plannedEndTitle',
  cancel: 'housing.cancelBookingTitle',
  wait: 'housing.waitingAddTitle',
  unit: 'housing.addUnitTitle',
} as const;

/**
 * The housing screen's dialogs. Each closes on success and says what was done
 * in the screen's notice (a live region), since the button that opened it may
 * be gone by then (a bed taken, a person off the waiting list).
 */
export function HousingDialogs({
  dialog,
  onClose,
  onDone,
  siteId,
  sites,
  units,
}: {
  dialog: HousingDialog | null;
  onClose: () => void;
  onDone: (notice: string) => void;
  siteId: string;
  sites: readonly Site[];
  units: readonly HousingUnit[];
}) {
  const { t } = useTranslation();
  const title =
    dialog?.kind === 'unit' && dialog.unit
      ? t('housing.renameTitle', { label: dialog.unit.label })
      : t(titles[dialog?.kind ?? 'place']);

  function body(d: HousingDialog) {
    switch (d.kind) {
      case 'place':
        return (
          <PlaceForm
            units={units}
            unitId={d.unitId}
            person={d.person}
            onDone={(p) => onDone(t('housing.placedNotice', { name: p.pseudonym, unit: p.unitLabel }))}
          />
        );
      case 'end':
        return <EndStayForm stay={d.stay} onDone={(p) => onDone(t('housing.endedNotice', { name: p.pseudonym }))} />;
      case 'move':
        return (
          <MoveForm
            stay={d.stay}
            siteId={siteId}
            sites={sites}
            onDone={(m) => onDone(t('housing.movedNotice', { name: m.started.pseudonym, unit: m.started.unitLabel }))}
          />
        );
      case 'plannedEnd':
        return (
          <PlannedEndForm stay={d.stay} onDone={(p) => onDone(t('housing.plannedEndSaved', { name: p.pseudonym }))} />
        );
      case 'cancel':
        return (
          <CancelBookingForm
            stay={d.stay}
            onDone={(p) => onDone(t('housing.bookingCancelled', { name: p.pseudonym }))}
          />
        );
      case 'wait':
        return <WaitingForm siteId={siteId} onDone={(e) => onDone(t('housing.waitingAdded', { name: e.pseudonym }))} />;
      case 'unit':
        return <UnitForm siteId={siteId} unit={d.unit} onDone={() => onDone(t('common.saved'))} />;
    }
  }

  return (
    <ModalDialog title={title} isOpen={dialog !== null} onOpenChange={(open) => !open && onClose()}>
      {dialog ? body(dialog) : null}
    </ModalDialog>
  );
}
