import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { markAllRead, markRead, notificationKeys } from './api';

/** Marking read, one or all; both refresh the list and the bell's count. */
export function useNotificationActions() {
  const { initiative } = useApi();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const one = useMutation({ mutationFn: (id: string) => markRead(initiative, id), onSuccess: refresh });
  const all = useMutation({ mutationFn: (upTo?: string) => markAllRead(initiative, upTo), onSuccess: refresh });
  return { markRead: one, markAllRead: all };
}
