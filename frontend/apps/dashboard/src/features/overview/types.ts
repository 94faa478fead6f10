import { z } from 'zod';

const percentilesSchema = z.object({ p50: z.number().nullable(), p95: z.number().nullable() });

export const statsSchema = z.object({
  sessions: z.number(),
  turns: z.number(),
  interruptions: z.number(),
  errors: z.number(),
  refusedSessions: z.number(),
  voiceToVoiceMs: percentilesSchema.nullable(),
  stagesMs: z.record(z.string(), percentilesSchema).default({}),
});
export type Stats = z.infer<typeof statsSchema>;

export const overviewSchema = z.object({
  deploymentId: z.string(),
  from: z.string(),
  to: z.string(),
  bucketMinutes: z.number(),
  latencyBudgetMs: z.number().nullable().optional(),
  totals: statsSchema,
  buckets: z.array(statsSchema.extend({ start: z.string() })),
});
export type Overview = z.infer<typeof overviewSchema>;
export type Bucket = Overview['buckets'][number];

export const bucketSizes = [5, 15, 60, 1440] as const;
export type BucketMinutes = (typeof bucketSizes)[number];
