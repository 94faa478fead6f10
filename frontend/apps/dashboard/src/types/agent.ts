import { z } from 'zod';

export const slotTypes = ['TEXT', 'NUMBER', 'DATE', 'TIME', 'CHOICE', 'NAME'] as const;

export const slotSchema = z.object({
  name: z.string(),
  type: z.enum(slotTypes),
  prompt: z.string(),
  values: z.array(z.string()).default([]),
});
export type Slot = z.infer<typeof slotSchema>;

export const intentSchema = z.object({
  name: z.string(),
  examples: z.array(z.string()).default([]),
  slots: z.array(slotSchema).default([]),
  reply: z.string(),
  tool: z.string().nullable().optional(),
  handoff: z.boolean().default(false),
});
export type Intent = z.infer<typeof intentSchema>;

/** io.parley.voice.agent.FlowDefinition: the offline agent's intents and slots. */
export const flowSchema = z.object({
  intents: z.array(intentSchema),
  fallbackReply: z.string().nullable().optional(),
  handoffReply: z.string().nullable().optional(),
});
export type Flow = z.infer<typeof flowSchema>;

export const engineChoiceSchema = z.object({ engine: z.string(), options: z.record(z.string(), z.string()).default({}) });
export const enginesSchema = z.object({ stt: engineChoiceSchema, llm: engineChoiceSchema, tts: engineChoiceSchema });
export type Engines = z.infer<typeof enginesSchema>;

export const agentConfigSchema = z.object({
  name: z.string(),
  instructions: z.string().nullable().optional(),
  greeting: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  voice: z.string().nullable().optional(),
  engines: enginesSchema.nullable().optional(),
  flow: flowSchema.nullable().optional(),
});
export type AgentConfig = z.infer<typeof agentConfigSchema>;

export const agentSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  config: agentConfigSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Agent = z.infer<typeof agentSchema>;

/** What PUT/POST .../agents accepts (AgentDraft). */
export type AgentDraft = AgentConfig;
