import { QueryClient } from '@tanstack/react-query';
import { isProblem } from './problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        // A 4xx will not fix itself by asking again.
        retry: (count, error) => !(isProblem(error) && error.status < 500) && count < 2,
      },
    },
  });
}
