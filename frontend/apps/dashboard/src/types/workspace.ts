import { z } from 'zod';

export const roles = ['OWNER', 'ADMIN', 'VIEWER'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  concurrencyQuota: z.number(),
  role: roleSchema,
  createdAt: z.string(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const memberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  displayName: z.string().nullable().optional(),
  role: roleSchema,
  createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;
