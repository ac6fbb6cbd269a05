import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { type Shift, useShift } from '../../api/shifts';
import { Alert } from '../../ui/Alert';
import { TextLink } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { mayRecordOn, useShiftLine } from '../shifts/ShiftBits';
import type { ContactWho } from './contactBody';
import { WhatStep } from './WhatStep';
import { WhoStep } from './WhoStep';
import '../shifts/shifts.css';
import './contacts.css';

function Steps({ shift }: { shift: Shift }) {
  const navigate = useNavigate({ from: '/shifts/$shiftId/contact' });
  const { step } = useSearch({ from: '/app/shifts/$shiftId/contact' });
  const shiftLine = useShiftLine();
  // Kept above both screens, so going back from the second to the first and
  // forward again keeps the choice; a reload starts again at the first screen.
  const [who, setWho] = useState<ContactWho | null>(null);
  if (step === 'what' && who) {
    return (
      <WhatStep
        key={who.kind === 'anonymous' ? 'anonymous' : who.clientId}
        shift={shift}
        who={who}
        onSaved={(kind) =>
          void navigate({
            to: '/shifts/$shiftId',
            params: { shiftId: shift.id },
            search: { saved: kind },
            replace: true,
          })
        }
      />
    );
  }
  return (
    <WhoStep
      shiftLine={shiftLine(shift)}
      onChoose={(chosen) => {
        setWho(chosen);
        void navigate({ search: { step: 'what' } });
      }}
    />
  );
}

/**
 * Recording a contact on a phone, in at most three screens and with no typing
 * beyond a search: who (search, tap the person — or new, or anonymous) → what
 * (tap the materials, save) → back on the shift, which says "Saved". The
 * shift supplies the channel, team, area and, with one spot, the place.
 */
export function RecordContactScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const { shiftId } = useParams({ from: '/app/shifts/$shiftId/contact' });
  const shift = useShift(shiftId);
  return (
    <div className="stack contact-screen">
      <p>
        <TextLink href={`/shifts/${shiftId}`}>{t('contacts.backToShift')}</TextLink>
      </p>
      <QueryState query={shift}>
        {(s) =>
          mayRecordOn(s, me) ? (
            <Steps shift={s} />
          ) : (
            <>
              <PageHeader title={t('contacts.whoTitle')} />
              <Alert tone="warning">{t('contacts.cannotRecord')}</Alert>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
