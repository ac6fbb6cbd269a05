import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe, useSignOut } from '../api/session';

/**
 * The signed-in user's menu (my account, sign out) as a disclosure: a button
 * that shows a short list of a link and a button. Escape or a click outside closes it.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        trigger.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={trigger}
        type="button"
        className="btn btn-quiet user-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24">
          <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M4 21a8 8 0 0 1 16 0" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className="user-name">{me.displayName}</span>
        <span className="visually-hidden">{t('userMenu.label')}</span>
      </button>
      <ul id={id} className="user-menu-list" hidden={!open}>
        <li>
          <Link to="/account" className="menu-item" onClick={() => setOpen(false)}>
            {t('nav.account')}
          </Link>
        </li>
        <li>
          <button
            type="button"
            className="menu-item"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in' }) })}
          >
            {t('auth.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
