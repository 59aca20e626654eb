// What the bot says about plans: a quota that ran out, /usage, /upgrade and /billing, and the
// news a webhook brings (a plan started, changed or ended, a payment failed).
import { commandButton, type OutgoingMessage } from '../model/message.ts';
import type { QuotaCheck, QuotaStatus } from './quota.ts';
import { grantingStatuses, type Subscription } from './subscription.ts';
import { quotaKinds, quotaNames, type QuotaKind, type Tier, type TierPlan } from './tiers.ts';
import { say } from '../language/current.ts';

const upgradeButton = () => commandButton(say({ en: 'Upgrade', es: 'Mejorar mi plan' }), '/upgrade', 'primary');
const dayLabel = (date: Date) => date.toLocaleDateString(say({ en: 'en-GB', es: 'es-ES' }), { day: 'numeric', month: 'short', timeZone: 'UTC' });
const number = (n: number) => n.toLocaleString(say({ en: 'en-US', es: 'es-ES' }));
const quotaNamesEs: Record<QuotaKind, [string, string]> = {
  resumeParses: ['subida de currículum', 'subidas de currículum'],
  optimizations: ['comparación con una oferta', 'comparaciones con ofertas'],
  interviews: ['entrevista de práctica', 'entrevistas de práctica'],
  aiTokens: ['token de IA', 'tokens de IA'],
};
const nameOf = (kind: QuotaKind) => say({ en: quotaNames, es: quotaNamesEs })[kind];
const count = (n: number, kind: QuotaKind) => `${number(n)} ${nameOf(kind)[n === 1 ? 0 : 1]}`;

/** One friendly message: what ran out, when it resets, and the way to more. */
export function quotaExhausted(check: Extract<QuotaCheck, { ok: false }>, tiers: Record<Tier, TierPlan>): OutgoingMessage {
  const { kind, status } = check;
  const plan = tiers[status.entitlement.tier];
  const free = status.entitlement.tier === 'free';
  const next = free ? say({ en: ` Pro gives you ${count(tiers.pro.quotas[kind], kind)} a month.`, es: ` Pro te da ${count(tiers.pro.quotas[kind], kind)} al mes.` }) : '';
  return {
    text: say({
      en: `You've used all ${count(status.limits[kind], kind)} on the ${plan.label} plan this month. They reset on ${dayLabel(status.resetsAt)}.${next}`,
      es: `Este mes ya usaste tus ${count(status.limits[kind], kind)} del plan ${plan.label}. Se renuevan el ${dayLabel(status.resetsAt)}.${next}`,
    }),
    buttons: free ? [upgradeButton()] : [commandButton(say({ en: 'Manage my plan', es: 'Gestionar mi plan' }), '/billing')],
  };
}

/** /usage: the plan and what is left of each quota. */
export function quotaSummary(status: QuotaStatus, tiers: Record<Tier, TierPlan>): string {
  const plan = tiers[status.entitlement.tier];
  const team = status.entitlement.tier === 'team';
  const seats = team ? say({ en: ` (${status.entitlement.seats} seats, shared by your workspace)`, es: ` (${status.entitlement.seats} plazas, compartidas por tu espacio de trabajo)` }) : '';
  const left = quotaKinds.map((k) => {
    const [remaining, limit] = [number(Math.max(0, status.limits[k] - status.used[k])), number(status.limits[k])];
    const name = nameOf(k)[1];
    return say({ en: `• ${name}: ${remaining} of ${limit} left`, es: `• ${name.charAt(0).toUpperCase() + name.slice(1)}: te quedan ${remaining} de ${limit}` });
  });
  const heading = say({ en: `**${plan.label} plan**${seats}; resets on ${dayLabel(status.resetsAt)}.`, es: `**Plan ${plan.label}**${seats}; se renueva el ${dayLabel(status.resetsAt)}.` });
  return [heading, ...left].join('\n');
}

export const billingNotSetUp = (): OutgoingMessage => ({
  text: say({
    en: "Upgrades aren't set up on this IntervAI yet: an admin adds a Stripe or Paddle key (README, \"Billing and admin\"). /usage shows what's left this month.",
    es: 'Los planes de pago todavía no están configurados en este IntervAI: un administrador tiene que añadir una clave de Stripe o Paddle (README, "Billing and admin"). /usage muestra lo que te queda este mes.',
  }),
});

