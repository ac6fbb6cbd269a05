import { useTranslation } from 'react-i18next';
import { useVerifyAudit } from '../../../api/audit';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormError } from '../../../ui/FormError';

/** Re-checks the audit trail's hash chain and says whether it is intact. */
export function VerifyChain() {
  const { t, i18n } = useTranslation();
  const verify = useVerifyAudit();
  const nf = new Intl.NumberFormat(i18n.language);
  return (
    <section className="panel stack" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('audit.verifyTitle')}</h2>
      <p className="muted">{t('audit.verifyIntro')}</p>
      <div className="btn-row">
        <Button onPress={() => verify.mutate()} isPending={verify.isPending}>
          {t('audit.verify')}
        </Button>
      </div>
      <FormError error={verify.error} />
      {verify.data ? (
        verify.data.ok ? (
          <Alert tone="success">
            {t('audit.chainOk', { count: verify.data.checked, formatted: nf.format(verify.data.checked) })}
          </Alert>
        ) : (
          <Alert tone="error">
            {t('audit.chainBroken', { seq: verify.data.brokenAtSeq ?? '?', formatted: nf.format(verify.data.checked) })}
          </Alert>
        )
      ) : null}
    </section>
  );
}
