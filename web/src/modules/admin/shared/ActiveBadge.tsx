import { useTranslation } from 'react-i18next';

/** "Active" / "Inactive" as text (never colour alone). */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={active ? 'badge badge-on' : 'badge badge-off'}>
      {active ? t('common.active') : t('common.inactive')}
    </span>
  );
}
