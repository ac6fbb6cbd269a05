import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type ContactListItem, useContacts } from '../../api/contacts';
import { useMe } from '../../api/session';
import type { Shift } from '../../api/shifts';
import { Button, TextLink } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { QueryState } from '../../ui/QueryState';
import { ContactCard } from '../contacts/ContactCard';
import { formatTime, useCatalogueNames, useListFormat, useNumberFormat } from '../outreach/names';
import { isEditable } from './ShiftBits';

/** "Condom × 20, Leaflet × 1": what a contact handed out. */
export function useMaterialsText() {
  const { t } = useTranslation();
  const materials = useCatalogueNames('material');
  const list = useListFormat();
  const nf = useNumberFormat();
  return (items: ContactListItem['materials']) =>
    items.length === 0
      ? t('contacts.noMaterials')
      : list(
          items.map((m) =>
            t('contacts.materialCount', { name: materials.name(m.materialId), count: nf.number(m.quantity) }),
          ),
        );
}

/** Who a contact was with: the pseudonym (a link for roles that read records), or the head count. */
export function ContactWho({ contact, canRead }: { contact: ContactListItem; canRead: boolean }) {
  const { t } = useTranslation();
  if (contact.kind === 'anonymous') return <>{t('contacts.anonymousPeople', { count: contact.headCount ?? 0 })}</>;
  const name = contact.pseudonym ?? t('contacts.someone');
  return canRead && contact.clientId ? <TextLink href={`/clients/${contact.clientId}`}>{name}</TextLink> : name;
}

/**
 * The contacts recorded on a shift, newest first (no notes: those open only on
 * the card, which each row opens in a dialog to read and, while the shift is
 * editable, correct).
 */
export function ShiftContacts({ shift }: { shift: Shift }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState<ContactListItem | null>(null);
  const contacts = useContacts({ shiftId: shift.id, pageSize: 200 }, can(me.roles, 'contacts.read'));
  const materialsText = useMaterialsText();
  const canRead = can(me.roles, 'clients.read');
  if (!can(me.roles, 'contacts.read')) return null;
  return (
    <section className="panel stack" aria-labelledby="shift-contacts-title">
      <h2 id="shift-contacts-title">{t('contacts.title')}</h2>
      <QueryState query={contacts}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('contacts.noneYet')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t('contacts.count', { count: result.total })}
              </p>
              <DataTable caption={t('contacts.title')}>
                <thead>
                  <tr>
                    <th scope="col">{t('contacts.time')}</th>
                    <th scope="col">{t('contacts.card')}</th>
                    <th scope="col">{t('contacts.who')}</th>
                    <th scope="col">{t('contacts.materials')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((c) => (
                    <tr key={c.id}>
                      <td>{formatTime(c.occurredAt, i18n.language)}</td>
                      <td>{t(`contacts.kinds.${c.kind}`)}</td>
                      <th scope="row">
                        <ContactWho contact={c} canRead={canRead} />
                      </th>
                      <td>{materialsText(c.materials)}</td>
                      <td>
                        <Button
                          aria-label={t('contacts.openCardNamed', {
                            time: formatTime(c.occurredAt, i18n.language),
                            card: t(`contacts.kinds.${c.kind}`),
                          })}
                          onPress={() => setOpen(c)}
                        >
                          {t('contacts.openCard')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </>
          )
        }
      </QueryState>
      <ModalDialog
        title={open ? t(`contacts.cardTitles.${open.kind}`) : ''}
        isOpen={open !== null}
        onOpenChange={(isOpen) => !isOpen && setOpen(null)}
      >
        {open ? (
          <ContactCard
            contactId={open.id}
            pseudonym={open.pseudonym}
            editable={isEditable(shift)}
            onClose={() => setOpen(null)}
          />
        ) : null}
      </ModalDialog>
    </section>
  );
}
