import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

/**
 * "Edit" for a row, with the row's name in the accessible name so a screen-reader
 * user hearing a list of buttons knows which one is which.
 */
export function EditButton({ name, onPress }: { name: string; onPress: () => void }) {
  const { t } = useTranslation();
  return (
    <Button onPress={onPress} aria-label={t('common.editNamed', { name })}>
      {t('common.edit')}
    </Button>
  );
}
