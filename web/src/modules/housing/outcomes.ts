import { useTranslation } from 'react-i18next';
import { endOutcomes } from '#core/schemas/housing';

/** The outcomes a worker may choose when ending a stay (`moved` is written by a move only). */
export function useOutcomeOptions() {
  const { t } = useTranslation();
  return endOutcomes.map((id) => ({ id, label: t(`housing.outcomes.${id}`) }));
}