export function checkoutLink(url: string, tier: TierPlan, provider: string, seats: number): OutgoingMessage {
  const checkout = provider === 'stripe' ? 'Stripe' : 'Paddle';
  return {
    text: say({
      en: `Upgrade to **${seats > 1 ? `${tier.label} for ${seats} seats` : tier.label}** (${checkout} checkout, secure):\n${url}\n\nI'll tell you here as soon as it's active.`,
      es: `Pásate a **${seats > 1 ? `${tier.label} con ${seats} plazas` : tier.label}** (pago seguro con ${checkout}):\n${url}\n\nTe avisaré aquí en cuanto esté activo.`,
    }),
  };
}

export function portalLink(url: string): OutgoingMessage {
  return { text: say({ en: `Manage your plan, card and invoices here:\n${url}`, es: `Gestiona aquí tu plan, tu tarjeta y tus facturas:\n${url}` }) };
}

export const noSubscription = (): OutgoingMessage => ({
  text: say({ en: "You don't have a paid plan to manage. /upgrade shows the options.", es: 'No tienes ningún plan de pago que gestionar. /upgrade te muestra las opciones.' }),
  buttons: [upgradeButton()],
});

export const teamNeedsWorkspace = (): OutgoingMessage => ({
  text: say({
    en: 'The Team plan belongs to a Slack workspace or Discord server: run /upgrade team there. Here, /upgrade gives you Pro.',
    es: 'El plan Team pertenece a un espacio de trabajo de Slack o a un servidor de Discord: usa /upgrade team allí. Aquí, /upgrade te da Pro.',
  }),
});

/** Told in chat after a webhook changed the user's plan. */
export function planNews(before: Subscription | undefined, after: Subscription | undefined, tiers: Record<Tier, TierPlan>): OutgoingMessage | undefined {
  const granting = (s?: Subscription) => !!s && (grantingStatuses as readonly string[]).includes(s.status);
  if (after && granting(after) && !granting(before)) {
    return {
      text: say({
        en: `🎉 Your **${tiers[after.tier].label}** plan is active${after.seats > 1 ? ` with ${after.seats} seats` : ''}. /usage shows your new limits. Thank you!`,
        es: `🎉 Tu plan **${tiers[after.tier].label}** está activo${after.seats > 1 ? ` con ${after.seats} plazas` : ''}. /usage muestra tus nuevos límites. ¡Gracias!`,
      }),
    };
  }
  if (after && granting(after) && granting(before) && (before!.tier !== after.tier || before!.seats !== after.seats)) {
    return {
      text: say({
        en: `Your plan changed to **${tiers[after.tier].label}**${after.seats > 1 ? ` with ${after.seats} seats` : ''}. /usage shows your limits.`,
        es: `Tu plan cambió a **${tiers[after.tier].label}**${after.seats > 1 ? ` con ${after.seats} plazas` : ''}. /usage muestra tus límites.`,
      }),
    };
  }
  if (granting(before) && !granting(after)) {
    return {
      text: say({
        en: `Your **${tiers[before!.tier].label}** plan has ended; you're on the Free plan now. /upgrade brings it back any time.`,
        es: `Tu plan **${tiers[before!.tier].label}** ha terminado; ahora estás en el plan Free. /upgrade lo recupera cuando quieras.`,
      }),
      buttons: [upgradeButton()],
    };
  }
  return undefined;
}

export const paymentFailed = (): OutgoingMessage => ({
  text: say({
    en: "⚠️ Your last payment didn't go through. Your plan stays on while the payment is retried; update your card with /billing to keep it.",
    es: '⚠️ Tu último pago no se pudo completar. Tu plan sigue activo mientras se reintenta el cobro; actualiza tu tarjeta con /billing para conservarlo.',
  }),
  buttons: [commandButton(say({ en: 'Update my card', es: 'Actualizar mi tarjeta' }), '/billing', 'primary')],
});
