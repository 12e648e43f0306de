import { useSearchParams } from 'react-router';

/** The 0-based page of a list kept in the URL as 1-based `?page=` (so it can be linked and reloaded). */
export function usePageParam(name = 'page'): [number, (page: number) => void] {
  const [params, setParams] = useSearchParams();
  const n = Number(params.get(name));
  const page = Number.isInteger(n) && n > 0 ? n - 1 : 0;
  const setPage = (next: number) =>
    setParams((current) => {
      const p = new URLSearchParams(current);
      if (next > 0) p.set(name, String(next + 1));
      else p.delete(name);
      return p;
    });
  return [page, setPage];
}
