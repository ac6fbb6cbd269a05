import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { FormError, fieldErrors } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';

export interface PasswordDialogProps {
  title: string;
  intro: string;
  confirmLabel: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: (password: string) => void;
  isPending: boolean;
  error: unknown;
  danger?: boolean;
}

/** Asks for the current password before a sensitive change (turning two-factor off, new recovery codes). */
export function PasswordDialog(props: PasswordDialogProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onConfirm(password);
  }
  return (
    <ModalDialog title={props.title} isOpen={props.isOpen} onOpenChange={props.onOpenChange}>
      <Form className="form" onSubmit={submit} validationErrors={fieldErrors(props.error)}>
        <p>{props.intro}</p>
        <FormError error={props.error} fieldNames={['password']} />
        <TextField
          name="password"
          type="password"
          label={t('auth.password')}
          autoComplete="current-password"
          isRequired
          autoFocus
          value={password}
          onChange={setPassword}
        />
        <div className="btn-row">
          <Button type="submit" variant={props.danger ? 'danger' : 'primary'} isPending={props.isPending}>
            {props.confirmLabel}
          </Button>
          <Button slot="close">{t('common.cancel')}</Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
