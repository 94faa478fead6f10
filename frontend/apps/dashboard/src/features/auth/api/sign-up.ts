import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { signUpResponseSchema } from '../types';
import { meQueryKey } from './get-me';

export interface SignUpInput {
  email: string;
  name: string;
  password: string;
  workspaceName: string;
}

/** POST /v1/auth/signup: a new account with its first workspace; logs in at once. */
export function signUp(input: SignUpInput) {
  return apiRequest('/v1/auth/signup', signUpResponseSchema, { method: 'POST', body: input });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signUp, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
