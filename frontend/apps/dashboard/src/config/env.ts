import { z } from 'zod';

/**
 * Build-time settings, validated once at start-up so a bad value fails loudly instead of as a broken request.
 * The dashboard is served by the Parley node itself, so the API is same-origin by default.
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .default('')
    .refine((v) => v === '' || /^https?:\/\//.test(v), 'must be empty (same origin) or an http(s) URL'),
});

const parsed = envSchema.safeParse(import.meta.env);
if (!parsed.success) {
  throw new Error(`Invalid dashboard environment: ${parsed.error.message}`);
}

export const env = {
  apiBaseUrl: parsed.data.VITE_API_BASE_URL.replace(/\/$/, ''),
};
