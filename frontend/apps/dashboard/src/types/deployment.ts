import { z } from 'zod';

export const channels = ['WEB', 'PHONE', 'DEVICE'] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;

export const realtimeSettingsSchema = z.object({
  vadThreshold: z.number(),
  prefixPaddingMs: z.number(),
  silenceToEndTurnMs: z.number(),
  minSpeechMs: z.number(),
  maxWaitMs: z.number(),
  bargeInMinDurationMs: z.number(),
  bargeInMinWords: z.number(),
  backchannelWords: z.array(z.string()),
  resumeAfterFalseInterruption: z.boolean(),
  resumeTimeoutMs: z.number(),
  deadAirTimeoutMs: z.number(),
  latencyBudgetMs: z.number(),
  pipelineMode: z.enum(['PIPELINE', 'REALTIME']),
});
export type RealtimeSettings = z.infer<typeof realtimeSettingsSchema>;

export const deploymentSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  agentId: z.string(),
  name: z.string(),
  channel: channelSchema,
  settings: realtimeSettingsSchema,
  allowedOrigins: z.array(z.string()).nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Deployment = z.infer<typeof deploymentSchema>;

/** One numeric setting's allowed range and what it does, as GET /v1/deployment-presets serves them. */
export const settingRangeSchema = z.object({
  field: z.string(),
  min: z.number(),
  max: z.number(),
  unit: z.string(),
  description: z.string(),
});
export type SettingRange = z.infer<typeof settingRangeSchema>;

export const presetsSchema = z.object({
  presets: z.array(z.object({ channel: channelSchema, description: z.string(), settings: realtimeSettingsSchema })),
  ranges: z.array(settingRangeSchema),
  maxBackchannelWords: z.number(),
});
export type Presets = z.infer<typeof presetsSchema>;

/** What POST and PATCH .../deployments accept; PATCH changes only the fields it carries. */
export interface DeploymentDraft {
  name?: string;
  agentId?: string;
  channel?: Channel;
  settings?: Partial<RealtimeSettings>;
  allowedOrigins?: string[];
  resetToPreset?: boolean;
}
