import { can } from '#core/permissions/index';
import { useMe } from '../../api/session';
import { TextLink } from '../../ui/Button';

/** A person's pseudonym, a link to their page for roles that read people (the desk only finds them). */
export function PersonName({ clientId, pseudonym }: { clientId: string; pseudonym: string }) {
  const me = useMe();
  return can(me.roles, 'clients.read') ? (
    <TextLink href={`/clients/${encodeURIComponent(clientId)}`}>{pseudonym}</TextLink>
  ) : (
    pseudonym
  );
}
