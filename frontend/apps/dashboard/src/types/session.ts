import { z } from 'zod';

export const outcomes = ['ACTIVE', 'COMPLETED', 'ABANDONED', 'FAILED', 'REFUSED'] as const;
export type Outcome = (typeof outcomes)[number];

export const sessionSummarySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  deploymentId: z.string(),
  transport: z.string().nullable().optional(),
  startedAt: z.string(),
  endedAt: z.string().nullable().optional(),
  outcome: z.enum(outcomes),
  endReason: z.string().nullable().optional(),
  turns: z.number(),
  interruptions: z.number(),
  errors: z.number(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const pageSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), page: z.number(), size: z.number(), total: z.number() });

/** One interaction-log row; `payload` is the event's JSON as the session wrote it. */
export const interactionEventSchema = z.object({
  sessionId: z.string(),
  seq: z.number(),
  type: z.string(),
  turnId: z.number().nullable().optional(),
  occurredAt: z.string(),
  payload: z.string(),
});
export type InteractionEvent = z.infer<typeof interactionEventSchema>;
