import { useSearchParams } from 'react-router';

/**
 * The reading language kept in the URL (`?lang=`), so that a shared link opens a text in the
 * language it was read in: the value asked for (not checked) and a setter that replaces the
 * history entry rather than adding one per choice.
 */
export function useLangParam(): [string | null, (lang: string) => void] {
  const [params, setParams] = useSearchParams();
  function pick(value: string) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('lang', value);
        return next;
      },
      { replace: true },
    );
  }
  return [params.get('lang'), pick];
}
