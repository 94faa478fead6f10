import { z } from 'zod';
import { workspaceSchema } from '@/types/workspace';

export const userSchema = z.object({
  id: z.string(),
  homeTenantId: z.string(),
  email: z.string(),
  displayName: z.string().nullable().optional(),
});
export type User = z.infer<typeof userSchema>;

export const meSchema = z.object({ user: userSchema, workspaces: z.array(workspaceSchema) });
export type Me = z.infer<typeof meSchema>;

export const loginResponseSchema = z.object({ token: z.string(), expiresAt: z.string(), user: userSchema });
export const signUpResponseSchema = z.object({ login: loginResponseSchema, workspace: workspaceSchema });
