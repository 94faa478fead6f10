import { z } from 'zod';

export const apiKeySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  kind: z.enum(['SECRET', 'PUBLISHABLE']),
  displayPrefix: z.string(),
  publishableKey: z.string().nullable().optional(),
  allowedOrigins: z.array(z.string()).nullable().optional(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().optional(),
  revokedAt: z.string().nullable().optional(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;
