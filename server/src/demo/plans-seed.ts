import { addReview, createPlan, updateGoal, updateStep } from '../modules/plans/index';
import { createReferral, moveReferral } from '../modules/referrals/index';
import type { Keyring } from '../platform/crypto/keyring';
import type { Tx } from '../platform/db/tenancy';

export interface PlansSeedContext {
  organisationId: string;
  keyring: Keyring;
  /** Demo users by their email local part. */
  users: Map<string, string>;
}

const zone = 'Europe/Warsaw';
const dayOffset = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(Date.now() + days * 86_400_000));

async function idOf(tx: Tx, table: 'clients' | 'partner_services', column: 'pseudonym' | 'name', value: string) {
  const row = await tx.selectFrom(table).select('id').where(column, '=', value).executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The Warsaw demo's plans and referrals, through the services the API uses:
 * S3 step 2 — Pan Zdzisław's plan with three goals and his referral to
 * substitution treatment, completed; S5 step 2 — Kuba's plan agreed in the
 * field and his referral to the social welfare centre, accepted.
 */
export async function seedPlansDemo(tx: Tx, ctx: PlansSeedContext): Promise<void> {
  const as = (user: string) => ({
    actor: { organisationId: ctx.organisationId, userId: ctx.users.get(user) ?? null, sessionId: null, ip: null },
    keyring: ctx.keyring,
  });
  const worker = ctx.users.get('outreach') ?? null;
  const zdzislaw = await idOf(tx, 'clients', 'pseudonym', 'Pan Zdzisław');
  const plan = await createPlan(tx, as('counsellor.psych'), zdzislaw, {
    agreedOn: dayOffset(-60),
    agreedHow: 'in_person',
    goals: [
      {
        domain: 'documents',
        description: 'Nowy dowód osobisty',
        targetOn: dayOffset(-30),
        steps: [{ title: 'Zdjęcia w punkcie', dueOn: dayOffset(-50), ownerUserId: worker }],
      },
      {
        domain: 'treatment',
        description: 'Rozpocząć leczenie substytucyjne',
        targetOn: dayOffset(-20),
        steps: [{ title: 'Rozmowa kwalifikacyjna w poradni', dueOn: dayOffset(-40), ownerUserId: null }],
      },
      {
        domain: 'housing',
        description: 'Mieszkanie readaptacyjne, potem własny najem',
        targetOn: dayOffset(90),
        steps: [{ title: 'Wniosek o mieszkanie z zasobu gminy', dueOn: dayOffset(7), ownerUserId: worker }],
      },
    ],
  });
  for (const goal of plan.goals.slice(0, 2)) {
    for (const step of goal.steps) await updateStep(tx, as('counsellor.psych'), step.id, { done: true });
    await updateGoal(tx, as('counsellor.psych'), goal.id, { status: 'achieved' });
  }
  await addReview(tx, as('counsellor.psych'), plan.id, {
    reviewedOn: dayOffset(-14),
    notes: 'Dowód odebrany, leczenie trwa od miesiąca; w mieszkaniu od dwóch tygodni, pilnuje zasad.',
  });
  const treatment = await idOf(tx, 'partner_services', 'name', 'Leczenie substytucyjne (metadon, buprenorfina)');
  const referral = await createReferral(tx, as('outreach'), {
    clientId: zdzislaw,
    partnerServiceId: treatment,
    reasonId: null,
    referredOn: dayOffset(-45),
    expectedBy: null,
    accompanied: true,
    consentGiven: true,
    shared: ['pseudonym', 'phone'],
    source: 'client',
    sourceId: null,
    notedIndex: null,
  });
  await moveReferral(tx, as('counsellor.psych'), referral.id, { status: 'accepted', on: dayOffset(-42) });
  await moveReferral(tx, as('counsellor.psych'), referral.id, {
    status: 'completed',
    on: dayOffset(-35),
    feedback: 'Przyjęty do programu, zgłasza się codziennie.',
  });

  const kuba = await idOf(tx, 'clients', 'pseudonym', 'Kuba spod bazaru');
  await createPlan(tx, as('outreach'), kuba, {
    agreedOn: dayOffset(-10),
    agreedHow: 'in_field',
    goals: [
      {
        domain: 'documents',
        description: 'Odzyskać dowód i legitymację emeryta',
        targetOn: dayOffset(20),
        steps: [{ title: 'Wizyta w urzędzie dzielnicy', dueOn: dayOffset(3), ownerUserId: worker }],
      },
      {
        domain: 'income',
        description: 'Zasiłek stały z ośrodka pomocy społecznej',
        targetOn: dayOffset(45),
        steps: [{ title: 'Wywiad z pracownikiem socjalnym', dueOn: dayOffset(5), ownerUserId: null }],
      },
    ],
  });
  const welfare = await idOf(tx, 'partner_services', 'name', 'Pomoc społeczna dla osób w kryzysie bezdomności');
  const toWelfare = await createReferral(tx, as('outreach'), {
    clientId: kuba,
    partnerServiceId: welfare,
    reasonId: null,
    referredOn: dayOffset(-9),
    expectedBy: null,
    accompanied: false,
    consentGiven: true,
    shared: ['pseudonym'],
    source: 'client',
    sourceId: null,
    notedIndex: null,
  });
  await moveReferral(tx, as('counsellor.psych'), toWelfare.id, { status: 'accepted', on: dayOffset(-6) });
}
