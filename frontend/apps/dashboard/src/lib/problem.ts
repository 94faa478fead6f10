import { z } from 'zod';

/** An RFC 9457 problem detail as Parley sends it; `errors` names each invalid field. */
export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export type Problem = z.infer<typeof problemSchema>;

/** A failed API call, carrying the server's problem so forms can show it next to the field it names. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ProblemError';
  }

  /** The server's message for one field (or a nested field under it), if the problem names it. */
  fieldMessage(field: string): string | undefined {
    const hit = this.problem.errors?.find((e) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`));
    return hit?.message;
  }
}

export function isProblem(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}
