import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { notesAad } from '../../../server/src/modules/counselling/context';
import { Keyring } from '../../../server/src/platform/crypto/keyring';
import { withTenant } from '../../../server/src/platform/db/tenancy';
import type { Database } from '../../../server/src/platform/db/types';
import type { Appointment } from './build-appointments';
import type { Setting } from './setting';

/** Fictional notes of a realistic length (sealed; statistics never read them). */
const noteTexts = [
  'Omówienie sytuacji mieszkaniowej; pomoc w przygotowaniu wniosku o lokal socjalny. Klientka zgłasza problemy ze snem. Kolejne spotkanie za dwa tygodnie, przynieść decyzję z MOPS.',
  'Rozmowa o ograniczaniu używania; plan redukcji szkód na weekend, informacja o punkcie wymiany. Umówiono kontakt telefoniczny w piątek.',
  'Konzultace k dluhům: exekuce u dvou věřitelů, sepsán návrh na oddlužení. Klient má doložit výplatní pásky.',
  'Zmiana opatrunku na podudziu, rana goi się prawidłowo. Zalecenia: utrzymywać w suchości, kontrola za tydzień.',
  'Розмова про документи: паспорт втрачено, допомога із записом до консульства. Наступна зустріч після отримання довідки.',
  'Follow-up after the crisis last month: sleeping at the shelter, eating regularly, wants to contact their sister. Agreed on a safety plan; next session in a week.',
];

/** The notes by appointment id, sealed as the app seals them; none without the master key. */
export async function sealNotes(
  setting: Setting,
  appointments: Appointment[],
  ownerUrl: string,
  masterKey: Buffer | undefined,
): Promise<Map<string, string>> {
  const { rng } = setting;
  const org = setting.org.id;
  // Notes of most done appointments, sealed under the organisation's data key (AAD as the service binds them).
  const sealed = new Map<string, string>();
  if (masterKey) {
    const keyPool = new pg.Pool({ connectionString: ownerUrl, max: 1 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: keyPool }) });
    try {
      const keyring = new Keyring(masterKey);
      await withTenant(db, { organisationId: org, userId: null }, async (tx) => {
        for (const a of appointments)
          if (a.status === 'done' && rng.chance(0.6))
            sealed.set(a.id, await keyring.encrypt(tx, org, rng.pick(noteTexts), notesAad(a.id)));
      });
    } finally {
      await db.destroy();
    }
  }
  return sealed;
}
