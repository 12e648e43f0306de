import { useQueryClient } from '@tanstack/react-query';
import { practiceKeys } from '../../api/practices';
import type { Practice } from '../../api/types';

/** Keeps the practice page's copy current after a change of the practice's languages or classification. */
export function usePracticeChanged() {
  const queryClient = useQueryClient();
  return async (p: Practice) => {
    queryClient.setQueryData(practiceKeys.detail(p.id), p);
    await queryClient.invalidateQueries({ queryKey: practiceKeys.all, refetchType: 'none' });
  };
}

/** Reads the practice again, e.g. after a 412: someone else changed it since it was read. */
export function usePracticeReload(id: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: practiceKeys.detail(id) });
}
