import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import {
  type ClientMerge,
  type ClientSummary,
  useClientSearch,
  useMergeClient,
  useMerges,
  useUndoMerge,
} from '../../api/clients';
import { Alert } from '../../ui/Alert';
import { Button, TextLink } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { formatDateTime } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';
import { TextField } from '../../ui/TextField';
import { StatusBadge } from './ClientTable';
import { useDebounced } from './useDebounced';

/** Finds the duplicate to merge: by pseudonym as you type, or by code on Enter. */
function DuplicatePicker({ keptId, onPick }: { keptId: string; onPick: (c: ClientSummary) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [code, setCode] = useState('');
  const [appliedCode, setAppliedCode] = useState('');
  const settled = useDebounced(q.trim(), 300);
  const searchQ = settled.length >= limits.searchMin ? settled : '';
  const body =
    searchQ || appliedCode
      ? { ...(searchQ ? { q: searchQ } : {}), ...(appliedCode ? { code: appliedCode } : {}), includeClosed: true }
      : null;
  const search = useClientSearch(body);
  const candidates = (search.data?.items ?? []).filter(
    (c) => c.id !== keptId && c.status !== 'merged' && c.status !== 'anonymised',
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAppliedCode(code.trim());
  }

  return (
    <div className="stack">
      <Form className="form" role="search" onSubmit={submit}>
        <TextField
          name="q"
          type="search"
          label={t('clients.searchPseudonym')}
          maxLength={limits.pseudonymMax}
          autoComplete="off"
          value={q}
          onChange={setQ}
        />
        <TextField
          name="code"
          label={t('clients.searchCode')}
          description={t('clients.searchCodeHint')}
          maxLength={limits.codeMax}
          autoComplete="off"
          spellCheck="false"
          value={code}
          onChange={(v) => {
            setCode(v);
            if (v.trim() === '') setAppliedCode('');
          }}
        />
        <div className="btn-row">
          <Button type="submit">{t('common.search')}</Button>
          <Button slot="close">{t('common.cancel')}</Button>
        </div>
      </Form>
      {body ? (
        <QueryState query={search}>
          {() =>
            candidates.length === 0 ? (
              <p aria-live="polite">{t('clients.noneFound')}</p>
            ) : (
              <ul className="pick-list" aria-label={t('clients.results')}>
                {candidates.map((c) => (
                  <li key={c.id}>
                    <span>
                      <strong>{c.pseudonym}</strong> <StatusBadge status={c.status} />
                    </span>
                    <Button onPress={() => onPick(c)} aria-label={t('clients.chooseNamed', { name: c.pseudonym })}>
                      {t('clients.choose')}
                    </Button>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      ) : null}
    </div>
  );
}

function MergesTable({
  merges,
  canMerge,
  onUndo,
  undoing,
}: {
  merges: ClientMerge[];
  canMerge: boolean;
  onUndo: (merge: ClientMerge) => void;
  undoing: string | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable caption={t('clients.pastMerges')}>
      <thead>
        <tr>
          <th scope="col">{t('clients.mergedAt')}</th>
          <th scope="col">{t('clients.mergedRecord')}</th>
          <th scope="col" className="num">
            {t('clients.movedRecords')}
          </th>
          <th scope="col">{t('common.status')}</th>
          {canMerge ? (
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {merges.map((merge) => (
          <tr key={merge.id}>
            <td>{formatDateTime(merge.mergedAt, i18n.language)}</td>
            <td>
              <TextLink href={`/clients/${merge.mergedId}`}>{t('clients.openMergedRecord')}</TextLink>
            </td>
            <td className="num">{merge.movedRecords}</td>
            <td>
              {merge.undoneAt
                ? t('clients.undoneAt', { date: formatDateTime(merge.undoneAt, i18n.language) })
                : t('clients.mergeInEffect')}
            </td>
            {canMerge ? (
              <td>
                {merge.undoneAt ? null : (
                  <Button
                    onPress={() => onUndo(merge)}
                    isPending={undoing === merge.id}
                    aria-label={t('clients.undoMergeNamed', { date: formatDateTime(merge.mergedAt, i18n.language) })}
                  >
                    {t('clients.undo')}
                  </Button>
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/**
 * Duplicates of this person: merge one in (its records move here; audited and
 * reversible), see past merges and undo them.
 */
export function MergeSection({
  keptId,
  keptPseudonym,
  canMerge,
}: {
  keptId: string;
  keptPseudonym: string;
  canMerge: boolean;
}) {
  const { t } = useTranslation();
  const merges = useMerges(keptId);
  const merge = useMergeClient(keptId);
  const undo = useUndoMerge(keptId);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<ClientSummary | null>(null);
  const [last, setLast] = useState<{ merge: ClientMerge; pseudonym: string } | null>(null);

  const doUndo = (m: ClientMerge) =>
    undo.mutate(m.id, {
      onSuccess: (undone) =>
        setLast((prev) => (prev && prev.merge.id === undone.id ? { ...prev, merge: undone } : prev)),
    });

  return (
    <section className="panel stack" aria-labelledby="merges-title">
      <div className="section-header">
        <h2 id="merges-title">{t('clients.merges')}</h2>
        {canMerge ? (
          <Button
            onPress={() => {
              merge.reset();
              setPicking(true);
            }}
          >
            {t('clients.mergeDuplicate')}
          </Button>
        ) : null}
      </div>
      {last ? (
        last.merge.undoneAt ? (
          <Alert tone="success">{t('clients.mergeUndone', { name: last.pseudonym })}</Alert>
        ) : (
          <div className="alert alert-success stack" role="status">
            <p>{t('clients.merged', { name: last.pseudonym, count: last.merge.movedRecords })}</p>
            <div className="btn-row">
              <Button onPress={() => doUndo(last.merge)} isPending={undo.isPending}>
                {t('clients.undo')}
              </Button>
            </div>
          </div>
        )
      ) : null}
      <FormError error={undo.error} />
      <QueryState query={merges}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('clients.noMerges')}</p>
          ) : (
            <MergesTable
              merges={items}
              canMerge={canMerge}
              onUndo={doUndo}
              undoing={undo.isPending ? (undo.variables ?? null) : null}
            />
          )
        }
      </QueryState>
      <ModalDialog title={t('clients.mergeDuplicate')} isOpen={picking} onOpenChange={setPicking}>
        {picking ? (
          <DuplicatePicker
            keptId={keptId}
            onPick={(c) => {
              setPicking(false);
              setPicked(c);
            }}
          />
        ) : null}
      </ModalDialog>
      <ModalDialog
        title={t('clients.mergeConfirmTitle')}
        role="alertdialog"
        isOpen={picked !== null}
        onOpenChange={(open) => !open && setPicked(null)}
      >
        {picked ? (
          <div className="stack">
            <p>{t('clients.mergeConfirm', { duplicate: picked.pseudonym, kept: keptPseudonym })}</p>
            <FormError error={merge.error} />
            <div className="btn-row">
              <Button
                variant="danger"
                isPending={merge.isPending}
                onPress={() =>
                  merge.mutate(picked.id, {
                    onSuccess: (result) => {
                      setLast({ merge: result, pseudonym: picked.pseudonym });
                      setPicked(null);
                    },
                  })
                }
              >
                {t('clients.mergeAction')}
              </Button>
              <Button onPress={() => setPicked(null)}>{t('common.cancel')}</Button>
            </div>
          </div>
        ) : null}
      </ModalDialog>
    </section>
  );
}
