import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '#core/roles';
import { visibleNavItems } from './navigation';

/**
 * The screens this user may open, grouped under headings. The router's Link
 * marks the current screen with aria-current="page".
 */
export function NavList({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const items = visibleNavItems(roles);
  const sections = [
    { id: 'main', heading: null, items: items.filter((i) => i.section === 'main') },
    { id: 'admin', heading: t('nav.admin'), items: items.filter((i) => i.section === 'admin') },
  ].filter((s) => s.items.length > 0);
  return (
    <>
      {sections.map((section) => (
        <div key={section.id} className="nav-section">
          {section.heading ? (
            <h2 className="nav-heading" id={`nav-${section.id}`}>
              {section.heading}
            </h2>
          ) : null}
          <ul className="nav-list" aria-labelledby={section.heading ? `nav-${section.id}` : undefined}>
            {section.items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} className="nav-link" activeOptions={{ exact: item.to === '/' }}>
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
