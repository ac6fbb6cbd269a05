import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous/next paging for server-side lists, with "n–m of total". */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const nf = new Intl.NumberFormat(i18n.language);
  return (
    <nav className="pager" aria-label={t('common.paging')}>
      <Button isDisabled={page <= 1} onPress={() => onPage(page - 1)}>
        {t('common.previous')}
      </Button>
      <span aria-live="polite">
        {t('common.range', { from: nf.format(from), to: nf.format(to), total: nf.format(total) })}
      </span>
      <Button isDisabled={page >= pages} onPress={() => onPage(page + 1)}>
        {t('common.next')}
      </Button>
    </nav>
  );
}
