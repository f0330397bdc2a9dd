import { z } from 'zod';
import type { GatewayContext } from '../context';

/**
 * Settings kept server-side, edited in Admin: Eden's facility → time zone map (Eden's appointment times
 * carry no zone: they are the facility's local time) and the idle-lock minutes.
 */
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const settingsSchema = z.object({
  facilityZones: z
    .record(z.string().trim().min(1).max(40), z.string().refine(isTimeZone, 'Not an IANA time zone.'))
    .refine((map) => Object.keys(map).length <= 500, 'At most 500 facilities.'),
  idleLockMinutes: z.number().int().min(1).max(60),
});
export type GatewaySettings = z.infer<typeof settingsSchema>;

export function defaultSettings(ctx: GatewayContext): GatewaySettings {
  return { facilityZones: {}, idleLockMinutes: Math.round(ctx.config.session.idleMs / 60_000) };
}

export async function readSettings(
  ctx: GatewayContext,
): Promise<GatewaySettings & { updatedAt: string | null; updatedBy: string | null }> {
  const row = await ctx.db.selectFrom('settings').selectAll().where('key', '=', 'console').executeTakeFirst();
  if (!row) return { ...defaultSettings(ctx), updatedAt: null, updatedBy: null };
  const parsed = settingsSchema.safeParse(JSON.parse(row.value));
  return {
    ...(parsed.success ? parsed.data : defaultSettings(ctx)),
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by,
  };
}

export async function writeSettings(ctx: GatewayContext, settings: GatewaySettings, by: string) {
  const now = new Date(ctx.clock.now());
  const value = JSON.stringify(settings);
  await ctx.db
    .insertInto('settings')
    .values({ key: 'console', value, updated_at: now, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now, updated_by: by }))
    .execute();
  // The server's idle timeout follows the console's idle lock.
  ctx.sessions.limits.idleMs = settings.idleLockMinutes * 60_000;
  return readSettings(ctx);
}

/** At start: the stored idle-lock minutes win over the environment's default. */
export async function applyStoredSettings(ctx: GatewayContext): Promise<void> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'console')
    .executeTakeFirst();
  if (!row) return;
  const parsed = settingsSchema.safeParse(JSON.parse(row.value));
  if (parsed.success) ctx.sessions.limits.idleMs = parsed.data.idleLockMinutes * 60_000;
}
